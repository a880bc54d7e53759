package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medrec upload} on the front-page fixture of golden/medrec-qc/october: the October upload
 * in the performance-assessment layout is compared line by line with the expected file (the two
 * stays without a blocking violation, personal fields masked), the refused list names the other two
 * with their rules, every run is audited, and personal values are written only under an approved
 * extraction request of the uploader (two approvers, since the identity number is sensitive), each
 * refusal and the upload in the request's trail.
 */
class MedrecUploadIT {
  private static final Path EXPECTED = Path.of("src/test/resources/golden/medrec-upload/october");

  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;

  @BeforeEach
  void load() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("medrec-qc/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    assertThat(
            cli.run("ingest", "--domain", "medrec", input.resolve("medrec").toString()).exitCode())
        .isEqualTo(3);
  }

  @Test
  void theUploadFileIsTheExpectedOneLineByLine() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run("medrec", "upload", "--period", "2026-10", "--out", out.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.out()).contains("430100003 2026年10月：上报 2 份，拒绝 2 份").contains("个人信息已脱敏");
    assertThat(r.out())
        .contains("上报版式 perf-assessment 2026.2")
        .contains("质控规则 code-lists 2026.1；national-required 2026.1；");
    assertSameLines(
        out.resolve("medrec-upload_430100003_2026-10.csv"), EXPECTED.resolve("upload.csv"));
    assertSameLines(
        out.resolve("medrec-upload_430100003_2026-10.refused.csv"),
        EXPECTED.resolve("refused.csv"));
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      List<Object[]> audit =
          w.query(
                  "SELECT kind, org_code, period, layout, layout_version, rows_written, rows_refused,"
                      + " personal, approval_ref, file_sha256 FROM extraction_audit",
                  Map.of())
              .rows();
      assertThat(audit).hasSize(1);
      assertThat(audit.get(0))
          .startsWith(
              "medrec-upload",
              "430100003",
              "2026-10",
              "perf-assessment",
              "2026.2",
              2L,
              2L,
              "MASKED",
              null);
      assertThat((String) audit.get(0)[9]).hasSize(64);
    }
  }

  @Test
  void personalValuesNeedAnApprovedRequestAndEveryRunIsAudited() throws IOException {
    Path out = dir.resolve("out");
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
            "绩效考核病案首页上报",
            "--period",
            "2026-10",
            "--unmasked",
            PERSONAL,
            "--basis",
            "国家三级公立医院绩效考核上报要求",
            "--submit");
    assertThat(created.exitCode()).as(created.out() + created.err()).isZero();
    Matcher m = Pattern.compile("已新建申请 (SQ-\\d{4}-\\d{4})（已提交）").matcher(created.out());
    assertThat(m.find()).as(created.out()).isTrue();
    String no = m.group(1);

    CliRunner.Result early =
        cli.run(
            "medrec",
            "upload",
            "--period",
            "2026-10",
            "--request",
            no,
            "--user",
            "李统计",
            "--out",
            out.toString());
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("当前状态为 已提交，只有已批准的申请可以用于输出个人信息原值");

    CliRunner.Result own = cli.run("request", "approve", no, "--user", "李统计");
    assertThat(own.exitCode()).isEqualTo(2);
    assertThat(own.err()).contains("申请人不能批准自己的申请");
    CliRunner.Result first = cli.run("request", "approve", no, "--user", "陈主任");
    assertThat(first.out()).as(first.err()).contains("含敏感个人信息字段，还须另一位审批人批准");
    CliRunner.Result second = cli.run("request", "approve", no, "--user", "王科长");
    assertThat(second.out()).as(second.err()).contains("已批准（批准人 陈主任、王科长）");

    CliRunner.Result other =
        cli.run(
            "medrec",
            "upload",
            "--period",
            "2026-10",
            "--request",
            no,
            "--user",
            "张三",
            "--out",
            out.toString());
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).contains("只有申请人 李统计 可以凭此申请上报");
    CliRunner.Result wider =
        cli.run(
            "medrec",
            "upload",
            "--period",
            "2026-Q4",
            "--request",
            no,
            "--user",
            "李统计",
            "--out",
            out.toString());
    assertThat(wider.exitCode()).isEqualTo(2);
    assertThat(wider.err()).contains("上报期间 2026-Q4 超出申请 " + no + " 批准的期间 2026-10");

    CliRunner.Result approved =
        cli.run(
            "medrec",
            "upload",
            "--period",
            "2026-10",
            "--request",
            no,
            "--user",
            "李统计",
            "--out",
            out.toString());
    assertThat(approved.exitCode()).as(approved.out() + approved.err()).isEqualTo(3);
    String upload =
        Files.readString(
            out.resolve("medrec-upload_430100003_2026-10.csv"), StandardCharsets.UTF_8);
    assertThat(upload).contains("张三丰").contains("湖南省长沙市芙蓉区五一大道1号");
    // Identity numbers in GB 11643 form: A001's lower-case check character upper-cased, A003's
    // 15-digit number upgraded to 18 characters; the warehouse keeps them as loaded.
    assertThat(upload)
        .contains(",43010219850512344X,")
        .contains(",430102198505123415,")
        .doesNotContain("43010219850512344x")
        .doesNotContain(",430102850512341,");
    cli.run("medrec", "upload", "--period", "2026-10", "--out", out.toString());
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      List<Object[]> audit =
          w.query(
                  "SELECT personal, approval_ref, approved_by FROM extraction_audit ORDER BY created_at, personal DESC",
                  Map.of())
              .rows();
      assertThat(audit).hasSize(2);
      assertThat(audit).anySatisfy(a -> assertThat(a).containsExactly("UNMASKED", no, "陈主任、王科长"));
      assertThat(audit).anySatisfy(a -> assertThat(a).containsExactly("MASKED", null, null));
      assertThat(
              w.query(
                      "SELECT action, actor FROM extraction_request_events WHERE request_no = :no"
                          + " ORDER BY seq",
                      Map.of("no", no))
                  .rows())
          .extracting(r -> r[0] + " " + r[1])
          .containsExactly(
              "新建 李统计",
              "提交 李统计",
              "拒绝 李统计",
              "拒绝 李统计",
              "批准 陈主任",
              "第二审批 王科长",
              "拒绝 张三",
              "拒绝 李统计",
              "病案上报 李统计");
      assertThat(
              w.query(
                      "SELECT id_number FROM medrec_front_pages WHERE record_no IN ('A001', 'A003')"
                          + " ORDER BY record_no",
                      Map.of())
                  .rows())
          .extracting(r -> r[0])
          .containsExactly("43010219850512344x", "430102850512341");
    }
  }

  @Test
  void aPeriodWithoutALayoutInForceIsRefused() {
    CliRunner.Result r =
        cli.run("medrec", "upload", "--period", "2025-10", "--out", dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("没有 2025-10-01 有效的上报版式 'perf-assessment'");
  }

  /** Every personal column of the perf-assessment layouts. */
  private static final String PERSONAL =
      "patient_name,id_number,phone,current_address,household_address,work_unit,work_phone,"
          + "contact_name,contact_address,contact_phone";

  private static void assertSameLines(Path actual, Path expected) throws IOException {
    List<String> a = Files.readAllLines(actual, StandardCharsets.UTF_8);
    List<String> e = Files.readAllLines(expected, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
      assertThat(i < a.size() ? a.get(i) : null)
          .as("%s line %d", actual.getFileName(), i + 1)
          .isEqualTo(i < e.size() ? e.get(i) : null);
    }
  }
}
