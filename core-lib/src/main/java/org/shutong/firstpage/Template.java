package org.shutong.firstpage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A message template with {@code {name}} placeholders, parsed once. Immutable. */
final class Template {
  private final String[] parts;
  private final boolean[] placeholder;

  private Template(List<String> parts, List<Boolean> placeholder) {
    this.parts = parts.toArray(new String[0]);
    this.placeholder = new boolean[parts.size()];
    for (int i = 0; i < this.placeholder.length; i++) {
      this.placeholder[i] = placeholder.get(i);
    }
  }

  static Template parse(String text) {
    List<String> parts = new ArrayList<>();
    List<Boolean> ph = new ArrayList<>();
    int i = 0;
    StringBuilder lit = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i + 1) : -1;
      if (close > i + 1 && text.substring(i + 1, close).matches("[A-Za-z][A-Za-z0-9]*")) {
        if (lit.length() > 0) {
          parts.add(lit.toString());
          ph.add(false);
          lit.setLength(0);
        }
        parts.add(text.substring(i + 1, close));
        ph.add(true);
        i = close + 1;
      } else {
        lit.append(c);
        i++;
      }
    }
    if (lit.length() > 0) {
      parts.add(lit.toString());
      ph.add(false);
    }
    return new Template(parts, ph);
  }

  /** The placeholder names. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (placeholder[i]) {
        out.add(parts[i]);
      }
    }
    return out;
  }

  /** The text with each placeholder replaced by {@code values.apply(name)}. */
  String format(Function<String, String> values) {
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < parts.length; i++) {
      if (placeholder[i]) {
        String v = values.apply(parts[i]);
        b.append(v == null || v.isEmpty() ? "-" : v);
      } else {
        b.append(parts[i]);
      }
    }
    return b.toString();
  }
}
