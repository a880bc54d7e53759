package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sla-compliance PDF, read back with PDFBox: contract card, the six sections with their
 * figures, the pointer to the per-ticket appendix (which the PDF leaves out), fonts and footer.
 */
class SlaCompliancePdfTest {
  private static final ReportCatalog CATALOG = SlaComplianceFixture.catalog();

  @TempDir static Path out;
  private static Path pdf;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    List<Path> files =
        new PdfRenderer(CATALOG)
            .render(SlaComplianceFixture.result(CATALOG), out, "sla-compliance_440100002_2026-10");
    assertThat(files).hasSize(1);
    pdf = files.get(0);
    // Kept for people to look at; tests compare content, not bytes.
    Path kept = Path.of("target", "rendered", pdf.getFileName().toString());
    Files.createDirectories(kept.getParent());
    Files.copy(pdf, kept, StandardCopyOption.REPLACE_EXISTING);
    text = text(pdf);
  }

  @Test
  void showsTitleSubtitleAndSectionHeadings() {
    assertThat(text)
        .contains("服务级别达成报告")
        .contains(SlaComplianceFixture.SUBTITLE)
        .contains("一、达标率")
        .contains("二、超时明细（共 " + SlaComplianceFixture.BREACHES + " 次）")
        .contains("三、进行中的计时")
        .contains("四、合同服务级别条款")
        .contains("五、合同义务履行情况（共 " + SlaComplianceFixture.OBLIGATION_PERIODS + " 期）")
        .contains("六、指标说明");
  }

  @Test
  void listsObligationPeriodsWithTheirSummaryAndWrapsLongEvidence() {
    assertThat(text)
        .contains("义务履行汇总")
        .contains("履行率（%）")
        .contains("66.7%")
        .contains("50.0%")
        .contains("2026年第4季度")
        .contains("未到期")
        .contains("无数据");
    // Wrapped cells come out line by line, and a line may break at a space: compare without any.
    String joined = text.replaceAll("\\s", "");
    assertThat(joined)
        .contains("2026-09-28至2026-10-04")
        .contains(SlaComplianceFixture.MISSED_WEEK_FOUND.replace(" ", ""))
        .contains("ZA-HD-20261003-00002（2026-10-03，信息科，失败）不计入：结果为失败")
        .contains("……等共36项（此处列出前20项）")
        .contains("2026年10月无现场巡检记录（须有报告编号）");
  }

  @Test
  void setsMissedObligationsInBoldAndMetOnesInRegularType() throws IOException {
    assertThat(fontsOf(pdf, "未履行")).hasSize(2).allMatch(font -> font.contains("Bold"));
    assertThat(fontsOf(pdf, "已履行")).hasSize(2).noneMatch(font -> font.contains("Bold"));
  }

  @Test
  void showsTheContractCard() {
    assertThat(text)
        .contains("合同与计量口径")
        .contains("合同编号")
        .contains(SlaComplianceFixture.CONTRACT_ID)
        .contains("第 2 版")
        .contains("临床用血管理系统优化项目运维服务")
        .contains("广州穗血信息技术有限公司")
        .contains("2025-10-20 至 2026-10-31")
        .contains("计量截止时间")
        .contains("2026-11-01 02:00");
  }

  @Test
  void showsComplianceFiguresWithADashForAClockWithoutRate() {
    assertThat(text)
        .contains("计时次数（次）")
        .contains("达标率（%）")
        .contains("95.8%")
        .contains("91.5%")
        .contains("100.0%")
        .contains("未分级")
        .contains("121")
        .contains("修改调整交付")
        .contains("—");
    assertThat(text).contains("各计时项达标率（合计）");
  }

  @Test
  void setsTheTotalRowsOfTheComplianceTableInBold() throws IOException {
    // Five clocks in 达标率, and the total of 义务履行汇总.
    List<String> totalFonts = fontsOf(pdf, "合计");
    assertThat(totalFonts).hasSize(6).allMatch(font -> font.contains("Bold"));
    assertThat(fontsOf(pdf, "一级")).isNotEmpty().noneMatch(font -> font.contains("Bold"));
  }

  @Test
  void pointsToTheResultsAppendixInsteadOfPrintingIt() {
    assertThat(text).contains("逐单计时结果（共 3 条").contains("XLSX 文件的“逐单计时结果”工作表");
    // Only in the results dataset: a cancelled change request and its end event.
    assertThat(text).doesNotContain("20261017-00031").doesNotContain("CANCELLED");
  }

  @Test
  void theLayoutPrintsSevenDatasetsAndOnlyCountsTheResults() {
    PdfRenderer.LayoutDatasets reads =
        new PdfRenderer(CATALOG).datasets(CATALOG.get(SlaComplianceFixture.ID));
    assertThat(reads.rows())
        .containsExactlyInAnyOrder(
            "contract",
            "compliance",
            "breaches",
            "in_progress",
            "terms",
            "obligation_summary",
            "obligations");
    assertThat(reads.counts()).containsExactly("results");
  }

  /** The results given as a count only, as a report run does for a PDF: the same pointer. */
  @Test
  void takesTheCountOfADatasetItDoesNotPrint(@TempDir Path dir) throws IOException {
    ReportResult full = SlaComplianceFixture.result(CATALOG);
    ReportResult printed = without(full, "results");
    PdfRenderer renderer = new PdfRenderer(CATALOG);

    Path counted = renderer.render(printed, Map.of("results", 1_234_567L), dir, "counted").get(0);
    assertThat(text(counted)).contains("逐单计时结果（共 1,234,567 条").contains("二、超时明细（共 14 次）");

    assertThatThrownBy(() -> renderer.render(printed, dir, "uncounted"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sla-compliance")
        .hasMessageContaining("[results]");
    assertThatThrownBy(
            () -> renderer.render(without(printed, "breaches"), Map.of("results", 1L), dir, "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[breaches]");
  }

  private static ReportResult without(ReportResult result, String dataset) {
    return new ReportResult(
        result.spec(),
        result.stamp(),
        result.subtitle(),
        result.datasets().stream().filter(d -> !d.spec().name().equals(dataset)).toList());
  }

  @Test
  void listsEveryBreachWithTimesAndOverrun() {
    assertThat(text)
        .contains("20261001-00012")
        .contains("20261013-00096")
        .contains("≤ 2 个工作日")
        .contains("2026-10-01")
        .contains("08:40")
        .contains("未停止")
        .contains("2,749.5")
        .contains("1,549.5");
  }

  @Test
  void showsNoDataLineForTheEmptyInProgressDataset() {
    assertThat(text).contains("三、进行中的计时（共 0 项）\n无数据");
  }

  @Test
  void printsContractTermsWithLongClausesWrappedButComplete() {
    assertThat(text).contains("合同原文").contains("计时日历").contains("工作日 8:00-18:00");
    // Wrapped cells come out line by line; joined up, every clause is there to its last character.
    String joined = text.replace("\n", "");
    assertThat(joined)
        .contains("工作期间（正常工作日8：00-18：00），信息系统故障响应时间不超过0.5小时，到达现场时间不超过1小时；")
        .contains("服务商应提出故障解决方案，工作至故障修妥完全恢复正常服务为止，修复时间不超过2个工作日。")
        .contains("系统使用过程中，因用户误操作等原因导致的数据错误，查明原因和进行数据修复。在2个工作日完成修复。");
  }

  @Test
  void showsIndicatorDefinitions() {
    assertThat(text).contains("指标说明").contains("数据来源").contains("sla_results").contains("分子");
  }

  @Test
  void printsStampAndPageNumbersInTheFooter() {
    assertThat(text)
        .contains("报表编号 sla-compliance v1")
        .contains("医院=广州市珠岸人民医院（440100002）")
        .contains("生成时间 2026-11-22 10:00:00")
        .containsPattern("第 1 页 / 共 \\d+ 页");
  }

  @Test
  void embedsEveryFont() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue());
      assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("NotoSansCJK"));
    }
  }

  @Test
  void runsALongBreachListOverSeveralPagesWithoutLosingRows(@TempDir Path dir) throws IOException {
    Path many =
        new PdfRenderer(CATALOG)
            .render(SlaComplianceFixture.withBreaches(CATALOG, 80), dir, "many")
            .get(0);
    try (PDDocument document = Loader.loadPDF(many.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
    }
    String manyText = text(many);
    assertThat(manyText).contains("二、超时明细（共 80 次）");
    // The column header repeats on every page the table runs over.
    assertThat(manyText.split("截止时间", -1).length - 1).isGreaterThanOrEqualTo(4);
    for (int i = 0; i < 80; i++) {
      assertThat(manyText).contains(String.format("-%05d", 12 + 7 * i));
    }
  }

  @Test
  void listsTheTwoHundredLargestOverrunsAndPointsToTheWorkbookForTheRest(@TempDir Path dir)
      throws IOException {
    // a year of a large hospital: 82,162 breaches printed in full ran to 4,751 pages
    ReportResult many = SlaComplianceFixture.withBreaches(CATALOG, 1234);
    Path capped = new PdfRenderer(CATALOG).render(many, dir, "capped").get(0);
    Files.copy(
        capped,
        Path.of("target", "rendered", "sla-compliance_capped.pdf"),
        StandardCopyOption.REPLACE_EXISTING);
    String cappedText = text(capped);
    assertThat(cappedText)
        .contains("二、超时明细（共 1,234 次）")
        .contains("注：PDF 按超出时长从长到短列出前 200 次；全部 1,234 次见同名 XLSX 文件的“超时明细”工作表或 CSV 文件。");
    // the rows come largest overrun first (breaches.sql): the first 200 are printed, no more
    List<Object[]> rows =
        many.datasets().stream()
            .filter(d -> d.spec().name().equals("breaches"))
            .findFirst()
            .orElseThrow()
            .rows();
    assertThat(rows).hasSize(1234);
    for (int i = 0; i < rows.size(); i++) {
      // the ticket number wraps after the hospital's code: look for the rest
      String ticket = ((String) rows.get(i)[0]).substring("GD440100002-".length());
      if (i < 200) {
        assertThat(cappedText).contains(ticket);
      } else {
        assertThat(cappedText).doesNotContain(ticket);
      }
    }
    try (PDDocument document = Loader.loadPDF(capped.toFile())) {
      assertThat(document.getNumberOfPages()).isLessThan(20);
    }
  }

  @Test
  void saysNothingOfACapWhenEveryBreachIsListed() {
    assertThat(text).doesNotContain("列出前 200 次");
  }

  @Test
  void rendersAHospitalWithoutAnEvaluatedContract(@TempDir Path dir) throws IOException {
    Path empty =
        new PdfRenderer(CATALOG).render(SlaComplianceFixture.empty(CATALOG), dir, "empty").get(0);
    String emptyText = text(empty);
    // contract, compliance, breaches, in_progress, terms and obligations; results is not printed.
    assertThat(emptyText.lines().filter("无数据"::equals)).hasSize(6);
    assertThat(emptyText)
        .contains("合同与计量口径\n无数据")
        .contains("一、达标率\n无数据")
        .contains("二、超时明细（共 0 次）\n无数据")
        .contains("四、合同服务级别条款\n无数据")
        .contains("五、合同义务履行情况（共 0 期）\n无数据")
        .contains("六、指标说明")
        .doesNotContain("各计时项达标率");
  }

  private static String text(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The font names of every run of text that is exactly {@code word}. */
  private static List<String> fontsOf(Path file, String word) throws IOException {
    List<String> fonts = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String chunk, List<TextPosition> positions) {
            if (chunk.strip().equals(word)) {
              fonts.add(positions.get(0).getFont().getName());
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      stripper.getText(document);
    }
    return fonts;
  }

  // Charts are drawn into form XObjects with their own resources; look there too.
  private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }
}
