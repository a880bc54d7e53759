package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction benchmarks' child: on a warehouse of a few exchanges, the product path writes
 * every exchange of the period (not the one outside it) as typed XLSX cells and as CSV lines, and a
 * child JVM with a 256 MiB heap reports its run.
 */
class ExtractChildIT {
  private static final int EXCHANGES = 2_500;

  @TempDir Path dir;
  Path warehouse;

  @BeforeEach
  void warehouse() {
    warehouse = dir.resolve("w.duckdb");
    try (DuckDbWarehouse w = DuckDbWarehouse.open(warehouse)) {
      w.inTransaction(
          s -> {
            s.update(
                "INSERT INTO hospitals (org_code, name, level, batch_id)"
                    + " VALUES ('441700001', '阳江市妇幼保健院', '三级', 1)",
                Map.of());
            s.update(
                "INSERT INTO interface_exchanges (org_code, exchange_id, interface_id,"
                    + " message_type, sent_at, sent_date, acked_at, latency_ms, status,"
                    + " error_message, retries, payload_bytes, batch_id, source_line)"
                    + " SELECT '441700001', 'E' || lpad(CAST(i AS VARCHAR), 6, '0'), 'LIS-UP', '检验报告',"
                    + " TIMESTAMP '2026-03-01 08:00:00' + INTERVAL (i) MINUTE,"
                    + " DATE '2026-03-01', TIMESTAMP '2026-03-01 08:00:01' + INTERVAL (i) MINUTE,"
                    + " 1000, CASE WHEN i % 10 = 0 THEN 'FAILED' ELSE 'SUCCESS' END,"
                    + " CASE WHEN i % 10 = 0 THEN '超时, 已重试' END, i % 3, 2048, 1, i"
                    + " FROM range(1, :n + 1) t(i)",
                Map.of("n", (long) EXCHANGES));
            s.update(
                "INSERT INTO interfaces (org_code, interface_id, name, source_system,"
                    + " target_system, direction, batch_id) VALUES ('441700001', 'LIS-UP',"
                    + " '检验报告上传市平台', '实验室信息系统（LIS）', '市全民健康信息平台', 'OUTBOUND', 1)",
                Map.of());
            s.update(
                "INSERT INTO interface_exchanges (org_code, exchange_id, interface_id, sent_at,"
                    + " sent_date, status, batch_id, source_line) VALUES ('441700001', 'OLD',"
                    + " 'LIS-UP', TIMESTAMP '2025-12-31 23:59:59', DATE '2025-12-31', 'SUCCESS', 1,"
                    + " 0)",
                Map.of());
          });
    }
  }

  @Test
  void theProductPathWritesEveryExchangeOfThePeriodAsTypedCells() throws Exception {
    Path out = dir.resolve("xlsx");
    ExtractScenario.ChildRun r =
        ExtractChild.extract("xlsx", warehouse, out, ReportPeriod.parse("2026"), "441700001");

    assertThat(r.rows()).isEqualTo(EXCHANGES);
    try (InputStream in = Files.newInputStream(only(out, ".xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("交换明细");
      assertThat(sheet.getLastRowNum()).isEqualTo(EXCHANGES);
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("时延（毫秒）");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("E000001");
      assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
      assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 1));
      assertThat(sheet.getRow(10).getCell(11).getStringCellValue()).isEqualTo("超时, 已重试");
      assertThat(sheet.getRow(EXCHANGES).getCell(13).getNumericCellValue()).isEqualTo(2048);
    }
  }

  @Test
  void csvAndThePlainBaselineWriteTheSameRows() throws Exception {
    Path out = dir.resolve("csv");
    ExtractChild.extract("csv", warehouse, out, ReportPeriod.parse("2026"), "441700001");
    List<String> lines = Files.readAllLines(only(out, ".csv"), StandardCharsets.UTF_8);
    List<String> data = lines.stream().filter(l -> l.startsWith("441700001,")).toList();
    assertThat(data).hasSize(EXCHANGES);
    assertThat(data.get(9)).contains("\"超时, 已重试\"").contains("2026-03-01 08:10:00");

    ExtractScenario.ChildRun plain =
        ExtractChild.extract(
            "plain-xlsx", warehouse, dir.resolve("plain"), ReportPeriod.parse("2026"), "441700001");
    assertThat(plain.rows()).isEqualTo(EXCHANGES);
  }

  @Test
  void theDetailPdfListsTheFirstTenThousandRowsInChineseOverManyPages() throws Exception {
    Path out = dir.resolve("pdf");
    ExtractScenario.ChildRun r =
        ExtractChild.extract("pdf", warehouse, out, ReportPeriod.parse("2026"), "441700001");

    assertThat(r.rows()).isEqualTo(EXCHANGES);
    Path pdf = only(out, ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(r.pages()).isEqualTo(doc.getNumberOfPages()).isGreaterThan(20);
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(2);
      text.setEndPage(2);
      String page2 = text.getText(doc);
      assertThat(page2).contains("检验报告上传市平台").contains("成功").contains("第 2 页");
    }
  }

  @Test
  void aChildJvmWithA256MibHeapReportsItsRun() throws Exception {
    List<String> command =
        ChildJvm.command(
            List.of("-Xmx256m"),
            ExtractChild.class.getName(),
            List.of(
                "xlsx",
                warehouse.toString(),
                dir.resolve("child").toString(),
                "2026",
                "441700001"));

    ChildJvm.Exit exit = ChildJvm.runOk(command, dir.resolve("run"), 120);
    ExtractScenario.ChildRun r = ExtractScenario.ChildRun.parse(exit.output());

    assertThat(r.rows()).as(exit.output()).isEqualTo(EXCHANGES);
    assertThat(r.run().seconds()).isPositive();
    assertThat(r.run().peakHeapMib()).isBetween(1L, 256L);
    assertThat(only(dir.resolve("child"), ".xlsx")).isNotEmptyFile();
  }

  private static Path only(Path folder, String suffix) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    }
  }
}
