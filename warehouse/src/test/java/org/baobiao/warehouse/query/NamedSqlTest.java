package org.baobiao.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.baobiao.warehouse.error.WarehouseException;
import org.junit.jupiter.api.Test;

class NamedSqlTest {
  @Test
  void replacesNamesButNotQuotedTextCommentsOrCasts() {
    NamedSql s =
        NamedSql.parse(
            "SELECT ':x', \":y\", a::INT -- :z\n FROM t WHERE a = :a AND b < :b_2 AND c = :a");
    assertThat(s.jdbcSql())
        .isEqualTo("SELECT ':x', \":y\", a::INT -- :z\n FROM t WHERE a = ? AND b < ? AND c = ?");
    assertThat(s.names()).containsExactly("a", "b_2", "a");
    assertThat(s.bind(Map.of("a", 1, "b_2", 2))).containsExactly(1, 2, 1);
  }

  @Test
  void aMissingParameterIsNamed() {
    assertThatThrownBy(() -> NamedSql.parse("SELECT :org").bind(Map.of()))
        .isInstanceOf(WarehouseException.class)
        .hasMessageContaining(":org");
  }
}
