package org.shutong.expr;

import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * An expression that does not parse or does not type-check: what is wrong and at which character
 * (1-based) of the expression. {@link #getMessage()} is English; {@link #message(Lang)} localises.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExprException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final String key;
  private final transient Object[] args;

  ExprException(int position, String key, Object... args) {
    super(Messages.of("org.shutong.expr.messages", Lang.EN).get("at", position + 1,
        Messages.of("org.shutong.expr.messages", Lang.EN).get(key, args)));
    this.position = position;
    this.key = key;
    this.args = args.clone();
  }

  /** 1-based character position in the expression. */
  public int position() {
    return position + 1;
  }

  /** The message in {@code lang}. */
  public String message(Lang lang) {
    Messages m = Messages.of("org.shutong.expr.messages", lang);
    return m.get("at", position + 1, m.get(key, args == null ? new Object[0] : args));
  }
}
