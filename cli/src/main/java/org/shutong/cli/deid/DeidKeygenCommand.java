package org.shutong.cli.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.shutong.cli.ExitCodes;
import org.shutong.cli.GlobalOptions;
import org.shutong.deid.DeidKey;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.AtomicOutput;
import org.shutong.io.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shutong deid keygen -o FILE}: writes a new random 256-bit project key (hexadecimal) to a
 * file readable by its owner only, and prints its fingerprint — never the key.
 */
@Command(name = "keygen", description = "生成新的 256 位项目密钥写入文件（仅属主可读），只显示其指纹，不显示密钥")
public final class DeidKeygenCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "keygen.output", description = "密钥文件")
  Path output;

  @Option(names = "--force", description = "允许覆盖已存在的密钥文件（旧密钥生成的假名将无法再关联）")
  boolean force;

  @Override
  public Integer call() {
    Lang lang = GlobalOptions.of(spec.commandLine()).lang();
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    DeidKey key = DeidKey.generate();
    try (AtomicOutput o = AtomicOutput.create(output, force, lang)) {
      o.stream().write(("# shutong deid key, fingerprint " + key.fingerprint() + "\n" + key.toHex() + "\n")
          .getBytes(StandardCharsets.US_ASCII));
      o.commit();
    } catch (IOException e) {
      throw new OutputException(output.toString(), e.getMessage(), e);
    }
    try {
      Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      spec.commandLine().getErr().println(m.get("keygen.perms", output));
    }
    if (!GlobalOptions.of(spec.commandLine()).quiet()) {
      spec.commandLine().getOut().println(m.get("keygen.done", output, key.fingerprint()));
    }
    return ExitCodes.OK;
  }
}
