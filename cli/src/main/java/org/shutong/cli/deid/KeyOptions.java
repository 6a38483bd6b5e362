package org.shutong.cli.deid;

import java.nio.file.Path;
import org.shutong.cli.UsageException;
import org.shutong.deid.DeidKey;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import picocli.CommandLine.Option;

/**
 * Where the project key comes from: a file ({@code --key-file}) or an environment variable named by
 * an option ({@code --key-env}); never the command line itself (CONVENTIONS, secrets).
 */
public final class KeyOptions {
  @Option(names = "--key-file", paramLabel = "FILE", description = "密钥文件（十六进制，shutong deid keygen 生成）")
  Path keyFile;

  @Option(names = "--key-env", paramLabel = "NAME", description = "保存密钥的环境变量名（变量的值为十六进制密钥）")
  String keyEnv;

  /** Whether a key source was given. */
  boolean given() {
    return keyFile != null || keyEnv != null;
  }

  /** The key; a missing, unreadable or weak key is an error (exit 2) naming its source, never its value. */
  DeidKey key(Lang lang) {
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    if (keyFile != null && keyEnv != null) {
      throw new UsageException(m.get("key.both"));
    }
    if (keyFile != null) {
      return DeidKey.read(keyFile, lang);
    }
    if (keyEnv != null) {
      String v = System.getenv(keyEnv);
      if (v == null || v.isBlank()) {
        throw new InputException("$" + keyEnv, Messages.of("org.shutong.deid.messages", lang).get("key.envMissing", keyEnv));
      }
      return DeidKey.parse(v, "$" + keyEnv, lang);
    }
    throw new UsageException(m.get("key.none"));
  }
}
