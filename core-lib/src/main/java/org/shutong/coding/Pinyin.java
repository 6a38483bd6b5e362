package org.shutong.coding;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.List;

/**
 * Pinyin of Chinese names, through houbb/pinyin (Apache-2.0): its phrase dictionary gives the reading in
 * context (重症 zhong, 重复 chong, 血压 xue), and every reading of a character is kept as well, so a
 * coder who types the other reading of a 多音字 still finds the name.
 */
final class Pinyin {
  private Pinyin() {}

  /** Whether {@code c} is a Chinese character of the BMP (the only ones the dictionary has). */
  static boolean isHan(char c) {
    return c >= '\u3400' && c <= '\u9FFF';
  }

  /**
   * The readings of a run of Chinese characters in context, one per character, or {@code null} if the
   * dictionary's output does not line up with the characters.
   */
  static String[] inContext(String run) {
    String out = PinyinHelper.toPinyin(run, PinyinStyleEnum.NORMAL, "|");
    String[] parts = out.split("\\|", -1);
    if (parts.length != run.length()) {
      return null;
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace('\u00FC', 'v');
      if (parts[i].isEmpty() || !isAsciiLower(parts[i])) {
        return null;
      }
    }
    return parts;
  }

  /** Every reading of a character (no tones), or an empty list. */
  static List<String> readings(char c) {
    try {
      List<String> r = PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL);
      return r == null ? List.of() : r.stream().map(x -> x.replace('\u00FC', 'v')).filter(Pinyin::isAsciiLower).toList();
    } catch (RuntimeException e) {
      // the library has no entry for some rare characters; such a character has no pinyin
      return List.of();
    }
  }

  private static boolean isAsciiLower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
