package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mch upload} through the command line on the fixture of golden/mch-upload/year-2026: the
 * statistical year's birth upload masked, refused records with exit code 3, and the mother's name
 * and ID number as they are only under an approved request of the mch domain, each check in the
 * request's trail.
 */
class MchUploadIT {
  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;

  @BeforeEach
  void load() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("mch-upload/year-2026/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    assertThat(cli.run("ingest", "--domain", "mch", input.resolve("mch").toString()).exitCode())
        .isZero();
  }

  @Test
  void theYearsBirthUploadIsMaskedAndItsRefusalsGiveExitCode3() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run(
            "mch",
            "upload",
            "--period",
            "2026",
            "--layout",
            "gd-mch-birth",
            "--out",
            out.toString());

    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.out())
        .contains("上报版式 gd-mch-birth 2026.1（广东省妇幼健康信息平台 分娩及出生登记上传）；质控规则 ")
        .contains("441700001 2026统计年度（2025年10月1日至2026年9月30日）：上报 3 份，拒绝 2 份")
        .contains("个人信息已脱敏");
    Path expected = Path.of("src/test/resources/golden/mch-upload/year-2026/upload");
    assertThat(out.resolve("mch-upload_gd-mch-birth_441700001_2026.csv"))
        .hasSameBinaryContentAs(expected.resolve("gd-mch-birth.csv"));
    assertThat(out.resolve("mch-upload_gd-mch-birth_441700001_2026.refused.csv"))
        .hasSameBinaryContentAs(expected.resolve("gd-mch-birth.refused.csv"));
  }

  @Test
  void theMothersNameAndIdNumberNeedAnApprovedMchRequest() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result created =
        cli.run(
            "request",
            "new",
            "--user",
            "李统计",
            "--extract",
            "mch-maternal-records",
            "--department",
            "保健部",
            "--purpose",
            "上报",
            "--purpose-text",
            "省妇幼平台分娩登记上报",
            "--period",
            "2026",
            "--unmasked",
            "name,id_number,birth_certificate",
            "--basis",
            "广东省妇幼健康信息平台上报要求",
            "--submit");
    assertThat(created.exitCode()).as(created.out() + created.err()).isZero();
    Matcher m = Pattern.compile("已新建申请 (SQ-\\d{4}-\\d{4})（已提交）").matcher(created.out());
    assertThat(m.find()).as(created.out()).isTrue();
    String no = m.group(1);
    String[] upload = {
      "mch",
      "upload",
      "--period",
      "2026",
      "--layout",
      "gd-mch-birth",
      "--request",
      no,
      "--user",
      "李统计",
      "--out",
      out.toString()
    };

    CliRunner.Result early = cli.run(upload);
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("当前状态为 已提交，只有已批准的申请可以用于输出个人信息原值");
    assertThat(cli.run("request", "approve", no, "--user", "陈主任").exitCode()).isZero();
    assertThat(cli.run("request", "approve", no, "--user", "王科长").exitCode()).isZero();

    // the registration layout also writes phone and address, which the approval does not name
    CliRunner.Result registrations =
        cli.run(
            "mch",
            "upload",
            "--period",
            "2026",
            "--layout",
            "gd-mch-registration",
            "--request",
            no,
            "--user",
            "李统计",
            "--out",
            out.toString());
    assertThat(registrations.exitCode()).isEqualTo(2);
    assertThat(registrations.err()).contains("批准的原值字段不含上报版式中的个人信息字段 address、phone");

    CliRunner.Result approved = cli.run(upload);
    assertThat(approved.exitCode()).as(approved.out() + approved.err()).isEqualTo(3);
    assertThat(approved.out()).contains("个人信息为原值（批准编号 " + no + "，批准人 陈主任、王科长）");
    assertThat(
            Files.readString(
                out.resolve("mch-upload_gd-mch-birth_441700001_2026.csv"), StandardCharsets.UTF_8))
        .contains(",林晓燕,44170219900101002X,");
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query(
                      "SELECT action FROM extraction_request_events WHERE request_no = :no"
                          + " ORDER BY seq",
                      Map.of("no", no))
                  .rows())
          .extracting(r -> r[0])
          .containsExactly("新建", "提交", "拒绝", "批准", "第二审批", "拒绝", "妇幼上报");
      assertThat(
              w.query(
                      "SELECT kind, personal, approval_ref FROM extraction_audit"
                          + " WHERE kind = 'mch-upload'",
                      Map.of())
                  .rows())
          .singleElement()
          .satisfies(a -> assertThat(a).containsExactly("mch-upload", "UNMASKED", no));
    }
  }

  @Test
  void anApprovalOfOtherMchDataDoesNotOpenTheBirthUpload() {
    CliRunner.Result created =
        cli.run(
            "request",
            "new",
            "--user",
            "李统计",
            "--extract",
            "thal-screening",
            "--department",
            "保健部",
            "--purpose",
            "上报",
            "--purpose-text",
            "地贫筛查上报",
            "--period",
            "2026",
            "--unmasked",
            "name,id_number",
            "--basis",
            "上报要求",
            "--submit");
    Matcher m = Pattern.compile("已新建申请 (SQ-\\d{4}-\\d{4})").matcher(created.out());
    assertThat(m.find()).as(created.out() + created.err()).isTrue();
    assertThat(cli.run("request", "approve", m.group(1), "--user", "陈主任").exitCode()).isZero();
    assertThat(cli.run("request", "approve", m.group(1), "--user", "王科长").exitCode()).isZero();
    CliRunner.Result r =
        cli.run(
            "mch",
            "upload",
            "--period",
            "2026",
            "--layout",
            "gd-mch-birth",
            "--request",
            m.group(1),
            "--user",
            "李统计",
            "--out",
            dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "提取的是「地贫筛查与基因检测」；上报版式 gd-mch-birth（广东省妇幼健康信息平台 分娩及出生登记上传）须引用提取目录 mch-maternal-records 的申请");
    assertThat(dir.resolve("o").resolve("mch-upload_gd-mch-birth_441700001_2026.csv"))
        .doesNotExist();
  }

  @Test
  void aFrontPageRequestDoesNotOpenAnMchUpload() {
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
            "上报",
            "--purpose-text",
            "上报",
            "--period",
            "2026-10",
            "--unmasked",
            "patient_name",
            "--basis",
            "上报要求",
            "--submit");
    Matcher m = Pattern.compile("已新建申请 (SQ-\\d{4}-\\d{4})").matcher(created.out());
    assertThat(m.find()).as(created.out() + created.err()).isTrue();
    CliRunner.Result r =
        cli.run(
            "mch",
            "upload",
            "--period",
            "2026-Q3",
            "--layout",
            "gd-mch-birth",
            "--request",
            m.group(1),
            "--user",
            "李统计",
            "--out",
            dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("不是妇幼数据；妇幼上报须引用妇幼（mch）数据的提取申请");
  }
}
