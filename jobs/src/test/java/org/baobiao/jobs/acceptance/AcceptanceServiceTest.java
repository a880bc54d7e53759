package org.baobiao.jobs.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.jobs.acceptance.internal.Reproducible;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance pack of HT-2025-002 built on a real DuckDB warehouse loaded with a small fixture
 * (golden/acceptance/ht-2025-002, README there): twice with the same generation time, byte for byte
 * the same; a third time with another generation time, different.
 */
class AcceptanceServiceTest {
  private static final String FIXTURE = "acceptance/ht-2025-002/input/";
  private static final ReportPeriod TERM = ReportPeriod.parse("2025-10-20..2026-10-31");
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 5, 10, 0);

  @TempDir Path dir;

  @Test
  void theSamePackTwiceIsByteIdenticalAndAnotherTimeIsNot() throws Exception {
    try (ServiceFixture app = loaded()) {
      AcceptanceService service =
          new AcceptanceService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK);

      AcceptancePack one =
          service.build(new AcceptanceRequest("HT-2025-002", TERM, AT, dir.resolve("a")));
      AcceptancePack two =
          service.build(new AcceptanceRequest("HT-2025-002", TERM, AT, dir.resolve("b")));
      AcceptancePack three =
          service.build(
              new AcceptanceRequest("HT-2025-002", TERM, AT.plusHours(1), dir.resolve("c")));

      assertThat(one.zip().getFileName())
          .hasToString("acceptance_HT-2025-002_2025-10-20..2026-10-31.zip");
      byte[] a = Files.readAllBytes(one.zip());
      assertThat(Files.readAllBytes(two.zip())).isEqualTo(a);
      byte[] c = Files.readAllBytes(three.zip());
      assertThat(c).isNotEqualTo(a);
      Map<String, byte[]> first = unzip(a);
      Map<String, byte[]> third = unzip(c);
      // Every file carries the generation time, so every one differs, not only the manifest.
      for (String name : first.keySet()) {
        assertThat(third.get(name)).as(name).isNotEqualTo(first.get(name));
      }
      assertThat(Files.list(dir.resolve("a"))).containsExactly(one.zip());
    }
  }

  @Test
  void thePackHoldsEveryFileItsManifestAndItsCoverList() throws Exception {
    try (ServiceFixture app = loaded()) {
      AcceptancePack pack =
          new AcceptanceService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK)
              .build(new AcceptanceRequest("HT-2025-002", TERM, AT, dir.resolve("out")));

      // Kept for looking at (pdftoppm) after the run.
      Files.copy(
          pack.zip(),
          Path.of("target", pack.zip().getFileName().toString()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Map<String, byte[]> files = unzip(Files.readAllBytes(pack.zip()));
      assertThat(files.keySet())
          .containsExactly(
              PackFiles.COVER,
              PackFiles.SLA,
              PackFiles.EVIDENCE,
              PackFiles.TICKETS,
              PackFiles.CHANGES,
              PackFiles.MILESTONES,
              PackFiles.MANIFEST);
      String manifest = new String(files.get(PackFiles.MANIFEST), StandardCharsets.UTF_8);
      for (AcceptancePack.PackEntry e : pack.files()) {
        if (!e.name().equals(PackFiles.MANIFEST)) {
          assertThat(e.sha256()).isEqualTo(Reproducible.sha256Hex(files.get(e.name())));
          assertThat(manifest)
              .contains(
                  "\"name\": \""
                      + e.name()
                      + "\", \"bytes\": "
                      + e.bytes()
                      + ", \"sha256\": \""
                      + e.sha256()
                      + "\"");
        }
      }
      assertThat(manifest)
          .contains(
              "\"contract\": \"HT-2025-002\"",
              "\"contract_version\": 1",
              "\"acceptance_spec_version\": 1")
          .contains(
              "\"period\": \"2025-10-20..2026-10-31\"",
              "\"generated_at\": \"2026-11-05T10:00+08:00\"")
          .contains("\"data_version\": \"" + app.warehouse().dataVersion().describe() + "\"")
          .contains("\"data_as_of\": \"2026-10-31T10:00\"");

      String cover = text(files.get(PackFiles.COVER));
      for (String name : files.keySet()) {
        assertThat(cover).contains(name);
      }
      assertThat(cover)
          .contains("验收资料包", "HT-2025-002 第 1 版", "2026-11-05 10:00:00", "需人工确认", "不满足");
      assertEmbeddedFonts(files.get(PackFiles.COVER));
      assertEmbeddedFonts(files.get(PackFiles.MILESTONES));
      assertThat(text(files.get(PackFiles.SLA))).contains("服务级别达成报告", "2025年10月20日至2026年10月31日");

      String milestones = text(files.get(PackFiles.MILESTONES));
      assertThat(milestones)
          .contains("付款节点验收条件核对", "C2于 2026-10-22 10:00 上线，最早 2026-12-03 10:00 可申请验收")
          .contains("F2（处理中）");
    }
  }

  @Test
  void changesCarryTheirGoLiveAndThirtyWorkingDaysAcrossNationalDay() throws Exception {
    try (ServiceFixture app = loaded()) {
      AcceptancePack pack =
          new AcceptanceService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK)
              .build(new AcceptanceRequest("HT-2025-002", TERM, AT, dir.resolve("out")));
      Map<String, byte[]> files = unzip(Files.readAllBytes(pack.zip()));

      List<List<String>> changes = sheet(files.get(PackFiles.CHANGES), "修改调整");
      assertThat(changes.get(0))
          .startsWith("工单号", "系统", "类别", "提出时间", "上线时间", "可申请验收日（上线后30 个工作日）");
      // C1 went live Tue 2026-09-15 15:00; with the Mid-Autumn (09-25) and National Day
      // (10-01..07) holidays and the make-up days 09-20 and 10-10, its 30th working day is Mon
      // 11-02 (README); it applied on 11-03.
      assertThat(changes.get(1))
          .containsExactly(
              "C1",
              "临床用血管理系统",
              "修改调整",
              "2026-09-01 09:00",
              "2026-09-15 15:00",
              "2026-11-02 15:00",
              "AA1",
              "2026-11-03 09:00",
              "已申请验收");
      assertThat(changes.get(2))
          .containsExactly(
              "C2",
              "临床用血管理系统",
              "完整性维护",
              "2026-10-20 09:00",
              "2026-10-22 10:00",
              "2026-12-03 10:00",
              "",
              "",
              "上线未满规定工作日");
      List<List<String>> tickets = sheet(files.get(PackFiles.TICKETS), "工单清单");
      assertThat(tickets).hasSize(5);
      assertThat(tickets.get(4)).startsWith("F2", "临床用血管理系统", "三级", "电话", "检验科", "数据修复");
      assertThat(sheet(files.get(PackFiles.EVIDENCE), "运维活动记录")).hasSize(2);
      assertThat(sheet(files.get(PackFiles.EVIDENCE), "合同义务履行"))
          .extracting(r -> r.get(0))
          .contains("每周系统巡检并出具巡检报告");

      assertThat(pack.milestones())
          .extracting(MilestoneVerdict::verdict)
          .containsExactly(Verdict.MANUAL, Verdict.NOT_MET);
      assertThat(
              new AcceptanceService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK)
                  .contractsWithConditions())
          .extracting(org.baobiao.sla.contract.Contract::id)
          .containsExactly("HT-2025-002");
    }
  }

  @Test
  void unknownContractsUnevaluatedOnesAndPeriodsOutsideTheTermAreRefused() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", FIXTURE + "reference");
      AcceptanceService service =
          new AcceptanceService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK);
      assertThatThrownBy(() -> service.build(new AcceptanceRequest("HT-NOPE", null, AT, dir)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageStartingWith("没有编号为 'HT-NOPE' 的合同");
      assertThatThrownBy(() -> service.build(new AcceptanceRequest("HT-2025-000", null, AT, dir)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageStartingWith("合同 HT-2025-000 没有验收条件文件");
      assertThatThrownBy(
              () ->
                  service.build(
                      new AcceptanceRequest("HT-2025-002", ReportPeriod.parse("2027"), AT, dir)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage(
              "统计期间 2027-01-01 至 2027-12-31 不在合同 HT-2025-002 的服务期（2025-10-20 至 2026-10-31）内");
      assertThatThrownBy(() -> service.build(new AcceptanceRequest("HT-2025-002", null, AT, dir)))
          .isInstanceOf(NoDataException.class)
          .hasMessage("合同 HT-2025-002 还没有服务级别计算结果；请先运行 ./baobiao sla evaluate。");
    }
  }

  private ServiceFixture loaded() throws Exception {
    ServiceFixture app = ServiceFixture.in(dir.resolve("wh"));
    app.load("reference", FIXTURE + "reference");
    app.load("tickets", FIXTURE + "tickets");
    app.load("activities", FIXTURE + "activities");
    new SlaService(app.warehouse(), app.configuration()).evaluate(SlaEvaluationRequest.all());
    return app;
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getTimeLocal()).isEqualTo(e.getName().isEmpty() ? null : e.getTimeLocal());
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Table cells wrap: compare the text without line breaks.
      return new PDFTextStripper().getText(doc).replaceAll("\\R", "");
    }
  }

  private static void assertEmbeddedFonts(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          fonts.add(f.getName());
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(n -> n.startsWith("BAO"));
    }
  }

  static List<List<String>> sheet(byte[] xlsx, String name) throws Exception {
    DataFormatter format = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet(name);
      assertThat(s).as(name).isNotNull();
      for (Row r : s) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(r.getCell(c) == null ? "" : format.formatCellValue(r.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
