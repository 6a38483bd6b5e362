package org.shutong.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The {@code --encoding} choice for text inputs. {@link #AUTO} looks for a byte-order mark, then
 * accepts the input as UTF-8 if it decodes strictly as UTF-8, else as GB18030 (of which GBK and
 * GB2312 are subsets), and stops with a clear error if it is neither.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum InputEncoding {
  /** Detect: BOM, then strict UTF-8, else GB18030. */
  AUTO(null),
  /** UTF-8 (a BOM is skipped). */
  UTF_8(StandardCharsets.UTF_8),
  /** GB18030-2005, the national standard superset of GBK. */
  GB18030(Charset.forName("GB18030")),
  /** GBK (decoded strictly; use GB18030 for characters outside GBK). */
  GBK(Charset.forName("GBK"));

  private final Charset charset;

  InputEncoding(Charset charset) {
    this.charset = charset;
  }

  /** The charset, or {@code null} for {@link #AUTO}. */
  public Charset charset() {
    return charset;
  }

  /** Parses {@code AUTO}, {@code UTF-8}/{@code UTF8}, {@code GB18030}, {@code GBK} (case-insensitive). */
  public static InputEncoding parse(String s) {
    String v = s.trim().toUpperCase(Locale.ROOT).replace("_", "-");
    return switch (v) {
      case "AUTO" -> AUTO;
      case "UTF-8", "UTF8" -> UTF_8;
      case "GB18030" -> GB18030;
      case "GBK", "GB2312", "CP936" -> GBK;
      default -> throw new IllegalArgumentException("unknown encoding '" + s + "' (AUTO|UTF-8|GB18030|GBK)");
    };
  }
}
