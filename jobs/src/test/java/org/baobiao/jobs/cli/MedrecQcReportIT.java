package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Front pages through the command line: load (a row with an impossible time is rejected, the others
 * load), {@code medrec qc}, then {@code medrec-qc} on a hand-computed fixture
 * (golden/medrec-qc/october): five stays, four discharged in October, with five violations between
 * them; {@link ReportGoldenIT} compares the figures with expected CSVs. Here: a rerun of the
 * quality check changes nothing, and the PDF and XLSX are read back with personal data masked.
 */
class MedrecQcReportIT {
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
    CliRunner.Result loaded =
        cli.run("ingest", "--domain", "medrec", input.resolve("medrec").toString());
    assertThat(loaded.exitCode()).as(loaded.out() + loaded.err()).isEqualTo(3);
    assertThat(loaded.out()).contains("3 个文件已加载（9 行）").contains("拒绝 1 行");
    CliRunner.Result qc = cli.run("medrec", "qc");
    assertThat(qc.exitCode()).as(qc.out() + qc.err()).isZero();
    assertThat(qc.out()).contains("430100003：审核首页 5 份").contains("问题 6 条，其中 3 份有阻断性问题");
  }

  @Test
  void aRerunOfTheQualityCheckChangesNothing() {
    assertThat(cli.run("medrec", "qc").out()).contains("问题 6 条，其中 3 份有阻断性问题");
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(w.query("SELECT count(*) FROM medrec_violations", java.util.Map.of()).single())
          .isEqualTo(6L);
      assertThat(w.query("SELECT count(*) FROM medrec_front_pages", java.util.Map.of()).single())
          .isEqualTo(5L);
    }
  }

  @Test
  void pdfAndXlsxCarryTheFiguresWithPersonalDataMasked() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run(
            "report",
            "medrec-qc",
            "--period",
            "2026-10",
            "--hospital",
            "430100003",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    Path pdf = out.resolve("medrec-qc_430100003_2026-10.pdf");
    Path xlsx = out.resolve("medrec-qc_430100003_2026-10.xlsx");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("病案首页质控报告").contains("长沙市中心医院").contains("2026年10月");
      assertThat(text).contains("通过率").contains("50.0%").contains("普通外科").contains("王芳");
      assertThat(text).contains("切口类别不在字典中").contains("A002");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet detail = null;
      for (Sheet s : wb) {
        if (s.getSheetName().equals("问题明细")) {
          detail = s;
        }
      }
      assertThat(detail).isNotNull();
      assertThat(detail.getRow(0).getCell(0).getStringCellValue()).startsWith("病案号");
      assertThat(detail.getLastRowNum()).isEqualTo(5);
      assertThat(detail.getRow(1).getCell(8).getStringCellValue()).isEqualTo("430102********3416");
      StringBuilder all = new StringBuilder();
      for (Sheet s : wb) {
        s.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
      }
      assertThat(all.toString()).doesNotContain("430102198505123416").doesNotContain("李四");
    }
  }
}
