package org.shutong.identifier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.shutong.i18n.Lang;
import org.shutong.i18n.Messages;

/**
 * The result of checking one identifier: its kind and its {@link Defect} ({@link Defect#NONE} when
 * valid). Instances are shared constants, so checking allocates nothing.
 *
 * @param type the kind of identifier checked
 * @param defect what is wrong, or {@link Defect#NONE}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IdentifierCheck(IdentifierType type, Defect defect) {
  static final String BUNDLE = "org.shutong.identifier.messages";

  private static final Map<IdentifierType, Map<Defect, IdentifierCheck>> CACHE =
      new EnumMap<>(IdentifierType.class);

  static {
    for (IdentifierType t : IdentifierType.values()) {
      Map<Defect, IdentifierCheck> row = new EnumMap<>(Defect.class);
      for (Defect d : Defect.values()) {
        row.put(d, new IdentifierCheck(t, d));
      }
      CACHE.put(t, row);
    }
  }

  /** Checks the components. */
  public IdentifierCheck {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defect, "defect");
  }

  /** The shared instance for {@code type} and {@code defect}. */
  public static IdentifierCheck of(IdentifierType type, Defect defect) {
    return CACHE.get(type).get(defect);
  }

  /** Whether the identifier is valid. */
  public boolean valid() {
    return defect == Defect.NONE;
  }

  /**
   * A one-line message in {@code lang} saying what is wrong and what would be right, e.g.
   * 居民身份证号码校验码错误（GB 11643-1999 按 ISO 7064 MOD 11-2 计算第 18 位）.
   */
  public String message(Lang lang) {
    Messages m = Messages.of(BUNDLE, lang);
    String specific = type.name() + "." + defect.name();
    String text = m.has(specific) ? m.get(specific) : m.get("defect." + defect.name());
    return m.get("check", type.label(lang), text, type.standard());
  }
}
