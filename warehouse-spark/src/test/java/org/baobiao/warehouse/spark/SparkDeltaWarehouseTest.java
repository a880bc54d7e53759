package org.baobiao.warehouse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.BatchStart;
import org.baobiao.warehouse.load.NewBatch;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.QueryResult;
import org.baobiao.warehouse.schema.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkDeltaWarehouseTest {
  @TempDir Path dir;

  @Test
  void migrationsCreateDeltaTablesOnceAndAReopenFindsThem() {
    int latest = Migrator.available().get(Migrator.available().size() - 1).version();
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      assertThat(w.schemaVersion()).isEqualTo(latest);
      assertThat(w.query("SELECT count(*) FROM tickets", Map.of()).single()).isEqualTo(0L);
    }
    assertThat(dir.resolve("tickets/_delta_log")).isDirectory();
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      assertThat(w.migrations()).hasSize(Migrator.available().size());
      assertThat(w.tableVersions()).containsKeys("tickets", "load_batches", "sla_results");
    }
  }

  @Test
  void aChunkWrittenTwiceIsStoredOnce() {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      BatchStart b =
          w.batches().begin(new NewBatch("reference", "hospitals", "h.csv", "abc", 10, "UTF-8"));
      assertThat(b.kind()).isEqualTo(BatchStart.Kind.NEW);
      long id = b.batch().batchId();
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {id, 2L, "441700001", "阳江市人民医院", null, "三级甲等", "阳江", "广东"});
      rows.add(new Object[] {id, 3L, "440100002", "广州某医院", "广某", "三级", null, "广东"});
      Reject reject = new Reject("h.csv", 4, "level", "九级", "BAD_CODE", "应为代码表中的值", "x,y");
      StagedChunk chunk = new StagedChunk(id, "stg_hospitals", 2, 4, rows, List.of(reject));
      w.writeChunk(chunk);
      w.writeChunk(chunk);
      assertThat(w.query("SELECT count(*) FROM stg_hospitals", Map.of()).single()).isEqualTo(2L);
      assertThat(w.query("SELECT count(*) FROM rejects", Map.of()).single()).isEqualTo(1L);
      QueryResult r =
          w.query(
              "SELECT name, city FROM stg_hospitals WHERE batch_id = :b ORDER BY source_line",
              Map.of("b", id));
      assertThat(r.rows().get(0)).containsExactly("阳江市人民医院", "阳江");
      assertThat(r.rows().get(1)[1]).isNull();
      assertThat(
              w.batches()
                  .begin(new NewBatch("reference", "hospitals", "h2.csv", "abc", 10, "UTF-8"))
                  .kind())
          .isEqualTo(BatchStart.Kind.RESUMED);
    }
  }

  @Test
  void valuesComeBackAsTheEngineIndependentJavaTypes() {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      QueryResult r =
          w.query(
              "SELECT CAST(:t AS TIMESTAMP) AS t, CAST(:d AS DATE) AS d,"
                  + " CAST(:m AS DECIMAL(18, 2)) AS m, CAST(7 AS INT) AS i, :s AS s, 1.5D AS x",
              Map.of(
                  "t",
                  LocalDateTime.of(2026, 10, 1, 8, 30),
                  "d",
                  LocalDate.of(2026, 10, 1),
                  "m",
                  new BigDecimal("12.50"),
                  "s",
                  "甲'乙"));
      assertThat(r.columns()).containsExactly("t", "d", "m", "i", "s", "x");
      assertThat(r.rows().get(0))
          .containsExactly(
              LocalDateTime.of(2026, 10, 1, 8, 30),
              LocalDate.of(2026, 10, 1),
              new BigDecimal("12.50"),
              7L,
              "甲'乙",
              1.5);
    }
  }

  @Test
  void replaceRowsReplacesOnlyTheMatchingRowsInOneCommit() {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
      List<Object[]> a = rows(run("HT-A", now), run("HT-A", now));
      List<Object[]> b = rows(run("HT-B", now));
      w.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "HT-A"), a);
      w.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "HT-B"), b);
      w.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "HT-A"), rows(run("HT-A", now)));
      QueryResult r =
          w.query(
              "SELECT contract_id, count(*) FROM sla_runs GROUP BY contract_id ORDER BY 1",
              Map.of());
      assertThat(r.rows()).hasSize(2);
      assertThat(r.rows().get(0)).containsExactly("HT-A", 1L);
      assertThat(r.rows().get(1)).containsExactly("HT-B", 1L);
      assertThatThrownBy(
              () ->
                  w.replaceRows(
                      "sla_runs", "contract_id = :c", Map.of("c", "HT-C"), rows(run("HT-A", now))))
          .isInstanceOf(WarehouseException.class)
          .hasMessageContaining("sla_runs");
    }
  }

  @Test
  void publishStyleMergeWithParametersUpserts() {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      w.inTransaction(
          s -> {
            s.update(
                "INSERT INTO stg_hospitals VALUES (7, 2, 'H1', '一院', NULL, '三级', NULL, NULL),"
                    + " (7, 3, 'H2', '二院', NULL, '二级', NULL, NULL)",
                Map.of());
            for (int i = 0; i < 2; i++) {
              s.update(
                  "MERGE INTO hospitals t USING (SELECT org_code, name, short_name, level, city,"
                      + " province, batch_id FROM stg_hospitals WHERE batch_id = :batch_id) s"
                      + " ON t.org_code = s.org_code WHEN MATCHED THEN UPDATE SET name = s.name,"
                      + " short_name = s.short_name, level = s.level, city = s.city,"
                      + " province = s.province, batch_id = s.batch_id WHEN NOT MATCHED THEN"
                      + " INSERT (org_code, name, short_name, level, city, province, batch_id)"
                      + " VALUES (s.org_code, s.name, s.short_name, s.level, s.city, s.province,"
                      + " s.batch_id)",
                  Map.of("batch_id", 7L));
            }
          });
      assertThat(w.query("SELECT count(*) FROM hospitals", Map.of()).single()).isEqualTo(2L);
    }
  }

  @Test
  void asOfReadsEveryTableAsItWasAndIsReadOnly() throws Exception {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
      w.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "HT-A"), rows(run("HT-A", now)));
      long version =
          (Long)
              w.session()
                  .sql("DESCRIBE HISTORY sla_runs")
                  .selectExpr("max(version)")
                  .collectAsList()
                  .get(0)
                  .get(0);
      Thread.sleep(1100); // Delta commit timestamps have millisecond precision; keep them apart
      String between = LocalDateTime.now().withNano(0).toString().replace('T', ' ');
      Thread.sleep(1100);
      w.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "HT-B"), rows(run("HT-B", now)));

      assertThat(w.query("SELECT count(*) FROM sla_runs", Map.of()).single()).isEqualTo(2L);
      var then = w.asOf(between);
      assertThat(then.query("SELECT contract_id FROM sla_runs", Map.of()).rows())
          .extracting(r -> r[0])
          .containsExactly("HT-A");
      assertThat(then.query("SELECT count(*) FROM tickets", Map.of()).single()).isEqualTo(0L);
      assertThatThrownBy(
              () -> then.replaceRows("sla_runs", "contract_id = :c", Map.of("c", "X"), rows()))
          .hasMessageContaining("只读");
      // The current warehouse is unaffected by the time-travel session.
      assertThat(w.query("SELECT count(*) FROM sla_runs", Map.of()).single()).isEqualTo(2L);
      assertThat(version).isPositive();
      assertThatThrownBy(() -> w.asOf("上周")).hasMessageContaining("--as-of");
    }
  }

  private static List<Object[]> rows(Object[]... rows) {
    return List.of(rows);
  }

  private static Object[] run(String contract, LocalDateTime now) {
    return new Object[] {contract, 1, "合同", "441700001", now, 3L, 4L, "批次 1", now};
  }
}
