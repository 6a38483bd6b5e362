package org.shutong.bench.deid;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shutong.deid.Anonymization;
import org.shutong.deid.DeidKey;
import org.shutong.deid.DeidResult;
import org.shutong.deid.Deidentifier;
import org.shutong.deid.Profile;
import org.shutong.deid.Profiles;
import org.shutong.i18n.Lang;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.WriteOptions;

/**
 * The side-by-side de-identification harness (issue 7, "Speed"): in one JVM, on the same generated
 * first-page file, a bare parse with Shutong's reader against a mask/pseudonymise/shift profile
 * (throughput ratio, target at least 0.5); the k-anonymity job (5 quasi-identifiers, k=5, 2%
 * suppression) end to end; and ARX's adult.csv job with ARX's own hierarchies. ARX itself runs in a
 * separate JVM from {@code run-deid.sh} on the same inputs (its jars are not ours to bundle).
 *
 * <p>Usage: {@code DeidHarness RECORDS ROUNDS WORKDIR [ARX_DATA_DIR | --ratio-only]}. Prints one line
 * per measurement; {@code --ratio-only} stops after the profile-vs-parse rounds (a short check).
 */
public final class DeidHarness {
  private DeidHarness() {}

  /** Runs the measurements. */
  public static void main(String[] args) throws Exception {
    int records = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Path work = Path.of(args[2]);
    boolean ratioOnly = args.length > 3 && args[3].equals("--ratio-only");
    Path arxData = args.length > 3 && !ratioOnly ? Path.of(args[3]) : null;
    Files.createDirectories(work);
    Path in = DeidBenchData.firstPage(work.resolve("deid-firstpage-" + records + ".csv"), records);
    if (!ratioOnly) {
      DeidBenchData.arxInput(in, work.resolve("arx-" + records));
    }
    DeidKey key = DeidKey.generate();
    Path maskProfile = work.resolve("mask-pseudonymise-shift.yaml");
    Files.writeString(maskProfile, MASK_PROFILE, StandardCharsets.UTF_8);
    Path kProfile = work.resolve("k5.yaml");
    Files.writeString(kProfile, K_PROFILE, StandardCharsets.UTF_8);
    Profile mask = Profiles.load(maskProfile, Lang.EN);
    Profile k5 = Profiles.load(kProfile, Lang.EN);
    System.out.printf(Locale.ROOT, "input %s records=%d bytes=%d%n", in.getFileName(), records, Files.size(in));
    double[] parse = new double[rounds];
    double[] deid = new double[rounds];
    double[] parseCpu = new double[rounds];
    double[] deidCpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double c0 = cpu();
      parse[r] = time(() -> parse(in));
      parseCpu[r] = cpu() - c0;
      Path out = work.resolve("out-mask.csv");
      c0 = cpu();
      deid[r] = time(() -> Deidentifier.of(mask, key).run(in, ReadOptions.defaults(), out,
          WriteOptions.defaults().withForce(true), null));
      deidCpu[r] = cpu() - c0;
      System.out.printf(Locale.ROOT, "round %d: parse %.2f s (cpu %.2f s), mask/pseudonymise/shift %.2f s (cpu %.2f s)%n",
          r + 1, parse[r], parseCpu[r], deid[r], deidCpu[r]);
    }
    double p = median(parse);
    double d = median(deid);
    System.out.printf(Locale.ROOT, "RESULT parse median %.2f s (%.0f records/s); deid median %.2f s (%.0f records/s); "
        + "ratio %.2f (wall); cpu parse %.2f s, deid %.2f s%n", p, records / p, d, records / d, p / d,
        median(parseCpu), median(deidCpu));
    if (ratioOnly) {
      return;
    }
    DeidResult[] kr = new DeidResult[1];
    double kt = time(() -> kr[0] = Deidentifier.of(k5, key).withK(5, 0.02).run(in, ReadOptions.defaults(),
        work.resolve("out-k5.csv"), WriteOptions.defaults().withForce(true), null));
    print("RESULT k-anonymity firstpage", kt, kr[0]);
    if (arxData != null) {
      Path adultProfile = work.resolve("adult.yaml");
      Files.writeString(adultProfile, adultProfile(arxData), StandardCharsets.UTF_8);
      Profile adult = Profiles.load(adultProfile, Lang.EN);
      DeidResult[] ar = new DeidResult[1];
      Path adultIn = arxData.resolve("adult.csv");
      for (int r = 0; r < 2; r++) {
        double at = time(() -> ar[0] = Deidentifier.of(adult, key).withK(5, 0.02).run(adultIn, ReadOptions.defaults(),
            work.resolve("out-adult.csv"), WriteOptions.defaults().withForce(true), null));
        print("RESULT k-anonymity adult (run " + (r + 1) + ")", at, ar[0]);
      }
      Path big = DeidBenchData.adultScaled(adultIn, work.resolve("adult-" + records + ".csv"), records);
      double bt = time(() -> ar[0] = Deidentifier.of(adult, key).withK(5, 0.02).run(big, ReadOptions.defaults(),
          work.resolve("out-adult-big.csv"), WriteOptions.defaults().withForce(true), null));
      print("RESULT k-anonymity adult x" + records, bt, ar[0]);
    }
  }

  private static void print(String label, double seconds, DeidResult r) {
    Anonymization a = r.anonymization();
    System.out.printf(Locale.ROOT, "%s: %.2f s end to end (2 passes + write), records=%d, levels=%s %s, loss=%.4f, "
            + "suppressed=%d, evaluated %d of %d, k after=%d%n", label, seconds, r.records(), a.levels(), a.levelLabels(),
        a.informationLoss(), a.suppressedRecords(), a.evaluated(), a.latticeSize(), r.riskAfter().k());
  }

  private static long parse(Path in) {
    long n = 0;
    try (TableReader r = TableReaders.open(in, ReadOptions.defaults())) {
      while (r.hasNext()) {
        Row row = r.next();
        n += row.size();
      }
    }
    return n;
  }

  private interface Job {
    Object run() throws Exception;
  }

  private static double time(Job j) throws Exception {
    long t0 = System.nanoTime();
    j.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** CPU time of the whole process, seconds (all threads, GC included). */
  private static double cpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1e9 : 0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static final String MASK_PROFILE = """
      name: mask-pseudonymise-shift
      person: [身份证号]
      rules:
        - {id: resident-id, columns: [身份证号], class: direct, action: pseudonymize, domain: resident-id, normalize: resident-id}
        - {id: record-number, columns: [病案号], class: direct, action: pseudonymize, domain: record-number}
        - {id: card, columns: [健康卡号], class: direct, action: pseudonymize, domain: health-card}
        - {id: names, columns: [姓名, 联系人姓名], class: direct, action: mask, keepFirst: 1}
        - {id: phones, columns: [现住址电话, 联系人电话], class: direct, action: mask, keepFirst: 3, keepLast: 4}
        - {id: address, columns: [现住址], class: direct, action: mask, keepFirst: 3}
        - {id: dates, columns: [出生日期, 入院时间, 出院时间], class: quasi, action: shift, maxDays: 180}
      """;

  static final String K_PROFILE = """
      name: k5-firstpage
      unlisted: drop
      rules:
        - {id: sex, columns: [性别], class: quasi, action: keep}
        - {id: age, columns: [年龄（岁）], class: quasi, action: generalize, type: age, widths: [5, 10, 20], level: exact}
        - {id: birth, columns: [出生日期], class: quasi, action: generalize, type: date, level: day}
        - {id: region, columns: [现住址区划], class: quasi, action: generalize, type: region, level: county}
        - {id: marital, columns: [婚姻], class: quasi, action: keep}
        - {id: dx, columns: [出院主要诊断编码], class: sensitive, action: keep}
      """;

  private static String adultProfile(Path arxData) {
    List<String> qis = List.of("sex", "age", "race", "marital-status", "education", "native-country", "workclass", "occupation");
    StringBuilder sb = new StringBuilder("name: adult\nunlisted: keep\nrules:\n");
    for (String q : qis) {
      sb.append("  - {id: ").append(q).append(", columns: [").append(q).append("], class: quasi, action: generalize, ")
          .append("type: hierarchy, file: \"").append(arxData.resolve("adult_hierarchy_" + q + ".csv").toAbsolutePath())
          .append("\", level: 0}\n");
    }
    sb.append("  - {id: salary, columns: [salary-class], class: sensitive, action: keep}\n");
    return sb.toString();
  }

}
