package org.shutong.cli;

import org.shutong.i18n.Lang;
import org.shutong.io.InputEncoding;
import org.shutong.io.ReadOptions;
import org.shutong.io.TableFormat;
import org.shutong.report.FindingSink;
import picocli.CommandLine.Option;

/**
 * The input options of CONVENTIONS.md as a mixin for every command that reads tables:
 * {@code --encoding}, {@code --from}, {@code --delimiter}, {@code --sheet}.
 */
public final class InputOptions {
  @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "AUTO",
      converter = EncodingConverter.class,
      description = "输入编码：AUTO（默认，识别 BOM/UTF-8/GB18030）|UTF-8|GB18030|GBK")
  InputEncoding encoding = InputEncoding.AUTO;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "输入格式：csv|tsv|xlsx|jsonl|json|xml（默认按扩展名判断）")
  TableFormat from;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "CSV 分隔符（默认自动判断；制表符写作 \\t）", converter = DelimiterConverter.class)
  Character delimiter;

  @Option(names = "--sheet", paramLabel = "NAME|N", description = "XLSX 工作表名称或序号（从 1 开始；默认第一个）")
  String sheet;

  /** Read options for these choices. */
  public ReadOptions readOptions(Lang lang, FindingSink problems) {
    return ReadOptions.defaults()
        .withFormat(from)
        .withEncoding(encoding)
        .withDelimiter(delimiter)
        .withSheet(sheet)
        .withLang(lang)
        .withProblems(problems);
  }

  static final class EncodingConverter implements picocli.CommandLine.ITypeConverter<InputEncoding> {
    @Override
    public InputEncoding convert(String value) {
      return InputEncoding.parse(value);
    }
  }

  static final class DelimiterConverter implements picocli.CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      String v = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
      if (v.length() != 1) {
        throw new picocli.CommandLine.TypeConversionException("delimiter must be one character: '" + value + "'");
      }
      return v.charAt(0);
    }
  }
}
