package org.shutong.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinyin of Chinese names from the dictionaries of houbb/pinyin (Apache-2.0; {@code pinyin_dict_char.txt}
 * with every reading of 41k characters, {@code pinyin_dict_phrase.txt} with 43k phrases). The phrase
 * dictionary gives the reading in context by forward maximum matching (重复 chong, 重症 zhong, 血压 xue),
 * and every reading of a character is kept as well, so a coder who types the other reading of a 多音字
 * still finds the name. The library's own segmenter is not used: it costs about 0.6 ms a name, the
 * dictionary look-ups a few microseconds.
 */
final class Pinyin {
  private static final int MAX_PHRASE = 5;
  private static final String[] NONE = new String[0];

  private static final class Dict {
    final Map<Character, String[]> chars;
    final Map<String, String[]> phrases;

    Dict(Map<Character, String[]> chars, Map<String, String[]> phrases) {
      this.chars = chars;
      this.phrases = phrases;
    }
  }

  private static volatile Dict dict;

  private Pinyin() {}

  private static Dict dict() {
    Dict d = dict;
    if (d == null) {
      synchronized (Pinyin.class) {
        d = dict;
        if (d == null) {
          d = load();
          dict = d;
        }
      }
    }
    return d;
  }

  private static Dict load() {
    Map<Character, String[]> chars = new HashMap<>(65_536);
    for (String line : lines("pinyin_dict_char.txt")) {
      int colon = line.indexOf(':');
      if (colon != 1) {
        continue; // characters outside the BMP are not in our names' index
      }
      List<String> rs = new ArrayList<>(2);
      for (String r : line.substring(2).split(",", -1)) {
        String t = toneless(r.strip());
        if (!t.isEmpty() && !rs.contains(t)) {
          rs.add(t);
        }
      }
      chars.put(line.charAt(0), rs.toArray(NONE));
    }
    Map<String, String[]> phrases = new HashMap<>(16_384);
    for (String line : lines("pinyin_dict_phrase.txt")) {
      int colon = line.indexOf(':');
      if (colon < 2 || colon > MAX_PHRASE) {
        continue;
      }
      String phrase = line.substring(0, colon);
      boolean polyphonic = false;
      for (int i = 0; i < phrase.length(); i++) {
        String[] r = chars.get(phrase.charAt(i));
        if (r != null && r.length > 1) {
          polyphonic = true;
        }
      }
      if (!polyphonic) {
        continue; // the first reading of each character gives the same result
      }
      String[] parts = line.substring(colon + 1).strip().split(" ", -1);
      if (parts.length != phrase.length()) {
        continue;
      }
      for (int i = 0; i < parts.length; i++) {
        parts[i] = toneless(parts[i]);
      }
      phrases.put(phrase, parts);
    }
    return new Dict(chars, phrases);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>(45_000);
    try (InputStream in = Pinyin.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("houbb/pinyin dictionary " + resource + " not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A syllable without tone marks; ü becomes v. */
  static String toneless(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(switch (c) {
        case 'ā', 'á', 'ǎ', 'à' -> 'a';
        case 'ē', 'é', 'ě', 'è' -> 'e';
        case 'ī', 'í', 'ǐ', 'ì' -> 'i';
        case 'ō', 'ó', 'ǒ', 'ò' -> 'o';
        case 'ū', 'ú', 'ǔ', 'ù' -> 'u';
        case 'ǖ', 'ǘ', 'ǚ', 'ǜ', 'ü' -> 'v';
        case 'ń', 'ň', 'ǹ' -> 'n';
        case 'ḿ' -> 'm';
        default -> c;
      });
    }
    return sb.toString();
  }

  /** Whether {@code c} is a Chinese character of the BMP. */
  static boolean isHan(char c) {
    return c >= '\u3400' && c <= '\u9FFF';
  }

  /** Every reading of a character (no tones), most common first; empty if the dictionary lacks it. */
  static String[] readings(char c) {
    String[] r = dict().chars.get(c);
    return r == null ? NONE : r;
  }

  /**
   * The reading of each character of a run of Chinese characters in context: the longest phrase of the
   * dictionary at each position, else the character's most common reading; {@code null} where the
   * dictionary has no reading.
   */
  static String[] inContext(String run) {
    Dict d = dict();
    String[] out = new String[run.length()];
    int i = 0;
    while (i < run.length()) {
      int took = 0;
      for (int len = Math.min(MAX_PHRASE, run.length() - i); len >= 2; len--) {
        String[] p = d.phrases.get(run.substring(i, i + len));
        if (p != null) {
          System.arraycopy(p, 0, out, i, len);
          took = len;
          break;
        }
      }
      if (took == 0) {
        String[] r = d.chars.get(run.charAt(i));
        out[i] = r == null || r.length == 0 ? null : r[0];
        took = 1;
      }
      i += took;
    }
    return out;
  }
}
