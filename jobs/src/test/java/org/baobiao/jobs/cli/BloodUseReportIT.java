package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * blood-use on a hand-computed fixture (golden/blood-use/q3): a quarter of one hospital's
 * transfusion records — four requests, seven transfusions (two autologous), two reactions, three
 * critical values, a quarter of laboratory QC, the blood bank's stock movements (a bag returned and
 * issued again, one expired, one scrapped damaged, movements before and after the quarter) — and
 * the five front pages and four operations the indicators divide by. {@link ReportGoldenIT}
 * compares every indicator of 《临床用血质控指标（2019年版）》 with its hand-computed numerator, denominator and
 * value; here: a transfusion that ends before it starts is rejected at load and counts nowhere, and
 * so is a bag issued without its ward; the PDF and XLSX are read back.
 */
class BloodUseReportIT {
  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;

  @BeforeEach
  void load() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("blood-use/q3/input", dir.resolve("in"));
    for (String domain : List.of("reference", "medrec")) {
      CliRunner.Result r = cli.run("ingest", "--domain", domain, input.resolve(domain).toString());
      assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }
    CliRunner.Result blood =
        cli.run("ingest", "--domain", "blood", input.resolve("blood").toString());
    assertThat(blood.exitCode()).as(blood.out() + blood.err()).isEqualTo(3);
    assertThat(blood.out()).contains("10 个文件已加载").contains("拒绝 2 行");
  }

  @Test
  void aTransfusionEndingBeforeItStartsAndABagIssuedWithoutItsWardAreRejected() {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w
                  .query(
                      "SELECT reason_code || ':' || field FROM rejects ORDER BY reason_code",
                      java.util.Map.of())
                  .rows()
                  .stream()
                  .map(row -> row[0]))
          .containsExactly("INCONSISTENT:ended_at", "MISSING_VALUE:dept");
    }
  }

  @Test
  void pdfAndXlsxCarryTheIndicatorsInChinese() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run(
            "report",
            "blood-use",
            "--period",
            "2026-Q3",
            "--hospital",
            "440100002",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(out.resolve("blood-use_440100002_2026-Q3.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("临床用血质控指标报告").contains("广州市珠岸人民医院");
      assertThat(text).contains("手术患者自体输血率").contains("35.29").contains("RhD阴性");
      assertThat(text).contains("临床用血质控指标（2019年版）");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(out.resolve("blood-use_440100002_2026-Q3.xlsx")))) {
      Sheet indicators = wb.getSheet("临床用血质控指标");
      assertThat(indicators).isNotNull();
      assertThat(indicators.getRow(1).getCell(1).getStringCellValue()).isEqualTo("每千单位用血输血专业技术人员数");
      assertThat(indicators.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(800.0);
      assertThat(indicators.getLastRowNum()).isEqualTo(10);
    }
  }
}
