package org.shutong.bench.firstpage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes {@code N} first pages with only the columns the cross-record rules read — 组织机构代码 A01,
 * 病案号 A48, 住院次数 A49, 身份证号 A20, 入院时间 B12, 出院时间 B15, 出院科别 B16C — to measure the memory
 * of {@code shutong firstpage check} at regional volumes (10M records) without generating and parsing
 * 17 GB of 811-column rows. Every new patient has a distinct 病案号 and a valid resident ID (GB 11643
 * check digit); about 10 % of the records are a later stay of an earlier patient (same ID and 病案号,
 * later dates, next 住院次数), and 0.1 % repeat an earlier 病案号 + 住院次数 (duplicate stays), so all
 * three cross-record rules fire. Depends on the JDK only, so it also runs as a single source file:
 * {@code java benchmarks/src/main/java/org/shutong/bench/firstpage/CrossKeyData.java FILE N [SEED]}.
 */
public final class CrossKeyData {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String[] AREAS = {"110101", "110102", "310104", "440103", "440106", "510104",
      "320102", "330106", "420102", "610113"};
  private static final String[] ORGS = {"12440100455350371R", "12440000455858247T", "12310000425002541B",
      "12110000400006893C"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final int PEOPLE = 1 << 21;

  private CrossKeyData() {}

  /** Writes the file: {@code CrossKeyData FILE N [SEED]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long n = Long.parseLong(args[1]);
    SplittableRandom rnd = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 1);
    LocalDateTime start = LocalDateTime.of(2024, 5, 1, 0, 0);
    String[] org = new String[PEOPLE];
    String[] caseNo = new String[PEOPLE];
    String[] id = new String[PEOPLE];
    int[] count = new int[PEOPLE];
    LocalDateTime[] last = new LocalDateTime[PEOPLE];
    int people = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("A01,A48,A49,A20,B12,B15,B16C\n");
      for (long i = 0; i < n; i++) {
        int k;
        LocalDateTime admit;
        if (people > 0 && rnd.nextInt(10) == 0) {
          k = rnd.nextInt(people);
          admit = last[k].plusHours(2 + rnd.nextInt(200));
          count[k]++;
        } else {
          k = people < PEOPLE ? people++ : rnd.nextInt(PEOPLE);
          org[k] = ORGS[rnd.nextInt(ORGS.length)];
          caseNo[k] = String.format(Locale.ROOT, "BA%09d", i);
          id[k] = residentId(rnd);
          count[k] = 1 + rnd.nextInt(3);
          admit = start.plusMinutes(rnd.nextInt(30 * 24 * 60));
        }
        LocalDateTime discharge = admit.plusHours(4 + rnd.nextInt(400));
        last[k] = discharge;
        String o = org[k];
        String c = caseNo[k];
        int cnt = count[k];
        if (rnd.nextInt(1000) == 0) { // a duplicate stay: an earlier patient's 病案号 + 住院次数 again
          int d = rnd.nextInt(people);
          o = org[d];
          c = caseNo[d];
          cnt = count[d];
        }
        w.write(o + ',' + c + ',' + cnt + ',' + id[k] + ',' + TIME.format(admit) + ',' + TIME.format(discharge)
            + ",030" + (1 + rnd.nextInt(9)) + '\n');
      }
    }
  }

  private static String residentId(SplittableRandom rnd) {
    String body = AREAS[rnd.nextInt(AREAS.length)]
        + LocalDateTime.of(1930, 1, 1, 0, 0).plusDays(rnd.nextInt(33_000)).toLocalDate().toString().replace("-", "")
        + String.format(Locale.ROOT, "%03d", rnd.nextInt(1000));
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(s % 11);
  }
}
