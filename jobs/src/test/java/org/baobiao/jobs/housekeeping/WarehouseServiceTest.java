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
}
