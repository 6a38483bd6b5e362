package org.shutong.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shutong.i18n.Lang;

/** Inputs that cannot be read at all: each is one clear line naming the file, never a crash. */
class BadInputTest {
  @TempDir Path dir;

  private static InputException unreadable(Path f) {
    InputException e = assertThrows(InputException.class, () -> Tables.read(f, ReadOptions.defaults().withLang(Lang.EN)));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertEquals(f.toString(), e.file());
    return e;
  }

  @Test
  void missingFile() {
    assertTrue(unreadable(dir.resolve("nope.csv")).getMessage().contains("not found"));
  }

  @Test
  void directory() {
    assertTrue(unreadable(dir).getMessage().contains("directory"));
  }

  @Test
  void emptyFileOfEveryFormat() throws IOException {
    for (String ext : new String[] {"csv", "tsv", "xlsx", "jsonl", "json", "xml"}) {
      Path f = dir.resolve("empty." + ext);
      Files.write(f, new byte[0]);
      assertTrue(unreadable(f).getMessage().contains("empty"), ext);
    }
    Path blank = dir.resolve("blank.csv");
    Files.writeString(blank, "\n\r\n\n");
    assertTrue(unreadable(blank).getMessage().contains("empty"));
  }

  @Test
  void binaryGarbage() throws IOException {
    byte[] b = new byte[4096];
    new SplittableRandom(20240105).nextBytes(b);
    Path withNul = dir.resolve("garbage.csv");
    b[100] = 0;
    Files.write(withNul, b);
    assertTrue(unreadable(withNul).getMessage().contains("binary"));
    // high bytes only, no NUL: neither UTF-8 nor GB18030
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (0x80 | (b[i] & 0x7F));
    }
    Path high = dir.resolve("garbage2.csv");
    Files.write(high, b);
    InputException e = unreadable(high);
    assertTrue(e.getMessage().contains("neither valid UTF-8 nor valid GB18030"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void binaryNamedJsonOrXml() throws IOException {
    byte[] b = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
    Path gz = dir.resolve("data.jsonl");
    Files.write(gz, b);
    assertTrue(unreadable(gz).getMessage().contains("binary"));
  }
}
