package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration folder end to end: an edited contract term changes the verdicts and the report
 * names its version; a 2027 ticket cannot be evaluated until the 2027 holiday file is dropped in.
 * The folder is the default one, {@code conf/} beside the test's {@code data/}.
 */
class ConfigFolderIT {
  /** Test data in the shape of a notice; not the State Council's real 2027 arrangements. */
  private static final String YEAR_2027 =
      """
      # 国务院办公厅关于2027年部分节假日安排的通知（测试数据）
      date,kind,name
      2027-01-01,HOLIDAY,元旦
      2027-01-02,HOLIDAY,元旦
      2027-01-03,HOLIDAY,元旦
      """;

  @TempDir Path dir;
  CliRunner cli;
  Path conf;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir.resolve("data/warehouse.duckdb"));
    conf = dir.resolve("conf");
  }

  private void ok(String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isIn(0, 3);
  }

  @Test
  void anEditedTermDecidesTheVerdictsAndTheReportNamesTheContractVersion() throws IOException {
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    ok("ingest", "--domain", "reference", input.resolve("reference").toString());
    ok("ingest", "--domain", "tickets", input.resolve("tickets").toString());
    ok("config", "init", "--kind", "contracts");
    Path contract = conf.resolve("contracts/HT-2025-000.yaml");
    String text = Files.readString(contract);
    String edited =
        text.replace("version: 1", "version: 2")
            .replaceFirst(
                "rule: 电话报障1小时内反馈\n(\\s+)when: \\{channel: \\[PHONE]}\n(\\s+)target: \\{amount: 1, unit: hours}",
                "rule: 电话报障15分钟内反馈\n$1when: {channel: [PHONE]}\n$2target: {amount: 15, unit: minutes}");
    assertThat(edited).contains("target: {amount: 15, unit: minutes}");
    Files.writeString(contract, edited);

    CliRunner.Result check = cli.run("config", "check");
    assertThat(check.exitCode()).as(check.out()).isZero();
    CliRunner.Result eval = cli.run("sla", "evaluate", "--hospital", "441700001");
    assertThat(eval.exitCode()).as(eval.out() + eval.err()).isZero();
    assertThat(eval.out()).contains("合同 HT-2025-000 第 2 版");

    Path out = dir.resolve("out");
    CliRunner.Result report =
        cli.run(
            "report",
            "sla-compliance",
            "--period",
            "2026-10",
            "--hospital",
            "441700001",
            "--format",
            "csv",
            "--out",
            out.toString());
    assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
    List<Path> csvs;
    try (var files = Files.walk(out)) {
      csvs = files.filter(p -> p.toString().endsWith(".csv")).toList();
    }
    String all = String.join("\n", csvs.stream().map(ConfigFolderIT::read).toList());
    assertThat(all).contains("HT-2025-000,2,");
    // T1 answered in 10 min: met; T2 in 30 min: now over the 15-minute goal
    assertThat(all)
        .contains("T1,报障反馈,1,3,PHONE,电话报障15分钟内反馈,15 分钟")
        .containsPattern("T2,报障反馈,1,2,PHONE,电话报障15分钟内反馈,15 分钟,[^\\n]*,超时,15.0");
  }

  @Test
  void a2027TicketEvaluatesOnceThe2027CalendarIsInTheFolder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path reference = Files.createDirectories(in.resolve("reference"));
    Files.writeString(
        reference.resolve("hospitals.csv"),
        "org_code,name,short_name,level,city,province\n"
            + "510181001,都江堰市玉垒人民医院,玉垒医院,二级甲等,都江堰市,四川省\n");
    Files.writeString(
        reference.resolve("systems.csv"),
        "org_code,system_code,name,category,contract_id\n510181001,HIS,医院信息系统,HIS,HT-2027-001\n");
    Path tickets = Files.createDirectories(in.resolve("tickets"));
    Files.writeString(
        tickets.resolve("ticket_events_2027.csv"),
        """
        org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,department,category,reporter,reporter_phone,engineer,note
        510181001,Y1,1,REPORTED,2027-01-04 10:00:00,3,PHONE,HIS,门诊部,CORRECTIVE,,,,报表修改
        510181001,Y1,2,ACKNOWLEDGED,2027-01-04 10:10:00,,,,,,,,王工,
        510181001,Y1,3,ON_SITE,2027-01-06 09:00:00,,,,,,,,王工,
        510181001,Y1,4,RESOLVED,2027-01-06 11:00:00,,,,,,,,王工,
        """);
    ok("ingest", "--domain", "reference", reference.toString());
    ok("ingest", "--domain", "tickets", tickets.toString());

    // a contract for 2027, added in the folder
    Path contracts = Files.createDirectories(conf.resolve("contracts"));
    String bundled =
        Files.readString(
            Path.of("../sla/src/main/resources/org/baobiao/sla/contracts/HT-2025-001.yaml"));
    Files.writeString(
        contracts.resolve("HT-2027-001.yaml"),
        bundled
            .replace("contract: HT-2025-001", "contract: HT-2027-001")
            .replace(
                "effective: {from: 2025-10-01, to: 2026-12-31}",
                "effective: {from: 2027-01-01, to: 2027-12-31}"));

    CliRunner.Result before = cli.run("sla", "evaluate", "--hospital", "510181001");
    assertThat(before.exitCode()).isEqualTo(1);
    assertThat(before.err())
        .contains("缺少 2027 年")
        .contains("cn-statutory-2027.csv")
        .contains(conf.resolve("calendars") + "/");

    Files.createDirectories(conf.resolve("calendars"));
    Files.writeString(conf.resolve("calendars/cn-statutory-2027.csv"), YEAR_2027);
    CliRunner.Result after = cli.run("sla", "evaluate", "--hospital", "510181001");
    assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
    assertThat(after.out()).contains("合同 HT-2027-001 第 1 版");

    CliRunner.Result explain =
        cli.run("sla", "explain", "--ticket", "Y1", "--hospital", "510181001");
    assertThat(explain.exitCode()).as(explain.out() + explain.err()).isZero();
    // three working days from Monday 10:00, same time of day: Thursday 2027-01-07 10:00
    assertThat(explain.out()).contains("三级问题3个工作日内到达").contains("2027-01-07 10:00");
  }

  @Test
  void aMissingYearOrABrokenContractFailsThatContractOnly() throws IOException {
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    ok("ingest", "--domain", "reference", input.resolve("reference").toString());
    ok("ingest", "--domain", "tickets", input.resolve("tickets").toString());
    Path contracts = Files.createDirectories(conf.resolve("contracts"));
    String bundled =
        Files.readString(
            Path.of("../sla/src/main/resources/org/baobiao/sla/contracts/HT-2025-001.yaml"));
    // a 2023 contract of the same hospital (no 2023 notice is bundled) with a ticket in 2023
    Files.writeString(
        contracts.resolve("HT-2023-001.yaml"),
        bundled
            .replace("contract: HT-2025-001", "contract: HT-2023-001")
            .replace("org_code: \"510181001\"", "org_code: \"441700001\"")
            .replace(
                "effective: {from: 2025-10-01, to: 2026-12-31}",
                "effective: {from: 2023-01-01, to: 2023-12-31}"));
    Path tickets = Files.createDirectories(dir.resolve("in2023"));
    Files.writeString(
        tickets.resolve("ticket_events_2023.csv"),
        "org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,department,"
            + "category,reporter,reporter_phone,engineer,note\n"
            + "441700001,Y1,1,REPORTED,2023-03-06 10:00:00,3,PHONE,S01,门诊部,CORRECTIVE,,,,报表修改\n");
    ok("ingest", "--domain", "tickets", tickets.toString());
    // and a typo in another contract
    String broken =
        Files.readString(
                Path.of("../sla/src/main/resources/org/baobiao/sla/contracts/HT-2025-003.yaml"))
            .replaceFirst("kind: ALWAYS", "kind: ALLWAYS");
    Files.writeString(contracts.resolve("HT-2025-003.yaml"), broken);

    CliRunner.Result eval = cli.run("sla", "evaluate");

    assertThat(eval.exitCode()).as(eval.out() + eval.err()).isEqualTo(1);
    assertThat(eval.out()).contains("合同 HT-2025-000 第 1 版").contains("合同 HT-2025-004 第 1 版");
    assertThat(eval.err())
        .contains("以下 2 个合同未能计算")
        .contains("合同 HT-2025-003: 合同条款文件有 1 处错误")
        .containsPattern("HT-2025-003.yaml:\\d+:\\d+ calendars\\.\\w+\\.kind: 'ALLWAYS'")
        .contains("合同 HT-2023-001: 缺少 2023 年")
        .contains("需补充或修正的文件: " + conf.resolve("calendars") + "/cn-statutory-2023.csv")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    CliRunner.Result report =
        cli.run(
            "report",
            "sla-compliance",
            "--period",
            "2026-10",
            "--hospital",
            "441700001",
            "--format",
            "csv",
            "--out",
            dir.resolve("out").toString());
    assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
  }

  @Test
  void aCalendarFileWithoutItsNoticeLineGivesFileAndLineNotAStackTrace() throws IOException {
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    ok("ingest", "--domain", "reference", input.resolve("reference").toString());
    ok("ingest", "--domain", "tickets", input.resolve("tickets").toString());
    Files.createDirectories(conf.resolve("calendars"));
    Files.writeString(
        conf.resolve("calendars/cn-statutory-2027.csv"),
        YEAR_2027.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")));

    CliRunner.Result eval = cli.run("sla", "evaluate", "--hospital", "441700001");

    assertThat(eval.exitCode()).isEqualTo(1);
    assertThat(eval.err())
        .contains("cn-statutory-2027.csv:1")
        .doesNotContain("ExceptionInInitializerError")
        .doesNotContain("\tat ");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
