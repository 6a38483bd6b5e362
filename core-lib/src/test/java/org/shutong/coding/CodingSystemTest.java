package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodingSystemTest {
  private static final CodingSystem NHSA = Coding.bundled().system("icd10-nhsa-2.0");
  private static final CodingSystem GB = Coding.bundled().system("icd10-gb-clinical-2.0");
  private static final CodingSystem PX = Coding.bundled().system("icd9cm3-nhsa-2.0");
  private static final CodingSystem PX_GB = Coding.bundled().system("icd9cm3-gb-clinical-3.0");

  @Test
  void exactValidCodeIsTheSameInstanceEveryTime() {
    CodeCheck a = NHSA.validate("I21.900");
    assertEquals(CheckStatus.VALID, a.status());
    assertTrue(a.exact());
    assertEquals("急性心肌梗死", a.name());
    assertSame(a, NHSA.validate("I21.900"));
    assertTrue(a.changes().isEmpty());
  }

  /** One real code from each of the 22 chapters, with the chapter the structure gives it. */
  @ParameterizedTest
  @CsvSource({
      "A01.000, I", "C34.900, II", "D50.900, III", "E11.900, IV", "F32.900, V", "G40.900, VI", "H25.900, VII",
      "H66.900, VIII", "I21.900, IX", "J18.900, X", "K35.800, XI", "L03.900, XII", "M54.500, XIII", "N18.900, XIV",
      "O80.000, XV", "P07.300, XVI", "Q21.100, XVII", "R50.900, XVIII", "S72.000, XIX", "W19.x00, XX", "Z51.100, XXI",
      "U07.100, XXII"})
  void realCodesFromEveryChapter(String code, String chapter) {
    CodeCheck c = NHSA.validate(code);
    assertEquals(CheckStatus.VALID, c.status(), code);
    CodeInfo info = NHSA.lookup(code).orElseThrow();
    assertEquals(chapter, info.chapter().number(), code);
    assertEquals(code.substring(0, 3), info.category().code().replace("+", "").replace("*", ""));
    assertTrue(info.node().leaf());
  }

  @Test
  void twentyTwoChaptersCoverEveryCategoryOfTheTable() {
    assertEquals(22, Coding.icd10Chapters().size());
    for (CodeNode cat : NHSA.categories()) {
      assertTrue(NHSA.chapterOf(cat.code()) != null, cat.code());
    }
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "i21.900 | I21.900 | CASE",
      "Ｉ２１．９００ | I21.900 | FULL_WIDTH",
      "I21。900 | I21.900 | FULL_WIDTH",
      "\"'I21.900 \" | I21.900 | SPACES QUOTES",
      "I21 .9 00 | I21.900 | SPACES",
      "I21900 | I21.900 | DOT_ADDED",
      "I10.X00 | I10.x00 | CASE",
      "I10X00 | I10.x00 | CASE DOT_ADDED",
      "I21.900X001 | I21.900x001 | CASE",
      "i21900x001 | I21.900x001 | CASE DOT_ADDED",
      "I21.900-  | I21.900 | TRAILING_PUNCTUATION",
      "A01.000x005+J17.0 | A01.000x005+J17.0* | DAGGER_ASTERISK_FORM",
      "A01.000x005 | A01.000x005+J17.0* | DAGGER_ASTERISK_FORM",
      "A01.000x005†J17.0* | A01.000x005+J17.0* | SYMBOL"})
  void normalisesRealDirt(String input, String expected, String changes) {
    CodeCheck c = NHSA.validate(input);
    assertEquals(CheckStatus.VALID, c.status(), input);
    assertEquals(expected, c.code());
    assertTrue(c.normalized());
    for (String ch : changes.strip().split(" +", -1)) {
      assertTrue(c.changes().contains(Change.valueOf(ch)), input + " " + c.changes());
    }
  }

  @Test
  void missingDotGivesTheSubcategoryWhichIsNotALeaf() {
    CodeCheck c = NHSA.validate("I219");
    assertEquals(CheckStatus.NOT_LEAF, c.status());
    assertEquals("I21.9", c.code());
    assertEquals(Set.of(Change.DOT_ADDED), c.changes());
    assertEquals("未特指的急性心肌梗死", c.name());
  }

  @Test
  void placeholderX() {
    CodeCheck c = NHSA.validate("I10.x");
    assertEquals(CheckStatus.NOT_LEAF, c.status());
    assertEquals("I10", c.code());
    assertTrue(c.changes().contains(Change.PLACEHOLDER_X));
  }

  @Test
  void categoriesAndSubcategoriesAreNotLeaves() {
    assertEquals(CheckStatus.NOT_LEAF, NHSA.validate("I21").status());
    assertEquals(CheckStatus.NOT_LEAF, NHSA.validate("A00.9").status());
    assertTrue(NHSA.validate("I21").exact() == false);
    // the 国临版 table has no hierarchy rows: levels are implied by its codes, named from the all-levels table
    CodeCheck g = GB.validate("I21.9");
    assertEquals(CheckStatus.NOT_LEAF, g.status());
    CodeNode n = GB.node("I21.9").orElseThrow();
    assertFalse(n.inTable());
    assertEquals("未特指的急性心肌梗死", n.name());
    assertEquals("icd10-nhsa-2.0-all-levels", n.nameFrom());
  }

  @Test
  void unknownMalformedAndAmbiguousAreNotGuessed() {
    assertEquals(CheckStatus.UNKNOWN, NHSA.validate("I21.999").status());
    assertEquals(CheckStatus.UNKNOWN, NHSA.validate("Z99.999x999").status());
    CodeCheck ctl = NHSA.validate("I21.9\t00");
    assertEquals(CheckStatus.MALFORMED, ctl.status());
    assertEquals(Problem.CONTROL_CHARACTER, ctl.problem());
    assertEquals(Problem.TOO_LONG, NHSA.validate("I".repeat(200)).problem());
    assertEquals(Problem.LOOKS_LIKE_NAME, NHSA.validate("急性心肌梗死").problem());
    assertEquals(Problem.BAD_SHAPE, NHSA.validate("12345").problem());
    assertEquals(Problem.BAD_SHAPE, NHSA.validate("I2X.9").problem());
    assertEquals(Problem.EMPTY, NHSA.validate("  ").problem());
    assertEquals(Problem.EMPTY, NHSA.validate(null).problem());
    assertNull(NHSA.validate("I21.999").code());
  }

  @Test
  void daggerCodeWithSeveralAsteriskPartsIsAmbiguous() {
    // the bundled tables pair every dagger code with one asterisk code; a user table may not
    var info = org.shutong.codesets.TableInfo.userSupplied("mine", org.shutong.codesets.TableKind.CODE_TABLE, "ICD-10",
        "user table", "mine.csv", 2);
    var b = org.shutong.codesets.CodeTable.builder(info);
    b.add("A18.000x006+M90.0*", "骨结核", true);
    b.add("A18.000x006+M01.1*", "结核性关节炎", true);
    CodingSystem mine = Coding.of(org.shutong.codesets.Codesets.bundled().with(b.build())).system("mine");
    CodeCheck c = mine.validate("A18.000x006");
    assertEquals(CheckStatus.AMBIGUOUS, c.status());
    assertEquals(List.of("A18.000x006+M90.0*", "A18.000x006+M01.1*"), c.candidates());
    assertNull(c.code());
    // the asterisk part given decides it
    assertEquals("A18.000x006+M01.1*", mine.validate("A18.000x006+M01.1").code());
  }

  @Test
  void hierarchy() {
    assertEquals("A01.000", GB.parent("A01.000x002").orElseThrow().code());
    assertEquals("I21.900", NHSA.parent("I21.900x001").orElseThrow().code());
    assertEquals("A01.0", NHSA.parent("A01.001").orElseThrow().code());
    assertEquals("I10", NHSA.parent("I10.x00").orElseThrow().code());
    assertEquals(List.of("I21.9", "I21"), NHSA.ancestors("I21.900").stream().map(CodeNode::code).toList());
    List<String> kids = NHSA.children("I21.9").stream().map(CodeNode::code).toList();
    assertTrue(kids.contains("I21.900") && kids.contains("I21.901"), kids.toString());
    assertTrue(NHSA.children("I21.900").stream().anyMatch(n -> n.code().equals("I21.900x001")));
    assertEquals(CodeLevel.CATEGORY, NHSA.level("I21"));
    assertEquals(CodeLevel.SUBCATEGORY, NHSA.level("I21.9"));
    assertEquals(CodeLevel.DETAIL, NHSA.level("I21.900"));
    assertEquals(CodeLevel.EXTENSION, NHSA.level("I21.900x001"));
    assertTrue(NHSA.leavesUnder("I21", 1000).size() > 10);
    assertTrue(NHSA.parent("I21").isEmpty());
  }

  @Test
  void daggerAndAsterisk() {
    assertTrue(NHSA.isDagger("A01.000x005+J17.0*"));
    assertTrue(NHSA.isDagger("A17+"));
    assertFalse(NHSA.isAsterisk("A01.000x005+J17.0*"));
    assertTrue(NHSA.isAsterisk("G01*"));
    assertTrue(NHSA.lookup("G01").orElseThrow().asterisk());
    assertFalse(NHSA.isAsterisk("I21.900"));
    assertFalse(NHSA.isDagger("I21.900"));
  }

  @Test
  void icd9Structure() {
    CodeCheck c = PX.validate("36.0700");
    assertEquals(CheckStatus.VALID, c.status());
    CodeInfo info = PX.lookup("36.0700").orElseThrow();
    assertEquals("35", info.chapter().first());
    assertEquals("心血管系统手术", info.chapter().title());
    assertEquals(List.of("36.07", "36.0", "36"), PX.ancestors("36.0700").stream().map(CodeNode::code).toList());
    assertEquals(CheckStatus.NOT_LEAF, PX.validate("36.07").status());
    assertEquals(CodeLevel.SUBCLASSIFICATION, PX.level("36.07"));
    assertEquals("30.1", PX_GB.parent("30.1x00").map(CodeNode::code).orElse(PX.parent("30.1x00").map(CodeNode::code).orElse(null)));
    // real dirt of procedure extracts
    assertEquals("00.0100", PX.validate("0.0100").code());
    assertTrue(PX.validate("0.0100").changes().contains(Change.LEADING_ZERO));
    assertEquals("36.0700", PX.validate("360700").code());
    assertEquals("47.0100", PX.validate(" 47.0100 ").code());
    assertEquals(CheckStatus.MALFORMED, PX.validate("I21.900").status());
    assertEquals("81.5100", PX.lookup("81.5100").orElseThrow().code());
    assertEquals("76", PX.chapterOf("81.5100").first());
  }

  @Test
  void quickLookupAgreesWithTheHierarchy() {
    CodingSystem fresh = Coding.of(org.shutong.codesets.Codesets.bundled()).system("icd10-nhsa-2.0");
    List<String> sample = List.of("I21.900", "I21.900x001", "A01.000x005+J17.0*", "A17+", "A17.0+", "I10.x00", "I21", "G01*",
        "W19.x00", "K07.400");
    List<CodeInfo> quick = sample.stream().map(c -> fresh.lookup(c).orElseThrow()).toList();
    assertEquals(-1, quick.get(0).node().childCount(), "no hierarchy built yet");
    fresh.children("I21");
    for (int i = 0; i < sample.size(); i++) {
      CodeInfo q = quick.get(i);
      CodeInfo full = fresh.lookup(sample.get(i)).orElseThrow();
      assertEquals(full.node().parent(), q.node().parent(), sample.get(i));
      assertEquals(full.node().level(), q.node().level(), sample.get(i));
      assertEquals(full.category() == null ? null : full.category().code(), q.category() == null ? null : q.category().code());
      assertEquals(full.chapter(), q.chapter());
      assertEquals(full.dagger(), q.dagger());
      assertEquals(full.asterisk(), q.asterisk());
      assertTrue(full.node().childCount() >= 0);
    }
  }

  @Test
  void normalizeNeverGuessesBetweenLevels() {
    // I21.9 is a 亚目: normalisation does not pad it to I21.900
    assertEquals("I21.9", NHSA.normalize("I21.9").orElseThrow());
    assertTrue(NHSA.normalize("I21.999").isEmpty());
  }
}
