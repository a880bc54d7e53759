package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.render.Renderers;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops-annual (年度运维总结) on the fixture of its golden case {@code ops-annual/ytd}, rendered as a
 * manager gets it: the first page carries the list of sections and the findings, each sentence with
 * the section, column and value it states; the XLSX has the findings as its first sheet. The files
 * are kept under {@code target/ops-annual/} to be looked at.
 */
class OpsAnnualReportIT {
  private static final Instant CLOCK = Instant.parse("2026-11-22T02:00:00Z");

  @TempDir Path dir;

  @Test
  void firstPageListsTheSectionsAndTheFindingsWithTheirSources() throws IOException {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("ops-annual/ytd/input", dir.resolve("in"));
    for (String domain : List.of("reference", "tickets", "activities")) {
      assertThat(cli.run("ingest", "--domain", domain, input.resolve(domain).toString()).exitCode())
          .isZero();
    }
    assertThat(cli.run("sla", "evaluate", "--hospital", "440800004").exitCode()).isZero();

    ReportCatalog catalog = ReportCatalog.loadDefault();
    ReportResult result;
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      result =
          new ReportRunner(w, catalog, Clock.fixed(CLOCK, ZoneId.of("Asia/Shanghai")))
              .run(
                  catalog.get("ops-annual"),
                  new ReportRequest(ReportPeriod.parse("2026"), "440800004"));
    }
    Path out = Path.of("target/ops-annual");
    Files.createDirectories(out);
    Renderers renderers = Renderers.standard(catalog);
    Path pdf = renderers.forFormat(ReportFormat.PDF).render(result, out, "ops-annual").get(0);
    Path xlsx = renderers.forFormat(ReportFormat.XLSX).render(result, out, "ops-annual").get(0);

    DatasetResult findings = result.datasets().get(0);
    assertThat(findings.spec().name()).isEqualTo("findings");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper first = new PDFTextStripper();
      first.setStartPage(1);
      first.setEndPage(1);
      String page1 = first.getText(doc).replaceAll("\\s+", "");
      assertThat(page1).contains("目录", "主要发现第1页", "一、全年概况第2页", "十、指标说明第5页");
      for (Object[] row : findings.rows()) {
        String sentence = ((String) row[1]).replaceAll("\\s+", "");
        assertThat(page1).as("finding %s on page 1", row[2]).contains(sentence.substring(0, 12));
      }
      assertThat(page1).contains("依据：全年概况（summary）第1行·同比变化率（tickets_rate）=150.0%");
      String all = new PDFTextStripper().getText(doc);
      assertThat(all).contains("工单原因分布（帕累托）", "系统运行稳定性", "月度趋势", "九、接口缺报", "十、指标说明");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(1);
      assertThat(sheet.getSheetName()).isEqualTo("主要发现");
      assertThat(sheet.getLastRowNum()).isEqualTo(findings.rows().size());
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("本年新报工单 5 件，较上年同期（2 件）增加 3 件，上升 150.0%。");
    }
  }
}
