package org.baobiao.jobs.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.warehouse.load.LoadBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status and upkeep of the warehouse called directly. */
class WarehouseServiceTest {
  @TempDir Path dir;

  @Test
  void statusListsTheBatchesLoaded() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      WarehouseService service = new WarehouseService(app.warehouse());
      WarehouseStatus empty = service.status();
      assertThat(empty.engine()).isEqualTo("duckdb");
      assertThat(empty.batches()).isEmpty();
      assertThat(empty.schemaVersion()).isEqualTo(empty.migrations().size()).isPositive();

      app.load("reference", "ops-monthly/october/input/reference");

      WarehouseStatus loaded = service.status();
      assertThat(loaded.batches())
          .hasSize(3)
          .allSatisfy(b -> assertThat(b.domain()).isEqualTo("reference"))
          .extracting(LoadBatch::rowsLoaded)
          .allSatisfy(rows -> assertThat(rows).isPositive());
      assertThat(loaded.dataVersion().describe()).contains("1-3");
    }
  }

  @Test
  void maintenanceReportsItsStepsAndRefusesAShortRetention() {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      MaintenanceResult result =
          new WarehouseService(app.warehouse()).maintain(new MaintenanceRequest(168));
      assertThat(result.location()).isEqualTo(app.warehouse().location());
      assertThat(result.steps()).isNotEmpty();
    }
    assertThatThrownBy(() -> new MaintenanceRequest(24))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("--retain-hours 24 太短");
  }

  /** The rows behind the rejects' counts of the golden bad tickets file (IngestIT's list). */
  @Test
  void rejectsArePagedByDomainAndReasonWithTheirLinesAndMessages() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ingest/bad");
      WarehouseService service = new WarehouseService(app.warehouse());
      assertThat(service.status().rejects())
          .anySatisfy(
              c -> {
                assertThat(c.reasonCode()).isEqualTo("BAD_TIMESTAMP");
                assertThat(c.count()).isEqualTo(2);
              });

      RejectedRows first = service.rejects("tickets", "BAD_TIMESTAMP", 1, 1);
      assertThat(first.total()).isEqualTo(2);
      assertThat(first.pages()).isEqualTo(2);
      assertThat(first.rows()).hasSize(1);
      RejectedRows.Row row = first.rows().get(0);
      assertThat(row.line()).isEqualTo(3);
      assertThat(row.field()).isEqualTo("event_time");
      assertThat(row.value()).isEqualTo("2026-02-30 10:00:00");
      assertThat(row.message()).startsWith("应为");
      assertThat(row.sourceFile()).endsWith("ticket_events_bad.csv");
      assertThat(service.rejects("tickets", "BAD_TIMESTAMP", 2, 1).rows().get(0).line())
          .isEqualTo(14);
      assertThat(service.rejects("blood", "BAD_TIMESTAMP", 1, 10).total()).isZero();
      assertThatThrownBy(() -> service.rejects("tickets", "BAD_TIMESTAMP", 0, 10))
          .isInstanceOf(InvalidRequestException.class);
    }
  }
}
