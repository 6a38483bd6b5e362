package org.shutong.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;
import org.shutong.io.OutputEncoding;
import org.shutong.io.ReadOptions;
import org.shutong.io.Row;
import org.shutong.io.TableReader;
import org.shutong.io.TableReaders;
import org.shutong.io.WriteOptions;

/**
 * Pins the bytes of {@code deid run} on a generated file: pseudonyms of every alphabet and
 * normaliser, masks (with characters outside the BMP), shifted dates in every format, every
 * generalisation, noise, scrubbing, suppression, values the CSV writer must quote, the k-anonymity
 * path, and the report (per-column counts, tags in order, risk, anonymisation). The digests were
 * taken from the sequential implementation before the speed work; any change of an output byte or a
 * report value fails here.
 */
class DeidOutputStabilityTest {
  static final DeidKey KEY = KeysAndCryptoTest.KEY;

  @TempDir Path dir;

  /** Every deterministic action; {@code encrypt} is left out (its tokens take a random nonce). */
  static final String PROFILE = """
      name: stability
      person: [身份证号, 联系人身份证]
      unlisted: keep
      rules:
        - {id: rid, columns: [身份证号], class: direct, action: pseudonymize, domain: resident-id, normalize: resident-id}
        - {id: rid2, columns: [联系人身份证], class: direct, action: pseudonymize, domain: resident-id, normalize: resident-id, alphabet: hex, length: 24, prefix: "P-"}
        - {id: mrn, columns: [病案号], class: direct, action: pseudonymize, domain: record-number, alphabet: base62, length: 12}
        - {id: card, columns: [健康卡号], class: direct, action: pseudonymize, domain: health-card}
        - {id: ins, columns: [医保卡号], class: direct, action: pseudonymize, domain: insurance, normalize: text, alphabet: digits, length: 20}
        - {id: name, columns: [姓名], class: direct, action: mask, keepFirst: 1, maskChar: "○"}
        - {id: contact, columns: [联系人姓名], class: direct, action: drop}
        - {id: phones, columns: [现住址电话, 联系人电话], class: direct, action: mask, keepFirst: 3, keepLast: 4}
        - {id: address, columns: [现住址], class: direct, action: mask, keepFirst: 6, keepLast: 2}
        - {id: employer, columns: [工作单位及地址], class: direct, action: suppress}
        - {id: birth, columns: [出生日期], class: quasi, action: generalize, type: date, level: month}
        - {id: age, columns: [年龄（岁）], class: quasi, action: generalize, type: age, widths: [5, 10, 20], top: 90, level: width 5}
        - {id: region, columns: [现住址区划], class: quasi, action: generalize, type: region, level: city}
        - {id: postal, columns: [现住址邮政编码], class: quasi, action: generalize, type: prefix, lengths: [4, 3], level: prefix 3}
        - {id: dx, columns: [出院主要诊断编码], class: sensitive, action: generalize, type: icd, level: category}
        - {id: stay, columns: [入院时间, 出院时间, 手术日期], class: quasi, action: shift, maxDays: 180}
        - {id: qc, columns: [质控日期], class: other, action: shift, maxDays: 30}
        - {id: cost, columns: [住院总费用], class: sensitive, action: noise, scale: 100, decimals: 2}
        - {id: weight, columns: [体重], class: sensitive, action: noise, scale: 10%, distribution: laplace, decimals: 1}
        - {id: note, columns: ["医嘱转院、转社区卫生服务机构/乡镇卫生院名称"], class: sensitive, action: scrub}
        - {id: remark, columns: [备注], class: other, action: keep}
      """;

  static final String K_PROFILE = """
      name: stability-k
      person: [身份证号]
      unlisted: drop
      rules:
        - {id: sex, columns: [性别], class: quasi, action: keep}
        - {id: birth, columns: [出生日期], class: quasi, action: generalize, type: date, level: day}
        - {id: age, columns: [年龄（岁）], class: quasi, action: generalize, type: age, widths: [5, 10, 20], level: exact}
        - {id: postal, columns: [现住址邮政编码], class: quasi, action: generalize, type: prefix, lengths: [4, 2], level: as-is}
        - {id: dx, columns: [出院主要诊断编码], class: sensitive, action: keep}
        - {id: rid, columns: [身份证号], class: direct, action: pseudonymize, domain: resident-id, normalize: resident-id}
        - {id: stay, columns: [入院时间], class: quasi, action: shift}
      """;

