package org.shutong.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Localised message texts of one package, read from its resource bundle: {@code messages.properties}
 * holds the Chinese (default) texts and {@code messages_en.properties} the English ones (both UTF-8).
 *
 * <p>Arguments are formatted with {@link MessageFormat}; integral numbers are inserted as plain digits
 * (record 12345, not 12,345), so callers need no format hints for record and line numbers.
 * Instances are immutable and cached per bundle and language.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Messages {
  private static final ConcurrentHashMap<String, Messages> CACHE = new ConcurrentHashMap<>();

  private final ResourceBundle bundle;
  private final Lang lang;

  private Messages(ResourceBundle bundle, Lang lang) {
    this.bundle = bundle;
    this.lang = lang;
  }

  /**
   * Loads the bundle {@code baseName} (e.g. {@code org.shutong.io.messages}) for a language.
   *
   * @throws MissingResourceException if the bundle does not exist
   */
  public static Messages of(String baseName, Lang lang) {
    return CACHE.computeIfAbsent(
        baseName + '|' + lang,
        k -> {
          ResourceBundle.Control control =
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
          ResourceBundle b =
              ResourceBundle.getBundle(
                  baseName,
                  lang == Lang.ZH ? java.util.Locale.ROOT : lang.locale(),
                  Messages.class.getClassLoader(),
                  control);
          return new Messages(b, lang);
        });
  }

  /** The language of this bundle. */
  public Lang lang() {
    return lang;
  }

  /** Whether the bundle defines {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text for {@code key} with arguments inserted.
   *
   * @throws MissingResourceException if the key is not defined (a programming error, caught by tests)
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern.indexOf('\'') >= 0 ? new MessageFormat(pattern, lang.locale()).format(args) : pattern;
    }
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      plain[i] =
          (a instanceof Long || a instanceof Integer || a instanceof Short) ? a.toString() : a;
    }
    return new MessageFormat(pattern, lang.locale()).format(plain);
  }
}
