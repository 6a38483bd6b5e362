package org.shutong.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bundled element synonyms ({@code element-synonyms.csv}): names documents give an element. */
final class Synonyms {
  private static volatile Map<String, List<String>> bundled;

  private Synonyms() {}

  static Map<String, List<String>> bundled() {
    Map<String, List<String>> m = bundled;
    if (m == null) {
      Map<String, List<String>> b = new HashMap<>();
      for (CatalogueFiles.RawRow r : CatalogueFiles.readResource("element-synonyms.csv")) {
        b.computeIfAbsent(r.values().get("element"), k -> new ArrayList<>()).add(r.values().get("synonym"));
      }
      b.replaceAll((k, v) -> List.copyOf(v));
      m = Map.copyOf(b);
      bundled = m;
    }
    return m;
  }
}
