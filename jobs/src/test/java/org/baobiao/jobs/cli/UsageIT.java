package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors exit with 2 and say in Chinese what was wrong; --help works on every command. */
class UsageIT {
  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir.resolve("data/warehouse.duckdb"));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "demo", "generate", "ingest", "report", "reports", "status", "maintain", "acceptance"
        }) {
      CliRunner.Result r = cli().run(command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: baobiao " + command);
    }
  }

  @Test
  void badValuesAreUsageErrors() {
    CliRunner.Result period = cli().run("report", "ops-monthly", "--period", "2026-13");
    assertThat(period.exitCode()).isEqualTo(2);
    assertThat(period.err()).contains("用法错误").contains("2026-13").contains("2026-Q3");

    CliRunner.Result missing = cli().run("report", "ops-monthly");
    assertThat(missing.exitCode()).isEqualTo(2);

    CliRunner.Result engine = cli().run("--engine", "spark", "status");
    assertThat(engine.exitCode()).isEqualTo(2);
    assertThat(engine.err()).contains("引擎 'spark' 不可用").contains("duckdb");

    CliRunner.Result report = cli().run("report", "no-such", "--period", "2026-10");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.err()).contains("no-such").contains("ops-monthly");

    CliRunner.Result domain = cli().run("ingest", "--domain", "nope", dir.toString());
    assertThat(domain.exitCode()).isEqualTo(2);
    assertThat(domain.err()).contains("未知的数据域").contains("tickets");
  }

  @Test
  void timeTravelAndRemoteFilesAreRefusedPlainlyOnDuckDbAndMaintenanceKeepsAWeek() {
    CliRunner.Result asOf =
        cli().run("report", "ops-monthly", "--period", "2026-10", "--as-of", "2026-11-01 08:00:00");
    assertThat(asOf.exitCode()).isEqualTo(2);
    assertThat(asOf.err()).contains("duckdb 引擎只保存数据的当前状态").contains("--engine spark");

    CliRunner.Result remote =
        cli().run("ingest", "--domain", "tickets", "hdfs://namenode:8020/baobiao/tickets");
    assertThat(remote.exitCode()).isEqualTo(2);
    assertThat(remote.err())
        .contains("hdfs://namenode:8020/baobiao/tickets")
        .contains("--engine spark");

    CliRunner.Result tooShort = cli().run("maintain", "--retain-hours", "24");
    assertThat(tooShort.exitCode()).isEqualTo(2);
    assertThat(tooShort.err()).contains("至少 168 小时");

    CliRunner.Result maintain = cli().run("maintain");
    assertThat(maintain.exitCode()).as(maintain.err()).isZero();
    assertThat(maintain.out()).contains("CHECKPOINT");
  }

  @Test
  void theReportsCommandListsTheCatalogWithParameters() {
    CliRunner.Result r = cli().run("reports");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("ops-monthly")
        .contains("运维工单月报")
        .contains("--period")
        .contains("--hospital");
  }
}
