package org.shutong.deid;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The characters a pseudonym is written with. Named alphabets: {@code base32} (RFC 4648,
 * {@code A-Z2-7}, the default: case-insensitive, no look-alike 0/1), {@code hex}, {@code digits}
 * (for systems that accept only numbers), {@code base62}; any other string of at least two distinct
 * characters is taken as a custom alphabet.
 *
 * @param name the name as written in a profile
 * @param chars the characters, each used once
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Alphabet(String name, String chars) implements Serializable {
  /** RFC 4648 base32: {@code ABCDEFGHIJKLMNOPQRSTUVWXYZ234567}. */
  public static final Alphabet BASE32 = new Alphabet("base32", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  /** Lower-case hexadecimal. */
  public static final Alphabet HEX = new Alphabet("hex", "0123456789abcdef");
  /** Decimal digits. */
  public static final Alphabet DIGITS = new Alphabet("digits", "0123456789");
  /** Digits, upper- and lower-case letters. */
  public static final Alphabet BASE62 =
      new Alphabet("base62", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

  /** Checks the characters: at least two, all distinct, no surrogates. */
  public Alphabet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chars, "chars");
    if (chars.length() < 2 || chars.chars().distinct().count() != chars.length()
        || chars.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      throw new IllegalArgumentException("alphabet needs at least two distinct characters");
    }
  }

  /** A named alphabet, or a custom one made of the characters of {@code s}. */
  public static Alphabet parse(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "base32" -> BASE32;
      case "hex" -> HEX;
      case "digits", "decimal" -> DIGITS;
      case "base62" -> BASE62;
      default -> new Alphabet("custom", s.strip());
    };
  }

  /** Number of characters. */
  public int size() {
    return chars.length();
  }

  /** Bits of entropy in a pseudonym of {@code length} characters. */
  public double bits(int length) {
    return length * Math.log(size()) / Math.log(2);
  }
}
