package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkServiceTest {
  private final Coding coding = Coding.bundled();

  @Test
  void gbClinicalToNhsaBothSourcesAgree() {
    CrosswalkService x = coding.crosswalk("icd10-gb-clinical-2.0", "icd10-nhsa-2.0");
    assertEquals(2, x.crosswalkIds().size());
    CrosswalkService.MapResult r = x.map("A01.000x002");
    assertEquals(CrosswalkService.Status.MAPPED, r.status());
    assertEquals(List.of("A01.003"), r.targets());
    assertEquals(2, r.sources().size());
    assertTrue(r.sources().stream().allMatch(CrosswalkService.SourceMapping::listed));
    // dirty input is normalised in the source table first
    assertEquals(List.of("A01.003"), x.map("a01000X002").targets());
  }

  @Test
  void sourcesThatDifferAreReportedNotChosen() {
    CrosswalkService x = coding.crosswalk("icd9cm3-gb-clinical-3.0", "icd9cm3-nhsa-2.0");
    CrosswalkService.MapResult r = x.map("86.9600x004");
    assertEquals(CrosswalkService.Status.CONFLICT, r.status());
    assertTrue(r.targets().containsAll(List.of("03.9302", "86.0500x009")), r.targets().toString());
  }

  @Test
  void rowWithoutTargetAndCodesOnlyOneSourceLists() {
    CrosswalkService x = coding.crosswalk("icd10-gb-clinical-2.0", "icd10-nhsa-2.0");
    // B06.801+J17.1*: source B maps it to itself, OpenDRG lists it without target → sources differ
    CrosswalkService.MapResult r = x.map("B06.801+J17.1*");
    assertEquals(CrosswalkService.Status.CONFLICT, r.status());
    assertTrue(r.sources().stream().anyMatch(s -> s.listed() && s.targets().isEmpty()));
  }

  @Test
  void reverseDirectionListsEveryCandidate() {
    CrosswalkService x = coding.crosswalk("icd10-nhsa-2.0", "icd10-gb-clinical-2.0");
    CrosswalkService.MapResult r = x.map("A01.003");
    assertTrue(r.targets().contains("A01.000x002"), r.targets().toString());
    assertTrue(r.status() == CrosswalkService.Status.MAPPED || r.status() == CrosswalkService.Status.ONE_TO_MANY);
    // I21.900 is a target of several 国临 codes
    CrosswalkService.MapResult many = x.map("I21.900");
    assertTrue(many.targets().size() >= 1);
  }

  @Test
  void withoutPublishedCrosswalkOnlyTheSameCodeIsReported() {
    CrosswalkService x = coding.crosswalk("icd10-nhsa-2.0", "icd10-nhsa-2.0-all-levels");
    assertTrue(x.crosswalkIds().isEmpty());
    CrosswalkService.MapResult r = x.map("I21.900");
    assertEquals(CrosswalkService.Status.SAME_CODE, r.status());
    assertEquals(List.of("I21.900"), r.targets());
  }

  @Test
  void invalidAndUnmapped() {
    CrosswalkService x = coding.crosswalk("icd10-gb-clinical-2.0", "icd10-nhsa-2.0");
    assertEquals(CrosswalkService.Status.INVALID, x.map("Z99.999x999").status());
    assertEquals(CrosswalkService.Status.INVALID, x.map("急性心肌梗死").status());
    // a 亚目 of the 国临版 is implied, not a crosswalk row
    CrosswalkService.MapResult sub = x.map("I21.9");
    assertEquals(CrosswalkService.Status.UNMAPPED, sub.status());
    assertTrue(sub.sameCodeInTarget(), "the 医保版 table has I21.9 as a 亚目 row");
    assertFalse(x.map("A01.000x002").sameCodeInTarget());
  }
}
