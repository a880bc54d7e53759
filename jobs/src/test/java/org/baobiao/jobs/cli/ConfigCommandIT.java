package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config check|list|init} on a configuration folder, from the command line. */
class ConfigCommandIT {
  @TempDir Path dir;

  private CliRunner.Result run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = dir.resolve("conf").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new CliRunner(dir.resolve("data/warehouse.duckdb")).run(all);
  }

  @Test
  void anEmptyFolderChecksCleanWithTheBundledFiles() {
    CliRunner.Result r = run("config", "check");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("配置目录: " + dir.resolve("conf"))
        .contains("✓ 合同条款（contracts/）：内置 5，配置目录 0")
        .contains("✓ 法定节假日安排（calendars/）：内置 3，配置目录 0")
        .contains("✓ 数据提取目录（extracts/）：内置 8，配置目录 0")
        .contains("配置无误。");
  }

  @Test
  void initCopiesTheBundledFilesOutAndNeverOverwrites() throws IOException {
    CliRunner.Result first = run("config", "init");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path conf = dir.resolve("conf");
    assertThat(conf.resolve("contracts/HT-2025-001.yaml")).exists();
    assertThat(conf.resolve("calendars/cn-statutory-2026.csv")).exists();
    assertThat(conf.resolve("qc-rules/logic.yaml")).exists();
    assertThat(conf.resolve("layouts/perf-assessment-2026-2.yaml")).exists();
    assertThat(conf.resolve("reports/ops-monthly/report.yaml")).exists();
    assertThat(conf.resolve("reports/ops-monthly/layout.jrxml")).exists();
    assertThat(conf.resolve("reports/ops-monthly/summary.sql")).exists();
    // SQL that reports share is copied once, into reports/_shared/, not into each report.
    assertThat(conf.resolve("reports/_shared/gap_days.sql")).exists();
    assertThat(conf.resolve("reports/_shared/free_days.sql")).exists();
    assertThat(conf.resolve("reports/interface-exchange/gap_days.sql")).doesNotExist();
    assertThat(conf.resolve("reports/ops-annual/free_days.sql")).doesNotExist();
    assertThat(conf.resolve("reports/ops-annual/interface_gaps.sql")).exists();
    assertThat(first.out()).doesNotContain("已存在，未覆盖");
    assertThat(conf.resolve("sources")).isDirectory();
    assertThat(conf.resolve("extracts/medrec-front-pages.yaml")).exists();
    assertThat(conf.resolve("extracts/medrec-front-pages.sql")).exists();
    assertThat(conf.resolve("code-lists/sensitive-diagnoses.yaml")).exists();

    Files.writeString(
        conf.resolve("contracts/HT-2025-001.yaml"),
        "# mine\n",
        java.nio.file.StandardOpenOption.APPEND);
    CliRunner.Result again = run("config", "init");
    assertThat(again.out()).contains("个已存在，未覆盖");
    assertThat(Files.readString(conf.resolve("contracts/HT-2025-001.yaml"))).endsWith("# mine\n");

    CliRunner.Result check = run("config", "check");
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out())
        .contains("合同条款（contracts/）：内置 0，配置目录 5")
        .contains("数据提取目录（extracts/）：内置 0，配置目录 8");
  }

  @Test
  void listNamesEachItemsOriginAndVersion() throws IOException {
    Path contracts = Files.createDirectories(dir.resolve("conf/contracts"));
    Files.writeString(
        contracts.resolve("HT-2025-001.yaml"),
        Files.readString(
                Path.of("../sla/src/main/resources/org/baobiao/sla/contracts/HT-2025-001.yaml"))
            .replace("version: 1", "version: 3"));
    CliRunner.Result r = run("config", "list");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern(
            "HT-2025-001 +第 3 版 .*\\[配置目录\\] "
                + java.util.regex.Pattern.quote(contracts.resolve("HT-2025-001.yaml").toString()))
        .containsPattern("HT-2025-002 +第 1 版 .*\\[内置\\] 内置 contracts/HT-2025-002.yaml")
        .containsPattern("2026 +国务院办公厅关于2026年部分节假日安排的通知")
        .containsPattern("ops-monthly +第 1 版 +运维工单月报 +\\[内置\\]")
        .contains("perf-assessment")
        .containsPattern("medrec-front-pages +第 2 版 +病案首页及诊断（28 个字段） +\\[内置\\]")
        .containsPattern("medrec-diagnosis-counts +第 1 版 +出院患者诊断构成（汇总）")
        .containsPattern("sensitive-diagnoses +第 1 版 +敏感诊断（艾滋病、梅毒、精神障碍）（8 项） +\\[内置\\]");
  }

  @Test
  void aBrokenFileIsReportedWithFileLineAndFieldAndExitOne() throws IOException {
    Path contracts = Files.createDirectories(dir.resolve("conf/contracts"));
    String text =
        Files.readString(
                Path.of("../sla/src/main/resources/org/baobiao/sla/contracts/HT-2025-001.yaml"))
            .replaceFirst("unit: minutes}", "unit: minuets}");
    Files.writeString(contracts.resolve("HT-2025-001.yaml"), text);
    Files.createDirectories(dir.resolve("conf/contract"));
    Path calendars = Files.createDirectories(dir.resolve("conf/calendars"));
    Files.writeString(calendars.resolve("holidays-2027.csv"), "date,kind,name\n");
    CliRunner.Result r = run("config", "check");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("✗ 合同条款（contracts/）")
        .contains(contracts.resolve("HT-2025-001.yaml") + ":")
        .contains("minuets")
        .contains("是否应为 contracts？")
        .contains(
            calendars.resolve("holidays-2027.csv") + ": 文件名应为 cn-statutory-<年份>.csv，此文件不会被读取");
    assertThat(r.err()).contains("配置有 3 处问题");
  }
}
