package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sla-compliance XLSX and CSV outputs: every dataset, including the per-ticket results that the
 * PDF leaves out and points to.
 */
class SlaComplianceTablesTest {
  private static final String BASE = "sla-compliance_440100002_2026-10";

  @TempDir static Path out;
  private static XSSFWorkbook workbook;
  private static List<Path> csvFiles;

  @BeforeAll
  static void render() throws IOException {
    ReportCatalog catalog = SlaComplianceFixture.catalog();
    List<Path> xlsx = new XlsxRenderer().render(SlaComplianceFixture.result(catalog), out, BASE);
    assertThat(xlsx).containsExactly(out.resolve(BASE + ".xlsx"));
    try (InputStream in = Files.newInputStream(xlsx.get(0))) {
      workbook = new XSSFWorkbook(in);
    }
    csvFiles = new CsvRenderer().render(SlaComplianceFixture.result(catalog), out, BASE);
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void hasOneSheetPerDatasetWithTheResultsSheetThePdfPointsTo() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(names)
        .containsExactly(
            "说明", "合同与计量口径", "达标率", "超时明细", "进行中的计时", "合同服务级别条款", "义务履行汇总", "合同义务履行情况", "逐单计时结果");
  }

  @Test
  void resultsSheetHasEveryCycleWithTypedCells() {
    Sheet results = workbook.getSheet("逐单计时结果");
    assertThat(results.getLastRowNum()).isEqualTo(3);
    assertThat(texts(results.getRow(0)))
        .startsWith("工单号", "计时项", "周期", "级别", "渠道", "适用规则", "目标", "开始时间");
    Row repair = results.getRow(2);
    assertThat(repair.getCell(0).getStringCellValue()).isEqualTo("GD440100002-20261001-00012");
    assertThat(repair.getCell(7).getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.of(2026, 10, 1, 8, 40));
    assertThat(repair.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
    assertThat(repair.getCell(14).getStringCellValue()).isEqualTo("超时");
    assertThat(repair.getCell(15).getNumericCellValue()).isEqualTo(1549.5);
  }

  @Test
  void complianceSheetKeepsRatesAsFractionsAndMissingRatesBlank() {
    Sheet compliance = workbook.getSheet("达标率");
    Row responseTotal = compliance.getRow(4);
    assertThat(responseTotal.getCell(1).getStringCellValue()).isEqualTo("合计");
    assertThat(responseTotal.getCell(5).getNumericCellValue()).isEqualTo(0.958);
    assertThat(responseTotal.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    Row changeTotal = compliance.getRow(compliance.getLastRowNum());
    assertThat(changeTotal.getCell(0).getStringCellValue()).isEqualTo("修改调整交付");
    assertThat(changeTotal.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void emptyInProgressSheetHasOnlyItsHeader() {
    Sheet inProgress = workbook.getSheet("进行中的计时");
    assertThat(inProgress.getLastRowNum()).isZero();
    assertThat(texts(inProgress.getRow(0)))
        .containsExactly("工单号", "计时项", "适用规则", "开始时间", "截止时间", "已计时（分钟）");
  }

  @Test
  void writesOneCsvPerDataset() {
    assertThat(csvFiles)
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            BASE + ".contract.csv",
            BASE + ".compliance.csv",
            BASE + ".breaches.csv",
            BASE + ".in_progress.csv",
            BASE + ".terms.csv",
            BASE + ".obligation_summary.csv",
            BASE + ".obligations.csv",
            BASE + ".results.csv");
  }

  @Test
  void csvCarriesTheStampAndEveryBreach() throws IOException {
    List<String> lines = lines("breaches");
    assertThat(lines)
        .startsWith("# 报表: 服务级别达成报告", "# 报表编号: sla-compliance")
        .contains("# 数据集: 超时明细 (breaches)");
    List<String> data = lines.stream().filter(line -> !line.startsWith("# ")).toList();
    assertThat(data).hasSize(1 + SlaComplianceFixture.BREACHES);
    assertThat(data.get(1))
        .isEqualTo(
            "GD440100002-20261001-00012,修复,1,二级,全部故障,≤ 2 个工作日,"
                + "2026-10-01 08:40:00,2026-10-04 08:18:00,2026-10-02 04:40:00,2749.5,1549.5");
  }

  @Test
  void csvOfTermsQuotesNothingButKeepsChinesePunctuation() throws IOException {
    assertThat(lines("terms"))
        .contains(
            "修复,全部故障,所有故障类工单,≤ 2 个工作日,工作日 8:00-18:00（含调休上班日）,"
                + "服务商应提出故障解决方案，工作至故障修妥完全恢复正常服务为止，修复时间不超过2个工作日。")
        .contains("修改调整交付,全部,服务类别为修改调整,≤ 15 天,日历天（7×24 小时）,");
  }

  @Test
  void obligationSheetKeepsLongEvidenceWholeAndSummaryRatesAsFractions() {
    Sheet obligations = workbook.getSheet("合同义务履行情况");
    assertThat(obligations.getLastRowNum()).isEqualTo(SlaComplianceFixture.OBLIGATION_PERIODS);
    assertThat(texts(obligations.getRow(0)))
        .containsExactly("合同义务", "考核期", "结论", "要求", "履行情况与判定依据", "证据（活动或工单编号）", "缺失或待办");
    Row month = obligations.getRow(5);
    assertThat(month.getCell(2).getStringCellValue()).isEqualTo("未履行");
    assertThat(month.getCell(5).getStringCellValue()).isEqualTo(SlaComplianceFixture.LONG_EVIDENCE);
    Sheet summary = workbook.getSheet("义务履行汇总");
    Row total = summary.getRow(summary.getLastRowNum());
    assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
    assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(0.5);
    assertThat(summary.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void csvOfObligationsHasOneLinePerPeriodWithTheStatusLabel() throws IOException {
    List<String> data = lines("obligations").stream().filter(l -> !l.startsWith("# ")).toList();
    assertThat(data).hasSize(1 + SlaComplianceFixture.OBLIGATION_PERIODS);
    assertThat(data.get(1))
        .startsWith("每周系统巡检并出具巡检报告,2026-09-28 至 2026-10-04,未履行,")
        .contains(SlaComplianceFixture.MISSED_WEEK_FOUND);
  }

  private static List<String> lines(String dataset) throws IOException {
    String text =
        Files.readString(out.resolve(BASE + "." + dataset + ".csv"), StandardCharsets.UTF_8);
    return text.substring(1).lines().toList();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
