package org.baobiao.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.baobiao.spec.csv.CsvFields;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void quotesOnlyFieldsWithCommaQuoteOrLineBreak() {
    assertThat(CsvFields.join("a", "b c", "", "提示\"超时\",无法保存", "x\ny"))
        .isEqualTo("a,b c,,\"提示\"\"超时\"\",无法保存\",\"x\ny\"");
  }

  @Test
  void parseUndoesJoin() {
    List<String> fields = List.of("441700001", "", "说明, 含\"引号\"", "末尾");
    assertThat(CsvLine.parse(CsvFields.join(fields.toArray(String[]::new)))).isEqualTo(fields);
    assertThat(CsvLine.parse("a,")).containsExactly("a", "");
  }

  @Test
  void parseRejectsStrayAndUnclosedQuotes() {
    assertThatThrownBy(() -> CsvLine.parse("a,b\"c")).hasMessageContaining("unquoted");
    assertThatThrownBy(() -> CsvLine.parse("a,\"bc")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> CsvLine.parse("\"a\"b,c")).hasMessageContaining("closing quote");
  }
}
