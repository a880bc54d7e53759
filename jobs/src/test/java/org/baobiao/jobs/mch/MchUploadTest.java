package org.baobiao.jobs.mch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.service.UploadRecords;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.warehouse.query.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mch upload} called on the service, on the hand-made fixture of golden/mch-upload/year-2026
 * (README.md there): six births of 441700001, one refused for a blocking violation (B02, MM-03),
 * one for a code without a mapping (B03, sex U), one on the statistical year's last day (B04, in)
 * and one on the next year's first day (B05, out). The birth upload and its refused list are
 * compared byte for byte with the expected files.
 */
class MchUploadTest {
  private static final Path EXPECTED = Path.of("src/test/resources/golden/mch-upload/year-2026");
  private static final String BIRTHS = "gd-mch-birth";

  @TempDir Path dir;

  @Test
  void theBirthUploadOfTheStatisticalYearIsMaskedAndListsWhatItRefused() throws Exception {
    try (ServiceFixture app = loaded()) {
      Path out = dir.resolve("out");
      MchUploadResult result =
          service(app)
              .upload(
                  new MchUploadRequest(
                      ReportPeriod.parse("2026"), "441700001", BIRTHS, out, null, "统计室 李四"));

      assertThat(result.period().start()).hasToString("2025-10-01");
      assertThat(result.period().end()).hasToString("2026-10-01");
      assertThat(result.anyRefused()).isTrue();
      UploadResult births = result.uploads().get(0);
      assertThat(result.uploads()).hasSize(1);
      assertThat(births.layout().version()).isEqualTo("2026.1");
      UploadResult.HospitalFile file = births.files().get(0);
      assertThat(file.outcome().file())
          .isEqualTo(out.resolve("mch-upload_gd-mch-birth_441700001_2026.csv"));
      assertThat(file.outcome().written()).isEqualTo(3);
      assertThat(file.outcome().refused()).isEqualTo(2);
      assertSameBytes(file.outcome().file(), "gd-mch-birth.csv");
      assertSameBytes(file.outcome().refusedFile(), "gd-mch-birth.refused.csv");

      String text = Files.readString(file.outcome().file(), StandardCharsets.UTF_8);
      assertThat(text).doesNotContainPattern("\\d{17}[0-9X]").doesNotContain("林晓燕", "何淑芬");
      // the statistical year's boundary: its last day in, the next year's first day out
      assertThat(text).contains(",B04,", "2026-09-30").doesNotContain("B05", "2026-10-01");

      QueryResult audit =
          app.warehouse()
              .query(
                  "SELECT * FROM extraction_audit WHERE audit_id = :id",
                  Map.of("id", file.auditId()));
      assertThat(audit.rows()).hasSize(1);
      Object[] row = audit.rows().get(0);
      Map<String, Object> expected =
          Map.ofEntries(
              Map.entry("kind", "mch-upload"),
              Map.entry("org_code", "441700001"),
              Map.entry("period", "2026"),
              Map.entry("layout", BIRTHS),
              Map.entry("layout_version", "2026.1"),
              Map.entry("rule_sets", births.ruleSets()),
              Map.entry("rows_written", 3L),
              Map.entry("rows_refused", 2L),
              Map.entry("personal", "MASKED"),
              Map.entry("requested_by", "统计室 李四"),
              Map.entry("file_path", file.outcome().file().toAbsolutePath().normalize().toString()),
              Map.entry("file_sha256", file.sha256()),
              Map.entry("created_at", LocalDateTime.of(2026, 12, 1, 10, 0)));
      expected.forEach(
          (column, value) -> assertThat(row[audit.column(column)]).as(column).isEqualTo(value));
      assertThat(row[audit.column("approval_ref")]).isNull();
    }
  }

  @Test
  void withAnApprovalTheMothersNameAndIdNumberAreWrittenAsTheyAre() throws Exception {
    try (ServiceFixture app = loaded()) {
      MchUploadResult result =
          service(app)
              .upload(
                  new MchUploadRequest(
                      ReportPeriod.parse("2026"),
                      null,
                      BIRTHS,
                      dir.resolve("out"),
                      new Approval("SQ-2026-0201", "保健部 王主任"),
                      "统计室 李四"));

      UploadResult.HospitalFile file = result.uploads().get(0).files().get(0);
      assertThat(Files.readAllLines(file.outcome().file()))
          .contains(
              "441700001,B01,G01,林晓燕,44170219900101002X,2026-04-10,39,1,1,1,1,3300,R440000001");
      Map<String, Object> id = Map.of("id", file.auditId());
      assertThat(
              app.warehouse()
                  .query(
                      "SELECT personal || ' ' || approval_ref || ' ' || approved_by"
                          + " FROM extraction_audit WHERE audit_id = :id",
                      id)
                  .single())
          .isEqualTo("UNMASKED SQ-2026-0201 保健部 王主任");
    }
  }