  /**
   * The generated input: {@link SyntheticFirstPage} (seed 21, 1,500 people) with columns added for the
   * cases it lacks — a region code, other date formats (and dates that are none), a second person
   * key (15-digit legacy numbers, blanks), full-width identifiers, weights, and remarks the CSV writer
   * must quote or that hold characters outside the BMP.
   */
  static Path input(Path dir) throws IOException {
    Path base = dir.resolve("base.csv");
    new SyntheticFirstPage(21).write(base, 1_500);
    SplittableRandom rnd = new SplittableRandom(2024);
    StringBuilder sb = new StringBuilder();
    try (TableReader r = TableReaders.open(base, ReadOptions.defaults())) {
      List<String> header = new ArrayList<>(r.header());
      header.addAll(List.of("现住址区划", "手术日期", "质控日期", "联系人身份证", "医保卡号", "体重", "备注"));
      line(sb, header);
      int id = header.indexOf("身份证号");
      int addr = header.indexOf("现住址");
      int name = header.indexOf("姓名");
      while (r.hasNext()) {
        Row row = r.next();
        List<String> v = new ArrayList<>(row.values());
        String rid = v.get(id);
        int k = rnd.nextInt(100);
        if (k < 2) {
          v.set(id, "");
        } else if (k < 4) {
          v.set(id, " " + rid.toLowerCase(Locale.ROOT) + " ");
        }
        if (k % 17 == 0) {
          v.set(addr, v.get(addr) + "𠀀𠀁号");
        }
        if (k % 23 == 0) {
          v.set(name, "𠮷" + v.get(name));
        }
        v.add(k % 29 == 0 ? "999999" : rid.substring(0, 6));
        int y = 2015 + rnd.nextInt(10);
        int mo = 1 + rnd.nextInt(12);
        int d = 1 + rnd.nextInt(31);
        v.add(switch (rnd.nextInt(7)) {
          case 0 -> String.format(Locale.ROOT, "%04d%02d%02d", y, mo, Math.min(d, 28));
          case 1 -> String.format(Locale.ROOT, "%04d/%02d/%02d", y, mo, Math.min(d, 28));
          case 2 -> String.format(Locale.ROOT, "%04d.%02d.%02d 13:05", y, mo, Math.min(d, 28));
          case 3 -> String.format(Locale.ROOT, "%04d-%02d-%02dT08:00:00", y, mo, d);
          case 4 -> "不详";
          case 5 -> "";
          default -> String.format(Locale.ROOT, " %04d-%02d-%02d ", y, mo, Math.min(d, 28));
        });
        v.add(String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + rnd.nextInt(24), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        v.add(switch (rnd.nextInt(5)) {
          case 0 -> "";
          case 1 -> rid.substring(0, 6) + rid.substring(8, 17);
          case 2 -> toFullWidth(rid);
          default -> rid;
        });
        v.add(rnd.nextInt(4) == 0 ? toFullWidth("ab" + rnd.nextInt(1_000_000)) : "YB " + rnd.nextInt(1_000_000));
        v.add(rnd.nextInt(10) == 0 ? "约70" : String.format(Locale.ROOT, "%.1f", 40 + rnd.nextDouble() * 60));
        v.add(switch (rnd.nextInt(9)) {
          case 0 -> "复查, 一周后";
          case 1 -> "家属称\"已知情\"";
          case 2 -> "第一行\n第二行";
          case 3 -> "回车\r分隔";
          case 4 -> "  前后空格  ";
          case 5 -> "表情😀与𠀀";
          case 6 -> "";
          case 7 -> "\"";
          default -> "无";
        });
        line(sb, v);
      }
    }
    Path in = dir.resolve("in.csv");
    Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
    return in;
  }

  private static String toFullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  private static void line(StringBuilder sb, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = values.get(i);
      boolean q = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
      sb.append(q ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    sb.append("\r\n");
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The result as JSON, with the temporary directory taken out of the paths. */
  static String report(DeidResult r, Path dir) throws IOException {
    return new ObjectMapper().writeValueAsString(r).replace(dir.toString(), "<dir>");
  }

  private String run(Deidentifier d, Path in, String out, OutputEncoding enc) throws IOException {
    Path o = dir.resolve(out);
    DeidResult r = d.run(in, ReadOptions.defaults(), o, WriteOptions.defaults().withEncoding(enc), null);
    return sha256(Files.readAllBytes(o)) + " " + sha256(report(r, dir).getBytes(StandardCharsets.UTF_8));
  }

  /** Digests (SHA-256 of the output file, then of the report JSON) of the sequential implementation. */
  static final String INPUT = "b45fb716fa8386779197ad0fe3dfe67f833ee11307e4f9d973899c684d778ef9";
  static final String SM3_UTF8 = "274e63473a462ea98624b3b48ffba91541aee194daf0d70753c3a20a456bec15 "
      + "126e635ea7d5ac56633c50fdb51848deb6188c4f5170d2ede570c374d98c6521";
  static final String SM3_GB18030 = "227c2c4af7a393db59a34d6b16a737155797022bb5e1c04ce561b0986724bd6a "
      + "4ace24f5ff3058d68d0515523c6feb842f67f7a305fdf5b98ddb777c3d0a6d9d";
  static final String SM3_TSV_BOM = "3e71d92e58a4079037821234b1f1e416ceb910b0de66f61343022d3278e1a2e1 "
      + "940401090aaf1b9ff72107fe20581f0bcbb4f60a5ede80cb7b1e4da7e67c28de";
  static final String SHA256_UTF8 = "3cd405e775296aeaccf32d7cf14bf00cdc9327d0daca8c0aed787203bf35322a "
      + "cf32085e7614878bee05ed6ef021e1f5f4c1eea22eaaf6a01e1a4f728e67807f";
  static final String K5 = "eb1acdb02bc73deb0a61e80334782c69f2e50653ab1ed37dd3ea98c20522b4e6 "
      + "ad9e05ab8de9909f05d71444e3f4040f1eb4cf38946fa82baf69bcb9dc5bdbe5";

  private Profile profile(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return Profiles.load(f, Lang.EN);
  }

  @Test
  void outputsAndReportsAreThoseOfTheSequentialImplementation() throws IOException {
    Path in = input(dir);
    assertEquals(INPUT, sha256(Files.readAllBytes(in)), "the generated input itself");
    Profile p = profile("p.yaml", PROFILE);
    assertEquals(SM3_UTF8, run(Deidentifier.of(p, KEY), in, "a.csv", OutputEncoding.UTF_8));
    assertEquals(SM3_GB18030, run(Deidentifier.of(p, KEY), in, "b.csv", OutputEncoding.GB18030));
    assertEquals(SM3_TSV_BOM, run(Deidentifier.of(p, KEY), in, "c.tsv", OutputEncoding.UTF_8_BOM));
    assertEquals(SHA256_UTF8, run(Deidentifier.of(profile("sha.yaml", "hash: HMAC-SHA-256\n" + PROFILE), KEY), in,
        "d.csv", OutputEncoding.UTF_8));
    assertEquals(K5, run(Deidentifier.of(profile("k.yaml", K_PROFILE), KEY).withK(5, 0.05)
        .withSensitive(List.of("出院主要诊断编码")), in, "e.csv", OutputEncoding.UTF_8));
  }

  /**
   * The same bytes and report for any number of threads and any batch size: batches of 1, 7 and 64
   * records (hundreds of batches, finished out of order) on 1, 2, 3 and 8 threads.
   */
  @Test
  void theOutputDoesNotDependOnThreadsOrBatches() throws IOException {
    Path in = input(dir);
    Deidentifier d = Deidentifier.of(profile("p.yaml", PROFILE), KEY);
    Deidentifier dk = Deidentifier.of(profile("k.yaml", K_PROFILE), KEY).withK(5, 0.05)
        .withSensitive(List.of("出院主要诊断编码"));

    for (int threads : new int[] {1, 2, 3, 8}) {
      for (int batch : new int[] {1, 7, 64}) {
        // the same output names as above: the report holds the output's path
        Files.deleteIfExists(dir.resolve("a.csv"));
        Files.deleteIfExists(dir.resolve("e.csv"));
        assertEquals(SM3_UTF8, run(d.withThreads(threads).withBatchSize(batch), in, "a.csv",
            OutputEncoding.UTF_8), threads + " threads, batches of " + batch);
        assertEquals(K5, run(dk.withThreads(threads).withBatchSize(batch), in, "e.csv", OutputEncoding.UTF_8),
            "k-anonymity, " + threads + " threads, batches of " + batch);
      }
    }
    assertEquals(SM3_GB18030, run(d.withThreads(4).withBatchSize(5), in, "b.csv", OutputEncoding.GB18030));
    assertEquals(SM3_TSV_BOM, run(d.withThreads(2).withBatchSize(3), in, "c.tsv", OutputEncoding.UTF_8_BOM));
  }
}
