package org.shutong.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ICD-10 blocks (节) from WHO ICD-10 2019, against the real 医保版 and 国临版 tables. */
class BlocksTest {
  private static final CodingSystem NHSA = Coding.bundled().system("icd10-nhsa-2.0");
  private static final CodingSystem GB = Coding.bundled().system("icd10-gb-clinical-2.0");
  private static final CodingSystem PX = Coding.bundled().system("icd9cm3-nhsa-2.0");

  /** The 国临版 categories that WHO ICD-10 2019 no longer has (PROVENANCE.md, "icd10-blocks.csv"). */
  private static final Set<String> OUTSIDE_2019_BLOCKS = Set.of("A90", "A91", "U80", "U81", "U88", "U89");

  @Test
  void blocksAreWellFormedAndLieInTheirChapterAndParent() {
    List<Block> blocks = Coding.icd10Blocks();
    assertEquals(274, blocks.size());
    for (Block b : blocks) {
      assertTrue(b.first().compareTo(b.last()) <= 0, b.code());
      assertEquals(b.first() + "-" + b.last(), b.code());
      Chapter ch = Coding.icd10Chapters().stream().filter(c -> c.number().equals(b.chapter())).findFirst().orElseThrow();
      assertTrue(ch.contains(b.first()) && ch.contains(b.last()), b.code() + " outside chapter " + ch.number());
      if (!b.parent().isEmpty()) {
        Block p = blocks.stream().filter(k -> k.code().equals(b.parent())).findFirst().orElseThrow();
        assertTrue(p.contains(b.first()) && p.contains(b.last()), b.code() + " outside " + p.code());
      }
      assertFalse(b.titleEn().isBlank(), b.code());
    }
  }

  @Test
  void everyCategoryOfBothTablesLiesInExactlyOneInnermostBlockButTheDocumentedSix() {
    for (CodingSystem s : List.of(NHSA, GB)) {
      Set<String> expected = s == GB ? OUTSIDE_2019_BLOCKS : Set.of();
      Set<String> outside = new TreeSet<>();
      for (CodeNode cat : s.categories()) {
        String c = CodingSystem.bare(cat.code()).substring(0, 3);
        List<Block> path = s.blocksOf(c);
        if (path.isEmpty()) {
          outside.add(c);
          continue;
        }
        long innermost = path.stream().filter(b -> s.blocksIn(b).isEmpty()).count();
        assertEquals(1, innermost, c + " in " + path);
        assertEquals(s.blockOf(c), path.get(path.size() - 1));
      }
      assertEquals(expected, outside, s.id());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "I21.900, I20-I25, Ischaemic heart diseases",
      "A01.000, A00-A09, Intestinal infectious diseases",
      "E11.900, E10-E14, Diabetes mellitus",
      "J18.900, J09-J18, Influenza and pneumonia",
      "C34.900, C30-C39, Malignant neoplasms of respiratory and intrathoracic organs",
      "O80.000, O80-O84, Delivery",
      "S72.000, S70-S79, Injuries to the hip and thigh",
      "W19.x00, W00-W19, Falls",
      "U07.100, U00-U49, Provisional assignment of new diseases of uncertain etiology or emergency use"})
  void lookupShowsTheInnermostBlock(String code, String block, String title) {
    CodeInfo info = NHSA.lookup(code).orElseThrow();
    assertEquals(block, info.block().code(), code);
    assertEquals(title, info.block().titleEn());
    assertEquals(info.chapter().number(), info.block().chapter());
  }

  @Test
  void nestedBlocksAreListedWidestFirst() {
    assertEquals(List.of("C00-C97", "C00-C75", "C15-C26"), NHSA.blocksOf("C16.900").stream().map(Block::code).toList());
    assertEquals(List.of("V01-X59", "W00-X59", "W00-W19"), NHSA.blocksOf("W19.x00").stream().map(Block::code).toList());
  }

  @Test
  void aCategoryThatNoBlockHoldsHasNoBlock() {
    CodeInfo dengue = GB.lookup("A90.x00").orElseThrow();
    assertNull(dengue.block(), "国临版 A90 is not in any WHO 2019 block: no block is invented");
    assertEquals("A92-A99", GB.lookup("A92.000").orElseThrow().block().code());
    assertEquals("I", dengue.chapter().number());
  }

  @Test
  void proceduresHaveNoBlocks() {
    assertTrue(PX.blocks().isEmpty());
    assertNull(PX.lookup("36.0700").orElseThrow().block());
    assertTrue(PX.block("35-39").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"I20-I25", "i20-i25", "I20–I25", "Ｉ２０－Ｉ２５", " I20 - I25 ", "I20~I25", "I20至I25"})
  void blocksAreFoundAsCodersWriteThem(String input) {
    assertTrue(CodingSystem.looksLikeRange(input), input);
    assertEquals("I20-I25", NHSA.block(input).orElseThrow().code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"I20-I26", "I25-I20", "Z99-Z99", "I00-I99"})
  void rangesThatAreNoBlockAreNotFound(String input) {
    assertTrue(NHSA.block(input).isEmpty(), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I21.900", "I20", "I20-", "-I25", "I20-I25-I30", "I2-I25", "急性心肌梗死", ""})
  void codesAndTextAreNotRanges(String input) {
    assertFalse(CodingSystem.looksLikeRange(input), input);
    assertTrue(NHSA.block(input).isEmpty());
  }

  @Test
  void chaptersAreFoundByTheirRange() {
    assertEquals("IX", NHSA.chapter("I00-I99").orElseThrow().number());
    assertEquals("心血管系统手术", PX.chapter("35-39").orElseThrow().title());
    assertTrue(NHSA.chapter("I20-I25").isEmpty());
    assertTrue(PX.chapter("35-38").isEmpty());
  }

  @Test
  void whatLiesBelowAChapterAndABlock() {
    Chapter neoplasms = NHSA.chapter("C00-D48").orElseThrow();
    assertEquals(List.of("C00-C97", "D00-D09", "D10-D36", "D37-D48"),
        NHSA.blocksIn(neoplasms).stream().map(Block::code).toList());
    Block malignant = NHSA.block("C00-C97").orElseThrow();
    assertEquals(List.of("C00-C75", "C76-C80", "C81-C96", "C97-C97"),
        NHSA.blocksIn(malignant).stream().map(Block::code).toList());
    Block ihd = NHSA.block("I20-I25").orElseThrow();
    assertTrue(NHSA.blocksIn(ihd).isEmpty());
    assertEquals(List.of("I20", "I21", "I22", "I23", "I24", "I25"),
        NHSA.categoriesIn(ihd.first(), ihd.last()).stream().map(n -> CodingSystem.bare(n.code())).toList());
    assertTrue(PX.blocksIn(PX.chapter("35-39").orElseThrow()).isEmpty());
    assertEquals(List.of("35", "36", "37", "38", "39"),
        PX.categoriesIn("35", "39").stream().map(CodeNode::code).toList());
  }
}
