package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.baobiao.jobs.housekeeping.ScheduleHealth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baobiao status} shows the console's failed schedules from the file the console writes into
 * the data folder (the console's own test, ScheduleIT, proves the console writes it).
 */
class StatusSchedulesIT {
  @TempDir Path dir;

  @Test
  void statusCountsTheConsolesFailedSchedules() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    Path input = Fixtures.copy("medrec-qc/october/input", dir.resolve("in"));
    CliRunner cli = new CliRunner(warehouse);
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    assertThat(cli.run("status").out()).contains("定时任务（控制台）: 此数据目录中没有控制台写入的定时任务状态");

    new ScheduleHealth(
            OffsetDateTime.parse("2026-12-01T06:00:05+08:00"),
            12,
            1,
            2,
            List.of("#12 ops-monthly 上月（2026-11）运行 #40：未知的医院机构代码 '449999999'"))
        .write(warehouse.getParent());
    CliRunner.Result r = cli.run("status");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("定时任务（控制台，2026-12-01 06:00:05 更新）: 共 12 个；最近一次运行失败的 1 个；近 30 天失败的运行 2 次")
        .contains("  失败: #12 ops-monthly 上月（2026-11）运行 #40：未知的医院机构代码 '449999999'");
    JsonNode json = new ObjectMapper().readTree(cli.run("status", "--json").out());
    assertThat(json.get("console_schedules").get("failing_schedules").asInt()).isEqualTo(1);
    assertThat(json.get("console_schedules").get("failed_runs_30d").asInt()).isEqualTo(2);
  }
}