  @Test
  void withoutALayoutEveryMchLayoutInForceIsWrittenAndAudited() throws Exception {
    try (ServiceFixture app = loaded()) {
      Path out = dir.resolve("out");
      MchUploadResult result =
          service(app)
              .upload(new MchUploadRequest(ReportPeriod.parse("2026"), null, null, out, null, "u"));

      assertThat(result.uploads())
          .extracting(u -> u.layout().id())
          .containsExactly(BIRTHS, "gd-mch-registration", "gd-mch-thal-screening");
      // registrations of the year: G02 on its first day, G03, G04, G05 (G01 and G06 before it)
      UploadResult.HospitalFile registrations = result.uploads().get(1).files().get(0);
      assertThat(registrations.outcome().written()).isEqualTo(4);
      assertThat(Files.readAllLines(registrations.outcome().file()))
          .hasSize(5)
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith("441700001,G02,P02,陈**,441702********0024,138****0002,"));
      // no screenings: a file with its header only, still audited
      assertThat(Files.readAllLines(result.uploads().get(2).files().get(0).outcome().file()))
          .singleElement()
          .satisfies(l -> assertThat(l).startsWith("JGDM,SCBH,"));
      assertThat(
              app.warehouse()
                  .query(
                      "SELECT count(*) FROM extraction_audit WHERE kind = 'mch-upload'", Map.of())
                  .single())
          .isEqualTo(3L);
    }
  }

  @Test
  void aFrontPageLayoutOrNoMchRecordsAreRefused() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      MchService mch = service(app);
      Path out = dir.resolve("out");
      assertThatThrownBy(
              () ->
                  mch.upload(
                      new MchUploadRequest(
                          ReportPeriod.parse("2026"), null, "perf-assessment", out, null, "u")))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有 2025-10-01 有效的妇幼上报版式 'perf-assessment'")
          .hasMessageContaining("gd-mch-birth 2026.1（2025-10-01 起）");
      assertThatThrownBy(
              () ->
                  mch.upload(
                      new MchUploadRequest(
                          ReportPeriod.parse("2026-Q3"), null, null, out, null, "u")))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("数据仓库中没有妇幼记录");
      assertThat(app.warehouse().query("SELECT count(*) FROM extraction_audit", Map.of()).single())
          .isEqualTo(0L);
    }
  }

  @Test
  void aUserLayoutReadingAnUnknownColumnIsRefusedWithFileAndLine() throws IOException {
    Path conf = dir.resolve("conf");
    Path layouts = Files.createDirectories(conf.resolve("layouts"));
    Files.writeString(
        layouts.resolve("city-birth.yaml"),
        "id: city-birth\nversion: \"1\"\ntitle: 市妇幼分娩上报\nrecord: mch_births\n"
            + "effective_from: 2026-01-01\nfields:\n"
            + "  - {code: CSBH, name: 出生编号, from: birth_id}\n"
            + "  - {code: MQNL, name: 母亲年龄, from: mother_age}\n"
            + "  - {code: XM, name: 姓名, from: nickname, of: registration}\n");

    assertThatThrownBy(() -> UploadLayouts.load(ConfigFolder.at(conf), UploadRecords.all()))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("city-birth.yaml:8:")
        .hasMessageContaining("字段 MQNL 的来源 'mother_age' 不是分娩及出生的列")
        .hasMessageContaining("city-birth.yaml:9:")
        .hasMessageContaining("字段 XM 的来源 'nickname' 不是孕产妇建册的列");
  }

  private ServiceFixture loaded() throws Exception {
    ServiceFixture app = ServiceFixture.in(dir);
    app.load("reference", "mch-upload/year-2026/input/reference");
    app.load("mch", "mch-upload/year-2026/input/mch");
    return app;
  }

  private static MchService service(ServiceFixture app) {
    return new MchService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK);
  }

  /** Byte for byte; on a difference the actual file is kept under target/ to compare. */
  private static void assertSameBytes(Path actual, String expected) throws IOException {
    byte[] a = Files.readAllBytes(actual);
    byte[] e = Files.readAllBytes(EXPECTED.resolve("upload").resolve(expected));
    if (!Arrays.equals(a, e)) {
      Path keep = Path.of("target/golden-actual/mch-upload/year-2026").resolve(expected);
      Files.createDirectories(keep.getParent());
      Files.write(keep, a);
    }
    assertThat(new String(a, StandardCharsets.UTF_8))
        .as(expected + " (actual kept under target/golden-actual/)")
        .isEqualTo(new String(e, StandardCharsets.UTF_8));
    assertThat(a).isEqualTo(e);
  }
}
