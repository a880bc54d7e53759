package org.baobiao.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.BatchStart;
import org.baobiao.warehouse.load.BatchStatus;
import org.baobiao.warehouse.load.NewBatch;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseTest {
  @TempDir Path dir;

  private static final NewBatch FILE =
      new NewBatch("tickets", "ticket_events", "/in/a.csv", "abc123", 10, "UTF-8");

  private static Object[] event(long batch, long line, String ticket, int seq) {
    return new Object[] {
      batch,
      line,
      "441700001",
      ticket,
      seq,
      "REPORTED",
      LocalDateTime.of(2026, 10, 1, 9, 0),
      3,
      "PHONE",
      "S01",
      "信息科",
      null,
      null,
      null,
      null,
      null
    };
  }

  @Test
  void aTimestampParameterIsBoundAsWrittenWhateverTheJvmsZone() {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    // 02:30 on 2026-03-08 does not exist in New York: clocks go from 02:00 to 03:00
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      LocalDateTime t = LocalDateTime.of(2026, 3, 8, 2, 30, 0, 123_456_000);
      assertThat(w.query("SELECT CAST(CAST(:t AS TIMESTAMP) AS VARCHAR)", Map.of("t", t)).single())
          .isEqualTo("2026-03-08 02:30:00.123456");
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void migrationsAreAppliedOnceAndRecordedInTheFile() {
    Path file = dir.resolve("data/warehouse.duckdb");
    try (Warehouse w = Warehouses.open("duckdb", file)) {
      assertThat(w.schemaVersion()).isEqualTo(21);
      assertThat(w.migrations())
          .extracting(m -> m.description())
          .containsExactly(
              "foundation",
              "activities",
              "sla results",
              "sla obligations",
              "interfaces",
              "medrec",
              "extraction audit",
              "medrec stay results",
              "blood",
              "blood inventory",
              "medrec national fields",
              "medrec rule set versions",
              "mch thalassemia",
              "extraction requests",
              "sla day ends",
              "mch maternal",
              "mch child",
              "mch birth defects",
              "mch qc",
              "mch prenatal",
              "mch premarital");
    }
    assertThat(file).exists();
    assertThat(dir.resolve("data/.duckdb-extensions")).doesNotExist();
    try (Warehouse w = Warehouses.open("duckdb", file)) {
      assertThat(w.migrations()).hasSize(21);
      assertThat(w.query("SELECT count(*) FROM ticket_events", Map.of()).single()).isEqualTo(0L);
      assertThat(w.query("SELECT count(*) FROM activities", Map.of()).single()).isEqualTo(0L);
    }
  }

  @Test
  void unknownEngineNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Warehouses.open("spark", dir.resolve("w")))
        .isInstanceOf(WarehouseException.class)
        .hasMessageContaining("spark")
        .hasMessageContaining("duckdb");
  }

  @Test
  void sameContentIsAlreadyLoadedAndAFailedBatchResumesWithItsId() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      BatchStart first = w.batches().begin(FILE);
      assertThat(first.kind()).isEqualTo(BatchStart.Kind.NEW);
      w.batches().markFailed(first.batch().batchId(), "boom");
      assertThat(w.batches().find(first.batch().batchId()).orElseThrow().status())
          .isEqualTo(BatchStatus.FAILED);

      BatchStart again = w.batches().begin(FILE);
      assertThat(again.kind()).isEqualTo(BatchStart.Kind.RESUMED);
      assertThat(again.batch().batchId()).isEqualTo(first.batch().batchId());

      w.inTransaction(
          s ->
              s.update(
                  "UPDATE load_batches SET status = 'LOADED' WHERE batch_id = :id",
                  Map.of("id", first.batch().batchId())));
      assertThat(w.batches().begin(FILE).kind()).isEqualTo(BatchStart.Kind.ALREADY_LOADED);
      assertThat(w.dataVersion().batchIds()).containsExactly(first.batch().batchId());
    }
  }

  @Test
  void rewritingAChunkReplacesItsRowsAndRejectsInsteadOfDuplicating() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      long id = w.batches().begin(FILE).batch().batchId();
      Reject bad = new Reject("a.csv", 3, "severity", "4", "BAD_CODE", "应为 1、2、3", "x");
      StagedChunk chunk =
          new StagedChunk(
              id,
              "stg_ticket_events",
              2,
              4,
              List.of(event(id, 2, "T1", 1), event(id, 4, "T2", 1)),
              List.of(bad));
      w.writeChunk(chunk);
      w.writeChunk(chunk);
      assertThat(w.spooledRows("stg_ticket_events", id)).isEqualTo(2L);
      assertThat(w.query("SELECT count(*) FROM rejects", Map.of()).single()).isEqualTo(1L);
      // Publishing loads the spooled rows into the staging table; loading again replaces them.
      w.inTransaction(s -> s.loadStaged("stg_ticket_events", id));
      w.inTransaction(s -> s.loadStaged("stg_ticket_events", id));
      assertThat(w.query("SELECT count(*) FROM stg_ticket_events", Map.of()).single())
          .isEqualTo(2L);
    }
  }

  @Test
  void aChunkRetriedWithOtherBoundariesReplacesEveryChunkItCovers() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      long id = w.batches().begin(FILE).batch().batchId();
      w.writeChunk(chunk(id, 2, 3));
      w.writeChunk(chunk(id, 4, 5));
      w.writeChunk(chunk(id, 6, 7));
      // After a restart with a larger chunk size, lines 4-7 come again as one chunk.
      w.writeChunk(chunk(id, 4, 7));
      assertThat(w.spooledRows("stg_ticket_events", id)).isEqualTo(6L);
      w.inTransaction(s -> s.loadStaged("stg_ticket_events", id));
      assertThat(
              w.query(
                      "SELECT string_agg(CAST(source_line AS VARCHAR), ',' ORDER BY source_line)"
                          + " FROM stg_ticket_events",
                      Map.of())
                  .single())
          .isEqualTo("2,3,4,5,6,7");
      assertThat(w.spooledRows("stg_ticket_events", id)).as("loaded files are gone").isZero();
    }
  }

  @Test
  void stagedValuesSurviveTheSpoolExactly() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      long id = w.batches().begin(FILE).batch().batchId();
      LocalDateTime micros = LocalDateTime.of(2026, 10, 1, 8, 0, 5, 123_456_000);
      Object[] tricky = {
        id,
        2L,
        "4417",
        "T\"1\", a",
        1,
        "REPORTED",
        micros,
        3,
        "",
        "\\N",
        "多行\n文本\r\n",
        null,
        "中文，逗号",
        "0",
        "",
        null
      };
      w.writeChunk(
          new StagedChunk(id, "stg_ticket_events", 2, 2, List.<Object[]>of(tricky), List.of()));
      w.inTransaction(s -> s.loadStaged("stg_ticket_events", id));
      Object[] back = w.query("SELECT * FROM stg_ticket_events", Map.of()).rows().get(0);
      assertThat(back)
          .containsExactly(
              id,
              2L,
              "4417",
              "T\"1\", a",
              1L,
              "REPORTED",
              micros,
              3L,
              "",
              "\\N",
              "多行\n文本\r\n",
              null,
              "中文，逗号",
              "0",
              "",
              null);
    }
  }

  @Test
  void leftoverSpoolFilesOfAPublishedBatchAreRemovedOnOpen() throws Exception {
    Path file = dir.resolve("spool/warehouse.duckdb");
    long id;
    try (DuckDbWarehouse w = DuckDbWarehouse.open(file)) {
      id = w.batches().begin(FILE).batch().batchId();
      w.writeChunk(chunk(id, 2, 3));
      w.inTransaction(
          s ->
              s.update(
                  "UPDATE load_batches SET status = 'LOADED' WHERE batch_id = :id",
                  Map.of("id", id)));
    }
    assertThat(dir.resolve("spool/staging")).isNotEmptyDirectory();
    try (DuckDbWarehouse w = DuckDbWarehouse.open(file)) {
      assertThat(w.spooledRows("stg_ticket_events", id)).isZero();
    }
    assertThat(dir.resolve("spool/staging")).isEmptyDirectory();
  }

  private static StagedChunk chunk(long id, long first, long last) {
    List<Object[]> rows = new java.util.ArrayList<>();
    for (long line = first; line <= last; line++) {
      rows.add(event(id, line, "T" + line, 1));
    }
    return new StagedChunk(id, "stg_ticket_events", first, last, rows, List.of());
  }

  @Test
  void replaceRowsSwapsTheMatchingRowsOnlyAndIsIdempotent() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      w.inTransaction(s -> s.update("CREATE TABLE facts (k VARCHAR, v INTEGER)", Map.of()));
      w.replaceRows("facts", "k = :k", Map.of("k", "a"), List.<Object[]>of(new Object[] {"a", 1}));
      w.replaceRows("facts", "k = :k", Map.of("k", "b"), List.<Object[]>of(new Object[] {"b", 2}));
      List<Object[]> again = List.of(new Object[] {"a", 3}, new Object[] {"a", 4});
      w.replaceRows("facts", "k = :k", Map.of("k", "a"), again);
      w.replaceRows("facts", "k = :k", Map.of("k", "a"), again);
      assertThat(w.query("SELECT string_agg(k || v, ',' ORDER BY v) FROM facts", Map.of()).single())
          .isEqualTo("b2,a3,a4");
    }
  }

  @Test
  void aFailedTransactionLeavesNoAppendedRows() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      long id = w.batches().begin(FILE).batch().batchId();
      StagedChunk bad =
          new StagedChunk(
              id,
              "stg_ticket_events",
              2,
              2,
              List.of(event(id, 2, "T1", 1), new Object[] {id, 3L, new Object()}),
              List.of());
      assertThatThrownBy(() -> w.writeChunk(bad)).isInstanceOf(WarehouseException.class);
      assertThat(w.spooledRows("stg_ticket_events", id)).isZero();
      w.inTransaction(s -> s.loadStaged("stg_ticket_events", id));
      assertThat(w.query("SELECT count(*) FROM stg_ticket_events", Map.of()).single())
          .isEqualTo(0L);
    }
  }

  @Test
  void rowsAreAppendedToATemporaryTableNamedTempDotName() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      w.inTransaction(
          s -> {
            s.update("CREATE TEMP TABLE kept (k VARCHAR, v BIGINT)", Map.of());
            s.append("temp.kept", List.of(new Object[] {"a", 1L}, new Object[] {"b", 2L}));
            assertThat(
                    s.query("SELECT string_agg(k || v, ',' ORDER BY v) FROM temp.kept", Map.of())
                        .single())
                .isEqualTo("a1,b2");
          });
      // the table is the connection's: no table of the database has that name
      assertThat(
              w.query(
                      "SELECT count(*) FROM information_schema.tables WHERE table_name = 'kept'"
                          + " AND table_catalog = current_database()",
                      Map.of())
                  .single())
          .isEqualTo(0L);
    }
  }

  @Test
  void aTemporaryCopyHasTheTablesColumnsAndHoldsMoreThanOneRowGroup() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      w.inTransaction(
          s -> {
            s.createTemporaryCopy("stg_ticket_events", "temp.copy");
            s.update(
                "INSERT INTO temp.copy (batch_id, source_line, org_code)"
                    + " SELECT 1, range, 'x' FROM range(200000)",
                Map.of());
            assertThat(s.query("SELECT count(*) FROM temp.copy", Map.of()).single())
                .isEqualTo(200_000L);
          });
      assertThat(
              w.query(
                      "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY"
                          + " ordinal_position) FROM information_schema.columns WHERE table_name ="
                          + " :t",
                      Map.of("t", "copy"))
                  .single())
          .isEqualTo(
              w.query(
                      "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY"
                          + " ordinal_position) FROM information_schema.columns WHERE table_name ="
                          + " :t",
                      Map.of("t", "stg_ticket_events"))
                  .single());
    }
  }

  @Test
  void queriesBindNamedParametersAndReturnJavaTimeValues() throws Exception {
    Files.createDirectories(dir);
    try (DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("w.duckdb"))) {
      var r =
          w.query(
              "SELECT :t AS t, CAST(:d AS DATE) AS d, 1::INTEGER AS i, 'a:b' AS s",
              Map.of("t", LocalDateTime.of(2026, 2, 14, 8, 30), "d", "2026-02-14"));
      assertThat(r.columns()).containsExactly("t", "d", "i", "s");
      assertThat(r.rows().get(0)[0]).isEqualTo(LocalDateTime.of(2026, 2, 14, 8, 30));
      assertThat(r.rows().get(0)[1]).isEqualTo(java.time.LocalDate.of(2026, 2, 14));
      assertThat(r.rows().get(0)[2]).isEqualTo(1L);
      assertThat(r.rows().get(0)[3]).isEqualTo("a:b");
    }
  }
}
