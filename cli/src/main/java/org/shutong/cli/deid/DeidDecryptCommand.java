package org.shutong.cli.deid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shutong.cli.ExitCodes;
import org.shutong.cli.GlobalOptions;
import org.shutong.cli.InputOptions;
import org.shutong.cli.Progress;
import org.shutong.deid.Action;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.deid.Rule;
import org.shutong.deid.TokenCipher;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;
import org.shutong.io.InputException;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.TableWriter;
import org.shutong.io.TableWriters;
import org.shutong.io.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shutong deid decrypt --key-file K [--profile P | --domain D] IN OUT}: for the party authorised
 * to re-identify, replaces every SM4-GCM token ({@code sm4gcm1:...}) with the value it encrypts.
 */
@Command(name = "decrypt", description = "（授权方）用密钥还原 encrypt 动作生成的 SM4-GCM 令牌，原子写出 OUT")
public final class DeidDecryptCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin KeyOptions keys = new KeyOptions();

  @Option(names = "--profile", paramLabel = "P", description = "加密时所用的脱敏方案（取各列 encrypt 规则的 domain）")
  String profile;

  @Option(names = "--domain", paramLabel = "D", defaultValue = "default", description = "方案未给出时所用的 domain（默认 default）")
  String domain;

  @Option(names = "--force", description = "允许覆盖已存在的输出文件")
  boolean force;

  @Parameters(index = "0", paramLabel = "IN", description = "含令牌的文件")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "输出文件")
  Path out;

  @Override
  public Integer call() {
    GlobalOptions g = GlobalOptions.of(spec.commandLine());
    Lang lang = g.lang();
    Messages m = Messages.of("org.shutong.cli.deid.messages", lang);
    TokenCipher cipher = new TokenCipher(keys.key(lang));
    Profile p = profile == null ? null : Profiles.resolve(profile, lang);
    long tokens = 0;
    long failed = 0;
    String[] domains;
    try (TableReader r = TableReaders.open(in, input.readOptions(lang, f -> { }))) {
      domains = domains(r.header(), p);
      // the key must open the first token before anything is written
      while (r.hasNext()) {
        Row row = r.next();
        boolean seen = false;
        for (int i = 0; i < row.size() && !seen; i++) {
          if (TokenCipher.isToken(row.get(i))) {
            seen = true;
            if (cipher.decrypt(domains[i], row.get(i)).isEmpty()) {
              throw new InputException(in.toString(), m.get("decrypt.wrongKey", in, row.line(), r.header().get(i)));
            }
          }
        }
        if (seen) {
          break;
        }
      }
    }
    try (TableReader r = TableReaders.open(in, input.readOptions(lang, f -> { }));
        TableWriter w = TableWriters.open(out, WriteOptions.defaults().withForce(force).withLang(lang));
        Progress progress = Progress.of(spec, r)) {
      w.writeHeader(r.header());
      List<String> values = new ArrayList<>();
      while (r.hasNext()) {
        Row row = r.next();
        values.clear();
        for (int i = 0; i < row.size(); i++) {
          String v = row.get(i);
          if (TokenCipher.isToken(v)) {
            tokens++;
            String plain = cipher.decrypt(domains[i], v).orElse(null);
            if (plain == null) {
              failed++;
              spec.commandLine().getErr().println(m.get("decrypt.failed", in, row.record(), row.line(), r.header().get(i)));
            } else {
              v = plain;
            }
          }
          values.add(v);
        }
        w.writeRow(values);
        progress.tick();
      }
      w.commit();
    }
    if (!g.quiet()) {
      spec.commandLine().getErr().println(m.get("decrypt.done", tokens - failed, tokens, out));
    }
    return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private String[] domains(List<String> header, Profile p) {
    String[] d = new String[header.size()];
    java.util.Arrays.fill(d, domain);
    if (p == null) {
      return d;
    }
    for (int i = 0; i < header.size(); i++) {
      for (Rule r : p.rules()) {
        if (r.action() != Action.ENCRYPT) {
          continue;
        }
        boolean match = false;
        for (String c : r.columns()) {
          match |= Profiles.columns(header, c).contains(i);
        }
        if (!match && r.pattern() != null) {
          match = java.util.regex.Pattern.compile(r.pattern(), java.util.regex.Pattern.CASE_INSENSITIVE)
              .matcher(header.get(i)).matches();
        }
        if (match) {
          Object dom = r.options().get("domain");
          d[i] = dom == null ? "default" : dom.toString();
          break;
        }
      }
    }
    return d;
  }
}
