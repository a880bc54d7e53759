package org.baobiao.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DuckDbWarehouse#stream} packs the text columns into one string per row ({@link
 * PackedText}); what reaches the reader must be exactly what the unpacked query gives ({@link
 * DuckDbWarehouse#query} does not pack): NULL apart from the empty string, values holding the
 * markers themselves, Chinese text, the order of an ORDER BY, bound parameters, and the other
 * columns' types.
 */
class PackedTextTest {
  @TempDir Path dir;

  private static final String TABLE =
      "CREATE TABLE t (id INTEGER, a VARCHAR, b VARCHAR, d DATE, ts TIMESTAMP, n DECIMAL(10, 2),"
          + " c VARCHAR)";

  private static final String ROWS =
      "INSERT INTO t VALUES"
          + " (1, '张三', '', DATE '2026-01-02', TIMESTAMP '2026-01-02 08:30:00', 12.50, NULL),"
          + " (2, NULL, NULL, NULL, NULL, NULL, NULL),"
          + " (3, '', '', DATE '2026-03-04', NULL, 0.00, ''),"
          // values holding the markers: the row comes through the fallback list
          + " (4, 'x' || chr(31) || 'y', chr(30), NULL, NULL, 1.00, chr(31)),"
          + " (5, chr(30) || chr(31), 'a;b', NULL, NULL, NULL, '湖南省长沙市芙蓉区'),"
          + " (6, ' 前后有空格 ', chr(10) || '换行' || chr(13), NULL, NULL, NULL, '\"引号\"')";

  @Test
  void aStreamedResultIsTheUnpackedResultValueForValue() throws Exception {
    try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("w.duckdb"))) {
      w.inTransaction(
          s -> {
            s.update(TABLE, Map.of());
            s.update(ROWS, Map.of());
          });
      String sql = "SELECT c, id, a, d, b, ts, n FROM t WHERE id >= :from ORDER BY id DESC";
      Map<String, Object> params = Map.of("from", 1);
      var expected = w.query(sql, params);
      List<Object[]> streamed = new ArrayList<>();
      List<String> columns =
          w.stream(
              sql,
              params,
              (names, it) -> {
                it.forEachRemaining(streamed::add);
                return names;
              });
      assertThat(columns).isEqualTo(expected.columns());
      assertThat(streamed).hasSize(6);
      for (int i = 0; i < streamed.size(); i++) {
        assertThat(streamed.get(i)).as("row %d", i).containsExactly(expected.rows().get(i));
      }
      Object[] first = streamed.get(0);
      assertThat(first[1]).isEqualTo(6L);
      Object[] markers = streamed.get(2);
      assertThat(markers)
          .containsExactly("\u001f", 4L, "x\u001fy", null, "\u001e", null, new BigDecimal("1.00"));
      Object[] last = streamed.get(5);
      assertThat(last[2]).isEqualTo("张三");
      assertThat(last[3]).isEqualTo(LocalDate.of(2026, 1, 2));
      assertThat(last[4]).isEqualTo("");
      assertThat(last[5]).isEqualTo(LocalDateTime.of(2026, 1, 2, 8, 30));
      assertThat(last[0]).isNull();
      assertThat(streamed.get(4)).containsExactly(null, 2L, null, null, null, null, null);
    }
  }

  @Test
  void onlyAResultOfTwoTextColumnsOrMoreIsPacked() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      PackedText packed = PackedText.of(c, "SELECT c, id, a FROM t WHERE id >= ? ORDER BY id");
      assertThat(packed).isNotNull();
      assertThat(packed.columns()).containsExactly("c", "id", "a");
      assertThat(packed.sql()).contains("AS q(c1, c2, c3)");
      assertThat(PackedText.of(c, "SELECT 1 AS i, 'a' AS s")).isNull();
      // not a query whose result is known before it runs: streamed as it is
      assertThat(PackedText.of(c, "SELECT * FROM no_such_table")).isNull();
    }
  }

  @Test
  void aPackedStringIsCutAtItsMarkers() {
    String[] into = new String[4];
    PackedText.unpack("\u001fa\u001e\u001f\u001f中文", into);
    assertThat(into).containsExactly("a", null, "", "中文");
    assertThatThrownBy(() -> PackedText.unpack("\u001fa", new String[2]))
        .isInstanceOf(IllegalStateException.class);
  }
}
