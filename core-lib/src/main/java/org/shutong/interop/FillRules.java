package org.shutong.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values the generators write where the XSD only says {@code xs:string}: {@code
 * rules/generate-fill.tsv}, one row per (scope, path, attribute or {@code #text} or {@code
 * #xsi:type}). A path is matched against the end of the current element's path ({@code /} at the
 * start anchors it at the root; a step may use {@code *} as a wildcard). The most specific match
 * wins: more steps, then more literal steps, then anchored, then the scope named exactly; then the
 * first row.
 */
final class FillRules {
  private record Rule(String scope, boolean anchored, List<Pattern> steps, String attr, String value) {}

  private static final class Holder {
    static final FillRules STANDARD = load();
  }

  private final List<Rule> rules;

  private FillRules(List<Rule> rules) {
    this.rules = rules;
  }

  static FillRules standard() {
    return Holder.STANDARD;
  }

  private static FillRules load() {
    List<Rule> out = new ArrayList<>();
    for (Map<String, String> r : Resources.tsv("rules/generate-fill.tsv")) {
      String path = r.get("path");
      boolean anchored = path.startsWith("/");
      List<Pattern> steps = new ArrayList<>();
      for (String s : (anchored ? path.substring(1) : path).split("/", -1)) {
        steps.add(Pattern.compile(s.replace("*", "[^/]*")));
      }
      out.add(new Rule(r.get("scope"), anchored, List.copyOf(steps), r.get("attr"), r.get("value")));
    }
    return new FillRules(List.copyOf(out));
  }

  /**
   * The template for {@code attr} ({@code @name}, {@code #text}, {@code #xsi:type}) at {@code
   * path} (element names from the root), or {@code null} if no row matches.
   */
  String lookup(String scope, List<String> path, String attr) {
    Rule best = null;
    int bestScore = -1;
    for (Rule r : rules) {
      if (!r.attr().equals(attr) || !(r.scope().equals("*") || r.scope().equals(scope))) {
        continue;
      }
      if (!matches(r, path)) {
        continue;
      }
      int score = r.steps().size() * 10 + (r.anchored() ? 2 : 0) + (r.scope().equals(scope) ? 1 : 0);
      for (Pattern p : r.steps()) {
        String q = p.pattern();
        score += q.equals("[^/]*") ? 0 : q.contains("[^/]*") ? 2 : 3;
      }
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best == null ? null : best.value();
  }

  private static boolean matches(Rule r, List<String> path) {
    int n = r.steps().size();
    if (n > path.size() || (r.anchored() && n != path.size())) {
      return false;
    }
    int off = path.size() - n;
    for (int i = 0; i < n; i++) {
      if (!r.steps().get(i).matcher(path.get(off + i)).matches()) {
        return false;
      }
    }
    return true;
  }
}
