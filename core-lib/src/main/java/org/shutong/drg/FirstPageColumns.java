package org.shutong.drg;

import java.util.List;
import org.shutong.io.ColumnDictionary;

/**
 * The 住院病案首页 columns the grouper reads (codes and Chinese names as in the national first-page
 * interface, ../shared/data/firstpage/fields.csv), with the short names hospitals commonly use.
 *
 * <p>Interim: the first-page field dictionary of {@code org.shutong.firstpage} replaces this class
 * once it is on main; {@link FirstPageDrgLayout} is the only user.
 */
final class FirstPageColumns {
  /** Other diagnoses and other procedures in the first-page interface: C06x01C..C06x40C, C35x01C..C35x40C. */
  static final int REPEATS = 40;

  private FirstPageColumns() {}

  static ColumnDictionary dictionary() {
    ColumnDictionary.Builder b = ColumnDictionary.builder()
        .add("A48", "病案号", List.of())
        .add("A12C", "性别", List.of("性别代码"))
        .add("A14", "年龄（岁）", List.of("年龄", "年龄(岁)"))
        .add("A16", "年龄不足1周岁的年龄（天）", List.of("年龄（天）", "年龄不足1周岁的年龄"))
        .add("A17", "新生儿入院体重（克）", List.of("新生儿入院体重"))
        .add("A18x01", "新生儿出生体重(克)", List.of("新生儿出生体重"))
        .add("C03C", "出院主要诊断编码", List.of("主要诊断编码", "主诊断编码"))
        .add("C14x01C", "主要手术操作编码", List.of("主要手术编码", "主手术操作编码"));
    for (int i = 1; i <= REPEATS; i++) {
      b.add(String.format(java.util.Locale.ROOT, "C06x%02dC", i), "出院其他诊断编码" + i,
          List.of("其他诊断编码" + i));
      b.add(String.format(java.util.Locale.ROOT, "C35x%02dC", i), "其他手术操作编码" + i,
          List.of("其他手术编码" + i));
    }
    return b.build();
  }
}
