package org.shutong.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apiguardian.api.API;

/** The character encoding of a text output ({@code --to-encoding}). */
@API(status = API.Status.STABLE, since = "0.1")
public enum OutputEncoding {
  /** UTF-8 without byte-order mark (default). */
  UTF_8(StandardCharsets.UTF_8, false),
  /** UTF-8 with a byte-order mark, so that Excel opens Chinese CSV correctly. */
  UTF_8_BOM(StandardCharsets.UTF_8, true),
  /** GB18030, for systems that expect the national encoding. */
  GB18030(Charset.forName("GB18030"), false);

  private final Charset charset;
  private final boolean bom;

  OutputEncoding(Charset charset, boolean bom) {
    this.charset = charset;
    this.bom = bom;
  }

  /** The charset. */
  public Charset charset() {
    return charset;
  }

  /** Whether a byte-order mark is written first. */
  public boolean bom() {
    return bom;
  }

  /** Parses {@code UTF-8}, {@code UTF-8-BOM}, {@code GB18030} (case-insensitive, {@code _} or {@code -}). */
  public static OutputEncoding parse(String s) {
    String v = s.trim().toUpperCase(Locale.ROOT).replace('_', '-');
    return switch (v) {
      case "UTF-8", "UTF8" -> UTF_8;
      case "UTF-8-BOM", "UTF8-BOM", "UTF-8BOM" -> UTF_8_BOM;
      case "GB18030", "GBK" -> GB18030;
      default -> throw new IllegalArgumentException("unknown output encoding '" + s + "' (UTF-8|UTF-8-BOM|GB18030)");
    };
  }
}
