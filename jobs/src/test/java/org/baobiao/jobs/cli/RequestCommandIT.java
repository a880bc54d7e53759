package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code request …} end to end from the command line on the front-page fixture: a CSV request of
 * the October stays is created and submitted by one user, refused to its own requester, approved by
 * another, run, downloaded three times (masked, stamped), and then refused as expired; the trail
 * lists every step with who did it and from where.
 */
class RequestCommandIT {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void load() {
    cli = new CliRunner(dir.resolve("data/warehouse.duckdb"));
    Path input = Fixtures.copy("medrec-qc/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    cli.run("ingest", "--domain", "medrec", input.resolve("medrec").toString());
  }

  @Test
  void aRequestGoesFromDraftToExpiredWithEveryStepAudited() throws Exception {
    CliRunner.Result catalog = cli.run("request", "catalog");
    assertThat(catalog.out())
        .contains("medrec-front-pages  病案首页及诊断（第 2 版）")
        .contains("id_number  身份证号  [敏感个人信息，默认证件号保留前 6 位与后 4 位]");

    CliRunner.Result created =
        cli.run(
            "request",
            "new",
            "--user",
            "李统计",
            "--extract",
            "medrec-front-pages",
            "--department",
            "统计室",
            "--purpose",
            "质控",
            "--purpose-text",
            "十月外科病案抽查",
            "--fields",
            "record_no,patient_name,phone,discharge_dept,discharged_at",
            "--period",
            "2026-10",
            "--dept",
            "普通外科",
            "--format",
            "csv");
    assertThat(created.exitCode()).as(created.err()).isZero();
    Matcher m = Pattern.compile("已新建申请 (SQ-\\d{4}-\\d{4})（草稿）").matcher(created.out());
    assertThat(m.find()).as(created.out()).isTrue();
    String no = m.group(1);

    CliRunner.Result early = cli.run("request", "run", no, "--user", "李统计");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("尚未批准（当前状态：草稿），未经批准的申请不能提取数据");
    assertThat(cli.run("request", "submit", no, "--user", "李统计").out()).contains("已提交，等待审批");
    CliRunner.Result own = cli.run("request", "approve", no, "--user", "李统计");
    assertThat(own.exitCode()).isEqualTo(2);
    assertThat(own.err()).contains("申请人不能批准自己的申请（四眼原则，管理员也不例外）");
    assertThat(cli.run("request", "approve", no, "--user", "陈主任").out()).contains("已批准（批准人 陈主任）");

    CliRunner.Result run = cli.run("request", "run", no, "--user", "李统计");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("已交付：3 行").contains("最多 3 次");

    Path out = dir.resolve("dl");
    for (int i = 0; i < 3; i++) {
      CliRunner.Result dl =
          cli.run("request", "download", no, "--user", "李统计", "--out", out.toString());
      assertThat(dl.exitCode()).as(dl.err()).isZero();
    }
    String csv =
        Files.readString(out.resolve(no + "_medrec-front-pages.data.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("# 申请编号: " + no)
        .contains("# 批准人: 陈主任")
        .contains("# 脱敏处理: 病案号（假名）（按申请生成的假名（HMAC-SHA256））；姓名（姓名保留姓）；联系电话（电话保留前 3 位与后 4 位）")
        .contains("张**")
        .contains("138****0001")
        .doesNotContain("张三丰")
        .doesNotContain("13807310001");
    CliRunner.Result gone =
        cli.run("request", "download", no, "--user", "李统计", "--out", out.toString());
    assertThat(gone.exitCode()).isEqualTo(2);
    assertThat(gone.err()).contains("交付文件已过期并已删除（有效期 7 天、最多下载 3 次）；如仍需要数据请重新申请");
    assertThat(dir.resolve("data/requests/" + no)).doesNotExist();

    assertThat(cli.run("request", "list").out())
        .contains(no + "  已过期  medrec-front-pages  申请人 李统计（统计室）");
    CliRunner.Result show = cli.run("request", "show", no);
    assertThat(show.out())
        .containsPattern("新建  李统计（命令行@[^）]+）  草稿")
        .contains("拒绝  李统计")
        .contains("批准  陈主任")
        .containsPattern("交付  李统计.*已批准 → 已交付.*SHA-256 [0-9a-f]{64}")
        .contains("下载  李统计")
        .contains("过期  系统")
        .contains("下载次数已用完（3 次）；文件已删除");

    // The same trail through `audit`, for the year the commands ran in (their real clock).
    String year =
        String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
    Path auditCsv = dir.resolve("audit.csv");
    CliRunner.Result audit =
        cli.run("audit", "--period", year, "--request", no, "--csv", auditCsv.toString());
    assertThat(audit.exitCode()).as(audit.err()).isZero();
    assertThat(audit.out())
        .contains("数据提取审计记录  期间 " + year)
        .containsPattern(
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  " + no + "  拒绝  李统计（命令行@[^）]+）  状态 草稿  提取：")
        .containsPattern(no + "  下载  李统计.*已交付 → 已交付  第 1 次，共 3 次  SHA-256 [0-9a-f]{64}")
        .containsPattern("合计 \\d+ 条记录，涉及 1 个申请编号；按操作：新建 1、拒绝 \\d+、提交 1、")
        .contains("下载 3 次");
    assertThat(Files.readString(auditCsv)).contains(no + ",过期,系统");
    CliRunner.Result approver = cli.run("audit", "--period", year, "--user", "陈主任");
    assertThat(approver.out()).contains("批准  陈主任").doesNotContain("下载  李统计");
    CliRunner.Result bad = cli.run("audit", "--period", "2026-13");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("格式不对");
    assertThat(cli.run("audit", "--period", "2001").out()).contains("期间内没有审计记录");
  }
}
