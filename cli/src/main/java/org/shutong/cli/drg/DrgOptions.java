package org.shutong.cli.drg;

import java.nio.file.Path;
import org.shutong.cli.UsageException;
import org.shutong.drg.DrgTables;
import org.shutong.drg.Grouper;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * The options every {@code drg} subcommand shares: which table set ({@code --version} of the
 * built-in ones, or {@code --tables DIR}), the optional code mapping, the first-page alias file,
 * and help (the subcommands use {@code --version} for the table set, so they declare help
 * themselves).
 */
public final class DrgOptions {
  @Option(names = "--version", paramLabel = "ID", descriptionKey = "drg.version",
      description = "内置分组方案版本（默认 chs-drg-1.1）")
  String version;

  @Option(names = "--tables", paramLabel = "DIR", descriptionKey = "drg.tables",
      description = "使用目录中的分组规则表（与内置规则表同结构，如 2.0 版或地方版）")
  Path tables;

  @Option(names = "--map-codes", descriptionKey = "drg.map-codes",
      description = "分组前按规则表的 icd10-map / icd9cm3-map 转换诊断和手术编码；无法转换的记录为校验不通过")
  boolean mapCodes;

  @Option(names = "--aliases", paramLabel = "FILE", descriptionKey = "drg.aliases",
      description = "表头别名文件（第一列别名，第二列首页字段编码或名称），与 firstpage 命令相同")
  Path aliases;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help",
      description = "显示帮助信息并退出")
  boolean help;

  /** The grouper these options choose. */
  Grouper grouper(Lang lang) {
    Messages m = Messages.of(DrgSupport.BUNDLE, lang);
    if (version != null && tables != null) {
      throw new UsageException(m.get("options.versionAndTables"));
    }
    DrgTables t;
    if (tables != null) {
      t = DrgTables.load(tables, lang);
    } else {
      String id = version == null ? DrgTables.DEFAULT_VERSION : version;
      if (!DrgTables.builtInVersions().contains(id)) {
        throw new UsageException(m.get("options.unknownVersion", id,
            String.join(", ", DrgTables.builtInVersions())));
      }
      t = DrgTables.builtIn(id);
    }
    return Grouper.of(t, new Grouper.Options(mapCodes));
  }
}
