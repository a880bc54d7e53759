package org.baobiao.etl.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Code lists of the source formats: ordered code → Chinese label maps, as docs/formats.md lists
 * them.
 */
public final class CodeLists {
  private CodeLists() {}

  /** An ordered, unmodifiable code list from {@code code, label, code, label, ...}. */
  public static Map<String, String> of(String... codeLabelPairs) {
    if (codeLabelPairs.length % 2 != 0) {
      throw new IllegalArgumentException("codes and labels must come in pairs");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codeLabelPairs.length; i += 2) {
      m.put(codeLabelPairs[i], codeLabelPairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** "CODE（标签）、..." for messages. */
  public static String describe(Map<String, String> codes) {
    return codes.entrySet().stream()
        .map(e -> e.getKey() + "（" + e.getValue() + "）")
        .collect(Collectors.joining("、"));
  }
}
