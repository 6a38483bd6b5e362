package org.shutong.deid;

import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * A rule option of a profile that cannot be used (a mask with a negative length, an unknown
 * hierarchy type, a band width that does not nest): the option's name and the message key
 * ({@code option.*} in {@code org.shutong.deid.messages}) with its arguments, so that
 * {@link Profiles} reports it in the user's language. {@link #getMessage()} is the English text, for
 * logs and library callers that do not localise.
 */
final class OptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  static final String BUNDLE = "org.shutong.deid.messages";

  private final String key;
  @SuppressWarnings("serial") // arguments are strings and numbers
  private final Object[] args;

  /**
   * @param key the message key without its {@code option.} prefix
   * @param args the message's arguments; the first is the option's name by convention
   */
  OptionException(String key, Object... args) {
    this(null, key, args);
  }

  OptionException(Throwable cause, String key, Object... args) {
    super(Messages.of(BUNDLE, Lang.EN).get("option." + key, args), cause);
    this.key = key;
    this.args = args.clone();
  }

  /** The message in {@code lang}. */
  String message(Lang lang) {
    return Messages.of(BUNDLE, lang).get("option." + key, args);
  }
}
