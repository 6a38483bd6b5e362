package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shutong.i18n.Lang;
import org.shutong.io.InputException;
import org.shutong.io.ReadOptions;
import org.shutong.io.WriteOptions;

/**
 * Mistakes in a rule's options are reported in the user's language (Chinese by default, English with
 * {@code --lang en}), naming the file, the rule and the option, with no English left inside a Chinese
 * message.
 */
class ProfileOptionMessagesTest {
  private static final DeidKey KEY = KeysAndCryptoTest.KEY;
  /** Words of the English messages that must not appear in a Chinese one. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(must|missing|is not|not a|one of|cannot|characters of|carry|multiple|empty|outside|greater)\\b");

  @TempDir Path dir;

  private String message(String options, Lang lang) throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: x\nrules:\n  - id: r1\n    columns: [a]\n" + options.replace("; ", "\n    ")
        .replaceFirst("^", "    ") + "\n", StandardCharsets.UTF_8);
    InputException e = assertThrows(InputException.class, () -> Profiles.load(f, lang));
    assertEquals(f.toString(), e.file());
    assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("r1"), e.getMessage());
    return e.getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      action: mask; keepFirst: -2                                  | keepFirst | must be 0 or more          | 不能为负数
      action: mask; keepLast: -1                                   | keepLast  | must be 0 or more          | 不能为负数
      action: mask; keepFirst: three                               | three     | not a whole number         | 不是整数
      action: mask; maskChar: '##'                                 | maskChar  | exactly one character      | 恰好是一个字符
      action: generalize                                           | type      | missing                    | 缺少选项
      action: generalize; type: weekday                            | weekday   | is not one of number       | 无效
      action: generalize; type: date; level: week                  | week      | is not one of the levels   | 层级之一
      action: generalize; type: number                             | widths    | missing                    | 缺少选项
      action: generalize; type: number; widths: [5, 7]             | 7         | multiple of the one before | 整数倍
      action: generalize; type: number; widths: [0]                | widths    | greater than 0             | 应大于 0
      action: generalize; type: number; widths: [5]; top: high     | high      | not a number               | 不是数字
      action: generalize; type: prefix                             | lengths   | missing                    | 缺少选项
      action: generalize; type: prefix; lengths: [x]               | lengths   | not a whole number         | 不是整数
      action: generalize; type: prefix; lengths: [2]; maskChar: '' | maskChar  | exactly one character      | 恰好是一个字符
      action: generalize; type: hierarchy                          | file      | missing                    | 缺少选项
      action: generalize; type: hierarchy; file: none.csv          | none.csv  | cannot read                | 无法读取
      action: pseudonymize; length: 4                              | 64        | bits                       | 请调整长度
      action: pseudonymize; alphabet: a                            | alphabet  | base32                     | 互不相同
      action: pseudonymize; normalize: upper                       | upper     | none, text, resident-id    | 无效
      action: shift; maxDays: 0                                    | maxDays   | outside 1 to 36500         | 超出范围
      action: noise                                                | scale     | missing                    | 缺少选项
      action: noise; scale: big                                    | big       | not a number               | 不是数字
      action: noise; scale: -3                                     | scale     | greater than 0             | 应大于 0
      action: noise; scale: 5; distribution: normal                | normal    | uniform, laplace           | uniform 或 laplace
      """)
  void optionMistakesAreInTheUsersLanguage(String options, String names, String english, String chinese)
      throws IOException {
    String en = message(options, Lang.EN);
    assertTrue(en.contains(names) && en.contains(english), en);
    String zh = message(options, Lang.ZH);
    assertTrue(zh.startsWith("脱敏方案 "), zh);
    assertTrue(zh.contains(names) && zh.contains(chinese), zh);
    assertFalse(ENGLISH.matcher(zh).find(), zh);
  }

  @Test
  void emptyHierarchyTablesAreReportedInBothLanguages() throws IOException {
    Files.writeString(dir.resolve("empty.csv"), ";a\n;b\n", StandardCharsets.UTF_8);
    String options = "action: generalize; type: hierarchy; file: empty.csv";
    assertTrue(message(options, Lang.EN).contains("no value in its first column"));
    String zh = message(options, Lang.ZH);
    assertTrue(zh.contains("第一列没有任何值"), zh);
  }

  @Test
  void wrongShapesNameTheExpectedShapeInTheUsersLanguage() throws IOException {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "name: x\nperson: {a: b}\nrules:\n  - columns: [a]\n    action: drop\n", StandardCharsets.UTF_8);
    assertTrue(assertThrows(InputException.class, () -> Profiles.load(f, Lang.EN)).getMessage()
        .contains("expected: a list of text"));
    String zh = assertThrows(InputException.class, () -> Profiles.load(f, Lang.ZH)).getMessage();
    assertTrue(zh.contains("应为：文本列表"), zh);
  }

  @Test
  void validOptionsStillLoad() throws IOException {
    Path f = dir.resolve("ok.yaml");
    Files.writeString(f, "name: ok\nrules:\n  - columns: [a]\n    action: mask\n    keepFirst: 0\n    maskChar: '#'\n"
        + "  - columns: [b]\n    action: generalize\n    type: number\n    widths: [5, 10]\n"
        + "  - columns: [c]\n    action: shift\n    maxDays: 36500\n", StandardCharsets.UTF_8);
    assertEquals(3, Profiles.load(f, Lang.ZH).rules().size());
  }

  @Test
  void aHierarchyThatDoesNotNestStopsTheKAnonymityRunInTheUsersLanguage() throws IOException {
    // a user's occupation table in which 13 falls in two different groups at level 2
    Files.writeString(dir.resolve("occ.csv"), "11;A;管理\n13;A;技术\n17;B;技术\n", StandardCharsets.UTF_8);
    Path prof = dir.resolve("k.yaml");
    Files.writeString(prof, "name: k\nunlisted: drop\nrules:\n  - {id: occ, columns: [职业], class: quasi, action: generalize,"
        + " type: hierarchy, file: occ.csv, level: 0}\n", StandardCharsets.UTF_8);
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "职业\n11\n13\n17\n13\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.csv");
    for (Lang lang : Lang.values()) {
      InputException e = assertThrows(InputException.class, () -> Deidentifier.of(Profiles.load(prof, lang), KEY)
          .withK(2, 0).run(in, ReadOptions.defaults().withLang(lang), out, WriteOptions.defaults(), null));
      String msg = e.getMessage();
      assertTrue(msg.contains("in.csv"), msg);
      assertTrue(lang == Lang.ZH ? msg.contains("层级不嵌套") && !ENGLISH.matcher(msg).find()
          : msg.contains("is not nested"), msg);
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void bothLanguagesDefineTheSameMessages() throws IOException {
    assertEquals(keys("messages.properties"), keys("messages_en.properties"));
  }

  private static Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Profiles.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
