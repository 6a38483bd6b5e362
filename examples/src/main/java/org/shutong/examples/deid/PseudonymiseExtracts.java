package org.shutong.examples.deid;

import java.nio.file.Path;
import org.shutong.deid.DeidKey;
import org.shutong.deid.DeidResult;
import org.shutong.deid.Deidentifier;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.io.WriteOptions;

/**
 * Library use of {@code org.shutong.deid}: what {@code shutong deid run} does, in code — a hospital's
 * data-protection officer releasing two monthly extracts under one profile ({@code 科研提取.yaml},
 * GB/T 37964-2019 techniques) and one project key, so that a patient admitted in both months has the
 * same pseudonym in both files and nothing else that identifies him.
 */
public final class PseudonymiseExtracts {
  /** The environment variable the example reads the project key from (hex, as {@code shutong deid keygen} writes it). */
  public static final String KEY_ENV = "SHUTONG_DEID_KEY";

  private PseudonymiseExtracts() {}

  /**
   * The project key: from the environment variable {@link #KEY_ENV} if it is set, else from {@code keyFile}.
   * The key is never printed; only its fingerprint is.
   */
  public static DeidKey key(Path keyFile) {
    String env = System.getenv(KEY_ENV);
    if (env != null && !env.isBlank()) {
      return DeidKey.parse(env, "--key-env " + KEY_ENV, Lang.ZH);
    }
    if (keyFile == null) {
      throw new IllegalArgumentException("set " + KEY_ENV + " or give a key file (shutong deid keygen -o FILE)");
    }
    return DeidKey.read(keyFile, Lang.ZH);
  }

  /** Reads the profile file (YAML or JSON); a mistake in it is an {@code InputException} naming the rule. */
  public static Profile profile(Path file) {
    return Profiles.load(file, Lang.ZH);
  }

  /** De-identifies {@code in} into {@code out} (written atomically, with nothing left behind on failure). */
  public static DeidResult run(Profile profile, DeidKey key, Path in, Path out) {
    return Deidentifier.of(profile, key).run(in, ReadOptions.defaults().withLang(Lang.ZH), out,
        WriteOptions.defaults().withForce(true), null);
  }

  /**
   * {@code PseudonymiseExtracts [DIR] OUTDIR [KEYFILE]}: de-identifies {@code 出院-2024-05.csv} and
   * {@code 出院-2024-06.csv} of DIR into OUTDIR.
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: PseudonymiseExtracts DIR OUTDIR [KEYFILE]   (or the key in $" + KEY_ENV + ")");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Path outDir = Path.of(args[1]);
    DeidKey key = key(args.length > 2 ? Path.of(args[2]) : null);
    Profile profile = profile(dir.resolve("科研提取.yaml"));
    for (String month : new String[] {"2024-05", "2024-06"}) {
      DeidResult r = run(profile, key, dir.resolve("出院-" + month + ".csv"), outDir.resolve("出院-" + month + "-去标识.csv"));
      System.out.printf("%s → %s: %d records, key %s, k before %d after %d%n", r.input(), r.output(), r.records(),
          r.keyFingerprint(), r.riskBefore().k(), r.riskAfter().k());
    }
  }
}
