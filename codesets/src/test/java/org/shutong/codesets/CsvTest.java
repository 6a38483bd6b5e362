package org.shutong.codesets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static List<String> parse(String text) {
    List<String> out = new ArrayList<>();
    Csv.parse(text, "t", (f, line) -> out.add(line + ":" + String.join("|", f)));
    return out;
  }

  @Test
  void quotesCommasNewlinesAndCrlf() {
    assertEquals(List.of("1:a|b", "2:x,y|z\"q", "3:multi\nline|2", "5:|"),
        parse("a,b\r\n\"x,y\",\"z\"\"q\"\n\"multi\nline\",2\n,\n"));
  }

  @Test
  void lastLineWithoutNewline() {
    assertEquals(List.of("1:a", "2:b"), parse("a\nb"));
  }

  @Test
  void unterminatedQuoteFailsNamingTheLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("a\n\"b\n"));
    assertEquals("t line 2: unterminated quote", e.getMessage());
  }
}
