package org.shutong.i18n;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The language of user-facing messages. Chinese is the default, as Shutong's users are Chinese
 * health IT staff; English is available everywhere ({@code --lang en}).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Lang {
  /** 中文 (default). */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale used for number and message formatting. */
  public Locale locale() {
    return locale;
  }

  /**
   * Parses {@code zh} or {@code en} (case-insensitive; {@code zh-CN}, {@code en-US} accepted).
   *
   * @throws IllegalArgumentException for any other value
   */
  public static Lang parse(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
      return ZH;
    }
    if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
      return EN;
    }
    throw new IllegalArgumentException("unknown language '" + s + "' (use zh or en)");
  }

  /** Picks the Chinese or the English text. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }
}
