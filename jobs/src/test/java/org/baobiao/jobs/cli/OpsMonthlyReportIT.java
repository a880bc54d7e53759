package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops-monthly on a hand-computed fixture (golden/ops-monthly/october), whose figures {@link
 * ReportGoldenIT} compares dataset by dataset with expected CSVs. Here: another hospital's figures
 * are kept apart, and the PDF and XLSX written by the command line are read back cell by cell.
 */
class OpsMonthlyReportIT {
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/ops-monthly/october/expected");

  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;

  @BeforeEach
  void load() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    assertThat(
            cli.run("ingest", "--domain", "tickets", input.resolve("tickets").toString())
                .exitCode())
        .isZero();
  }

  @Test
  void hospitalsAreKeptApart() throws IOException {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      ReportResult other =
          new ReportRunner(w, catalog, Clock.systemUTC())
              .run(
                  catalog.find("ops-monthly").orElseThrow(),
                  new ReportRequest(ReportPeriod.parse("2026-10"), "440100002"));
      Object[] summary = other.dataset("summary").orElseThrow().rows().get(0);
      assertThat(summary[0]).isEqualTo(1L);
      assertThat(summary[6]).isEqualTo(new BigDecimal("30.0"));
    }
  }

  @Test
  void pdfAndXlsxCarryTheChineseTitleFiguresAndEmbeddedFonts() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run(
            "report",
            "ops-monthly",
            "--period",
            "2026-10",
            "--hospital",
            "441700001",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    Path pdf = out.resolve("ops-monthly_441700001_2026-10.pdf");
    Path xlsx = out.resolve("ops-monthly_441700001_2026-10.xlsx");
    assertThat(pdf).exists();
    assertThat(xlsx).exists();
    assertThat(out.resolve("ops-monthly_441700001_2026-10.summary.csv")).exists();

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("运维工单月报").contains("阳江市妇幼保健院").contains("2026年10月");
      assertThat(text).contains("妇幼保健信息系统基础平台").contains("350.0").contains("25.0");
      assertThat(text).contains("批次 1-4");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet summary = null;
      for (Sheet s : wb) {
        if (s.getSheetName().equals("总体情况")) {
          summary = s;
        }
      }
      assertThat(summary).isNotNull();
      assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("新报工单数");
      assertThat(summary.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(summary.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7.0);
      assertThat(summary.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(350.0);
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
    }
  }
}
