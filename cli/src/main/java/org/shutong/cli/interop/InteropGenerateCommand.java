package org.shutong.cli.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shutong.cli.ExitCodes;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.UsageException;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.interop.Catalog;
import org.shutong.interop.CdaGenerator;
import org.shutong.interop.DocumentType;
import org.shutong.interop.MessageGenerator;
import org.shutong.interop.ServiceSpec;
import org.shutong.io.AtomicOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shutong interop generate}: synthetic WS/T 500 documents or HL7 v3 service messages. */
@Command(name = "generate", description = "生成合成的 WS/T 500 共享文档或交互服务消息（无真实个人信息），可作测试样例")
public final class InteropGenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  static final class What {
    @Option(names = "--doc-type", paramLabel = "C00NN|all", description = "文档类型 C0001–C0053，或 all（全部 53 种）")
    String docType;

    @Option(names = "--service", paramLabel = "CODE|all", description = "交互服务代码（如 PatientInfoRegister），或 all（全部 69 个）")
    String service;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "每种生成几份（默认 1）")
  int count = 1;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "随机种子：相同种子生成相同内容（默认 1）")
  long seed = 1;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "写入的目录（多份时必需）；不给则只生成一份并写到标准输出")
  Path outDir;

  @Option(names = "--force", description = "允许覆盖已存在的文件")
  boolean force;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.interop.messages", lang);
    if (count < 1) {
      throw new UsageException(m.get("generate.count"));
    }
    List<String> kinds = new ArrayList<>();
    boolean docs = what.docType != null;
    if (docs) {
      if (what.docType.equalsIgnoreCase("all")) {
        Catalog.standard().documents().forEach(d -> kinds.add(d.code()));
      } else {
        DocumentType t = Catalog.standard().document(what.docType);
        if (t == null) {
          throw new UsageException(m.get("docType.unknown", what.docType));
        }
        kinds.add(t.code());
      }
    } else if (what.service.equalsIgnoreCase("all")) {
      Catalog.standard().services().stream().filter(ServiceSpec::hasSchema).forEach(s -> kinds.add(s.code()));
    } else {
      ServiceSpec s = Catalog.standard().service(what.service);
      if (s == null || !s.hasSchema()) {
        throw new UsageException(m.get("service.unknown", what.service));
      }
      kinds.add(s.code());
    }
    int total = kinds.size() * count;
    if (outDir == null && total > 1) {
      throw new UsageException(m.get("generate.needsDir", total));
    }
    if (outDir != null && !Files.isDirectory(outDir)) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        throw new UsageException(m.get("generate.noDir", outDir, e.getMessage()));
      }
    }
    int written = 0;
    for (String kind : kinds) {
      for (int i = 0; i < count; i++) {
        long s = seed + i;
        String xml = docs ? CdaGenerator.standard().generate(kind, s) : MessageGenerator.standard().generate(kind, s);
        if (outDir == null) {
          spec.commandLine().getOut().print(xml);
          spec.commandLine().getOut().flush();
        } else {
          Path target = outDir.resolve(String.format(Locale.ROOT, "%s-%04d.xml", kind, i + 1));
          try (AtomicOutput out = AtomicOutput.create(target, force, lang)) {
            out.stream().write(xml.getBytes(StandardCharsets.UTF_8));
            out.commit();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        written++;
      }
    }
    if (outDir != null && !g.quiet()) {
      spec.commandLine().getErr().println(m.get("generate.done", written, outDir));
    }
    return ExitCodes.OK;
  }
}
