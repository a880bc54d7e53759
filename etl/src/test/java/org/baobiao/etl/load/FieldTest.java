package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTest {
  /** Regression: Map.copyOf shuffled the codes, so rejects listed them in a new order each run. */
  @Test
  void aCodeFieldKeepsItsCodeListsOrder() {
    List<String> codes = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String code = "C" + (char) ('z' - i % 26) + i;
      codes.add(code);
      pairs.add(code);
      pairs.add("标签" + i);
    }
    Map<String, String> list = CodeLists.of(pairs.toArray(String[]::new));
    Field field = Field.code("component", "血液成分", list);
    assertThat(field.codes().keySet()).containsExactlyElementsOf(codes);
  }
}
