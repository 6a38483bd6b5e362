package org.shutong.deid;

import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * A profile's rule option or hierarchy that cannot be used (a mask with a negative length, an
 * unknown hierarchy type, band widths that do not nest, a lattice too large to search), as a message
 * key of {@code org.shutong.deid.messages} with its arguments, so that {@link Profiles} and
 * {@link Deidentifier} report it in the user's language. {@link #getMessage()} is the English text,
 * for logs and library callers that do not localise.
 */
final class LocalizedArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.shutong.deid.messages";

  private final String key;
  @SuppressWarnings("serial") // the arguments are strings and numbers
  private final Object[] args;

  /**
   * @param key the message key ({@code option.*} for rule options, the option's name first among
   *     the arguments)
   * @param args the message's arguments
   */
  LocalizedArgumentException(String key, Object... args) {
    this(null, key, args);
  }

  LocalizedArgumentException(Throwable cause, String key, Object... args) {
    super(Messages.of(BUNDLE, Lang.EN).get(key, args), cause);
    this.key = key;
    this.args = args.clone();
  }

  /** The message in {@code lang}. */
  String message(Lang lang) {
    return Messages.of(BUNDLE, lang).get(key, args);
  }
}
