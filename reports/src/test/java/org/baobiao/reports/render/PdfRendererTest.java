package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
  private static final ReportCatalog CATALOG = ReportCatalog.loadDefault();

  @TempDir static Path out;
  private static Path pdf;
  private static String text;

  @BeforeAll
  static void render() throws IOException {
    ReportResult result = OpsMonthlyFixture.result(CATALOG);
    List<Path> files =
        new PdfRenderer(CATALOG).render(result, out, "ops-monthly_441700001_2026-10");
    assertThat(files).hasSize(1);
    pdf = files.get(0);
    // Kept for people to look at; tests compare content, not bytes.
    Path kept = Path.of("target", "rendered", pdf.getFileName().toString());
    Files.createDirectories(kept.getParent());
    Files.copy(pdf, kept, StandardCopyOption.REPLACE_EXISTING);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(document);
    }
  }

  @Test
  void writesOnePdfNamedAfterTheBaseName() {
    assertThat(pdf.getFileName().toString()).isEqualTo("ops-monthly_441700001_2026-10.pdf");
  }

  @Test
  void showsTitleSubtitleAndSectionHeadings() {
    assertThat(text)
        .contains("运维工单月报")
        .contains(OpsMonthlyFixture.SUBTITLE)
        .contains("一、总体情况")
        .contains("二、每日新报工单")
        .contains("三、按故障级别")
        .contains("七、指标说明");
  }

  @Test
  void showsKeyFiguresWithUnits() {
    assertThat(text).contains("新报工单数").contains("128").contains("117").contains("18.5");
    assertThat(text).contains("件").contains("分钟");
  }

  @Test
  void showsChineseTableHeadersAndFormattedValues() {
    assertThat(text)
        .contains("故障级别")
        .contains("工单数（件）")
        .contains("占比（%）")
        .contains("一级（紧急）")
        .contains("78.1%")
        .contains("医院信息系统")
        .contains("GD2026001000")
        .contains("2026-09-01 08:30");
  }

  @Test
  void showsNoDataLineForAnEmptyDataset() {
    assertThat(text).contains("四、按报障渠道\n无数据");
  }

  @Test
  void showsIndicatorDefinitions() {
    assertThat(text).contains("指标说明").contains("数据来源").contains("ticket_events");
  }

  @Test
  void printsStampAndPageNumbersInTheFooter() {
    assertThat(text)
        .contains("报表编号 ops-monthly v1")
        .contains("数据版本 batches 1-12 (12)")
        .contains("引擎 duckdb")
        .contains("生成时间 2026-11-22 10:00:00")
        .containsPattern("第 1 页 / 共 \\d+ 页");
  }

  @Test
  void embedsEveryFont() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
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

  /**
   * Regression: a font subset whose glyph ids no longer matched its CIDs gave PDFs whose Chinese
   * text extracted correctly but was drawn as blanks. Draw the page and look for ink in the title.
   */
  @Test
  void chineseGlyphsAreDrawnNotOnlyExtractable() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      // 72 dpi: one pixel per point. The title 运维工单月报 sits at x 40-160, y 36-66.
      BufferedImage page = new PDFRenderer(document).renderImage(0, 1f);
      int ink = 0;
      for (int x = 40; x < 160; x++) {
        for (int y = 36; y < 66; y++) {
          int rgb = page.getRGB(x, y);
          int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
          if (luminance < 128) {
            ink++;
          }
        }
      }
      assertThat(ink).as("dark pixels in the title area").isGreaterThan(300);
    }
  }

  @Test
  void runsOverSeveralPagesWithTheLongBacklog() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
    assertThat(text).contains("GD2026001069");
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
