package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;

class EncodingTest {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final String TEXT = "病案号,姓名,出院主要诊断名称\n0001,张三,前壁急性透壁性心肌梗死\n0002,李㵘,支气管肺炎\n";

  @TempDir Path dir;

  private Path bytes(String name, byte[] b) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, b);
    return f;
  }

  @Test
  void utf8IsDetected() throws IOException {
    Tables.Read r = Tables.read(bytes("u.csv", TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals("UTF-8", r.source().encodingName());
    assertEquals("李㵘", r.rows().get(1).get(1));
  }

  @Test
  void gb18030IsDetectedWhenNotUtf8IncludingCharactersOutsideGbk() throws IOException {
    // 㵘 (U+3D58) is in GB18030 but not in GBK
    Tables.Read r = Tables.read(bytes("g.csv", TEXT.getBytes(GB18030)));
    assertEquals("GB18030", r.source().encodingName());
    assertEquals("李㵘", r.rows().get(1).get(1));
    assertEquals("前壁急性透壁性心肌梗死", r.rows().get(0).get(2));
  }

  @Test
  void gbkBytesReadAsGb18030() throws IOException {
    String gbkText = "姓名,性别\n张三,男\n";
    Tables.Read r = Tables.read(bytes("k.csv", gbkText.getBytes(Charset.forName("GBK"))));
    assertEquals("GB18030", r.source().encodingName());
    assertEquals(List.of("张三", "男"), r.rows().get(0).values());
  }

  @Test
  void explicitEncodingOverridesDetection() throws IOException {
    Path f = bytes("k.csv", "姓名\n张三\n".getBytes(Charset.forName("GBK")));
    Tables.Read r = Tables.read(f, ReadOptions.defaults().withEncoding(InputEncoding.GBK));
    assertEquals("GBK", r.source().encodingName());
    InputException e = assertThrows(InputException.class,
        () -> Tables.read(f, ReadOptions.defaults().withEncoding(InputEncoding.UTF_8).withLang(Lang.EN)));
    assertTrue(e.getMessage().contains("not valid UTF-8") && e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void byteOrderMarksWin() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    b.write("姓名,年龄\n张三,30\n".getBytes(StandardCharsets.UTF_16LE));
    Tables.Read r = Tables.read(bytes("u16.csv", b.toByteArray()));
    assertEquals("UTF-16LE", r.source().encodingName());
    assertEquals(List.of("张三", "30"), r.rows().get(0).values());
  }

  @Test
  void bytesInvalidInBothEncodingsAreUnreadableNamingLineAndByte() throws IOException {
    // 0xFF is never valid in UTF-8; 0x80 alone is not valid GB18030
    byte[] b = "姓名\n张三\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[b.length + 3];
    System.arraycopy(b, 0, bad, 0, b.length);
    bad[b.length] = (byte) 0xFF;
    bad[b.length + 1] = (byte) 0x80;
    bad[b.length + 2] = '\n';
    InputException e = assertThrows(InputException.class,
        () -> Tables.read(bytes("bad.csv", bad), ReadOptions.defaults().withLang(Lang.EN)));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("neither valid UTF-8 nor valid GB18030"), e.getMessage());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void invalidBytesAfterTheSniffWindowNameTheirExactLine() throws IOException {
    // > 1 MB of valid UTF-8 Chinese text, then GB18030 bytes on a known line
    StringBuilder sb = new StringBuilder("病案号,姓名\n");
    int lines = 1;
    // each line is 18 bytes in UTF-8
    while (lines * 18 < EncodingSniffer.WINDOW + 200_000) {
      sb.append(String.format("%07d", lines)).append(",张三丰\n");
      lines++;
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    b.write("9999999,".getBytes(StandardCharsets.UTF_8));
    b.write("李四".getBytes(GB18030));
    b.write("\n9999998,王五\n".getBytes(StandardCharsets.UTF_8));
    Path f = bytes("late.csv", b.toByteArray());
    long badLine = lines + 1L;
    int[] seen = {0};
    InputException e = assertThrows(InputException.class, () -> {
      try (TableReader r = TableReaders.open(f, ReadOptions.defaults().withLang(Lang.EN))) {
        while (r.hasNext()) {
          r.next();
          seen[0]++;
        }
      }
    });
    assertEquals(badLine, e.line());
    assertTrue(e.getMessage().contains("line " + badLine), e.getMessage());
    assertTrue(e.getMessage().contains("--encoding GB18030"), e.getMessage());
    assertEquals(lines - 1, seen[0], "every record before the bad line was delivered");
  }

  @Test
  void pureAsciiWindowThenGb18030IsDetectedAsGb18030() throws IOException {
    StringBuilder sb = new StringBuilder("A48,A11\n");
    while (sb.length() < EncodingSniffer.WINDOW + 10_000) {
      sb.append("0000001,ZHANG SAN\n");
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
    b.write("0000002,张三\n".getBytes(GB18030));
    Tables.Read r = Tables.read(bytes("ascii-then-gb.csv", b.toByteArray()));
    assertEquals("GB18030", r.source().encodingName());
    assertEquals("张三", r.rows().get(r.rows().size() - 1).get(1));
  }

  @Test
  void pureAsciiFileIsUtf8() throws IOException {
    Tables.Read r = Tables.read(bytes("a.csv", "A48,A11\n0001,ZHANG\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("UTF-8", r.source().encodingName());
  }

  @Test
  void nulBytesAreBinary() throws IOException {
    byte[] b = {'a', ',', 'b', '\n', 1, 0, 2, 0, '\n'};
    InputException e = assertThrows(InputException.class,
        () -> Tables.read(bytes("bin.csv", b), ReadOptions.defaults().withLang(Lang.EN)));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void lineOfOffsetCountsLineFeedsInAnyEncoding() throws IOException {
    Path f = bytes("l.csv", "a\nb\r\nc".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, EncodingSniffer.lineOfOffset(f, 0, StandardCharsets.UTF_8));
    assertEquals(2, EncodingSniffer.lineOfOffset(f, 2, StandardCharsets.UTF_8));
    assertEquals(3, EncodingSniffer.lineOfOffset(f, 5, StandardCharsets.UTF_8));
    Path g = bytes("l16.csv", "\uFEFFa\nb\nc".getBytes(StandardCharsets.UTF_16LE));
    assertEquals(3, EncodingSniffer.lineOfOffset(g, 10, StandardCharsets.UTF_16LE));
  }
}
