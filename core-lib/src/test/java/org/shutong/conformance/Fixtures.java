package org.shutong.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.report.FindingCollector;

/** Realistic small extracts and tables for the conformance tests. */
final class Fixtures {
  static final Charset GB18030 = Charset.forName("GB18030");

  private Fixtures() {}

  /** The value domains of ../shared/data/dataelements/value-domains.csv that the tests need (verbatim rows). */
  static ValueDomains domains() {
    return ValueDomains.of(Map.of(
        "GB/T 2261.1", Map.of("0", "未知的性别", "1", "男性", "2", "女性", "9", "未说明的性别"),
        "GB/T 2261.2", Map.of("10", "未婚", "20", "已婚", "21", "初婚", "22", "再婚", "23", "复婚", "30", "丧偶",
            "40", "离婚", "90", "未说明的婚姻状况"),
        "CV02.01.101", Map.of("01", "居民身份证", "02", "居民户口簿", "03", "护照", "04", "军官证", "05", "驾驶证",
            "06", "港澳居民来往内地通行证", "07", "台湾居民来往内地通行证", "99", "其他法定有效证件")));
  }

  /** A patient-register extract as a HIS exports it, with typical defects. */
  static final String PATIENTS =
      "姓名,性别代码,出生日期,身份证件类别代码,身份证件号码,电话号码,婚姻状况代码,死亡日期时间,特殊检查标志\n"
          + "张三,1,19491231,01,11010519491231002X,13800138000,20,,F\n" // all good
          + "李四,2,1980-05-06,01,110105194912310021,010-12345678,10,,T\n" // dashed date, wrong check digit
          + "王五,3,19900101,03,E12345678,1380013800,90,20240131T083000,是\n" // sex not in domain, passport, short mobile, boolean word
          + "赵六1,1,19900230,01,440524188001010014,0351-1234567,21,2024-01-31 08:30:00,F\n" // digit in name, bad date, dashed datetime
          + ",2,20000101,01,440524188001010014x,,22,,F\n"; // empty name, 19-char id

  static Path write(Path dir, String name, String content, Charset cs) {
    try {
      Path p = dir.resolve(name);
      Files.write(p, content.getBytes(cs));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableReader open(Path p, FindingCollector problems) {
    return TableReaders.open(p, ReadOptions.defaults().withProblems(problems));
  }

  /** The binding of PATIENTS' headers to elements. */
  static List<ColumnBinding> patientBindings() {
    return List.of(
        ColumnBinding.of("姓名", "DE02.01.039.00"),
        ColumnBinding.of("性别代码", "DE02.01.040.00"),
        ColumnBinding.of("出生日期", "DE02.01.005.01"),
        ColumnBinding.of("身份证件类别代码", "DE02.01.031.00"),
        ColumnBinding.of("身份证件号码", "DE02.01.030.00"),
        ColumnBinding.of("电话号码", "DE02.01.010.00"),
        ColumnBinding.of("婚姻状况代码", "DE02.01.018.00"),
        ColumnBinding.of("死亡日期时间", "DE02.01.036.00"),
        ColumnBinding.of("特殊检查标志", "DE02.01.079.00"));
  }
}
