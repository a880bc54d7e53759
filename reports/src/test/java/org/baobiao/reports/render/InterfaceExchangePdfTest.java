package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.baobiao.reports.catalog.ReportCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface-exchange PDF, read back with PDFBox: landscape pages, key figures, the daily chart,
 * the five tables with their formatted figures, the gap list running over pages with its header
 * repeated, the indicator definitions, fonts and footer; and the same report without data.
 */
class InterfaceExchangePdfTest {
  private static final ReportCatalog CATALOG = InterfaceExchangeFixture.catalog();

  /** Kept for people to look at (and to convert to images); tests compare content, not bytes. */
  private static final Path SAMPLE = Path.of("target", "interface-exchange-sample.pdf");

  @TempDir static Path out;
  private static Path pdf;
  private static String text;
  private static List<String> pages;

  @BeforeAll
  static void render() throws IOException {
    List<Path> files =
        new PdfRenderer(CATALOG)
            .render(
                InterfaceExchangeFixture.result(CATALOG),
                out,
                "interface-exchange_441700001_2026-10");
    assertThat(files).hasSize(1);
    pdf = files.get(0);
    Files.createDirectories(SAMPLE.toAbsolutePath().getParent());
    Files.copy(pdf, SAMPLE, StandardCopyOption.REPLACE_EXISTING);
    text = text(pdf);
    pages = pageTexts(pdf);
  }

  @Test
  void opensAsLandscapeA4OverSeveralPages() throws IOException {
    assertThat(pdf.getFileName().toString()).isEqualTo("interface-exchange_441700001_2026-10.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      for (PDPage page : document.getPages()) {
        // Jasper writes a landscape page as a portrait media box turned by 90 degrees.
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        assertThat(Math.round(turned ? box.getHeight() : box.getWidth())).isEqualTo(842);
        assertThat(Math.round(turned ? box.getWidth() : box.getHeight())).isEqualTo(595);
      }
    }
  }

  @Test
  void showsTitleSubtitleAndEverySectionHeading() {
    assertThat(text)
        .contains("接口数据交换报表")
        .contains(InterfaceExchangeFixture.SUBTITLE)
        .contains("一、总体情况")
        .contains("二、每日交换量")
        .contains("三、各接口运行情况")
        .contains("四、失败原因")
        .contains("五、主要失败及示例")
        .contains("六、上报及时性")
        .contains("七、缺报明细")
        .contains("八、指标说明");
    // In the order of the brief: cards, trend, tables, definitions.
    assertThat(text.indexOf("一、总体情况"))
        .isLessThan(text.indexOf("二、每日交换量"))
        .isLessThan(text.indexOf("三、各接口运行情况"));
    assertThat(text.indexOf("六、上报及时性"))
        .isLessThan(text.indexOf("七、缺报明细"))
        .isLessThan(text.indexOf("八、指标说明"));
  }

  @Test
  void showsTheKeyFiguresWithThousandsSeparatorsAndPercentScale() {
    assertThat(text)
        .contains("交换总数")
        .contains("486,213")
        .contains("成功率")
        .contains("99.39%")
        .contains("时延P95")
        .contains("980")
        .contains("上报及时率")
        .contains("97.90%")
        .contains("缺报天数")
        .contains("接口·天")
        .contains("重复发送")
        .contains("218");
    assertThat(text)
        .contains("有交换的接口数")
        .contains("482,930")
        .contains("2,941")
        .contains("待应答")
        .contains("342")
        .contains("时延P50")
        .contains("时延P99")
        .contains("3,820")
        .contains("重试次数")
        .contains("5,127");
  }

  /**
   * The chart is drawn as vector shapes, its text included, so it is looked at rather than read:
   * page 1 at two pixels per point, below the key figures, has the light blue of the exchange bars
   * over a large area and the orange of the success-rate line (anti-aliased, so matched by hue).
   */
  @Test
  void drawsTheDailyBarsAndTheSuccessRateLine() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      BufferedImage page = new PDFRenderer(document).renderImage(0, 2f);
      int bars = 0;
      int line = 0;
      for (int x = 0; x < page.getWidth(); x++) {
        for (int y = 560; y < page.getHeight(); y++) {
          int rgb = page.getRGB(x, y);
          int r = rgb >> 16 & 0xff;
          int g = rgb >> 8 & 0xff;
          int b = rgb & 0xff;
          if (Math.abs(r - 0x8E) < 12 && Math.abs(g - 0xA9) < 12 && Math.abs(b - 0xDB) < 12) {
            bars++;
          } else if (r > 150 && r - g > 50 && g - b > 20) {
            line++;
          }
        }
      }
      assertThat(bars).as("pixels of the exchange bars").isGreaterThan(160_000);
      assertThat(line).as("pixels of the success-rate line").isGreaterThan(1_000);
    }
  }

  @Test
  void listsEveryInterfaceWithItsFiguresAndADashForWhatCannotBeComputed() {
    assertThat(text)
        .contains("检验申请单推送")
        .contains("HIS-LIS-ORDER")
        .contains("162,408")
        .contains("99.81%")
        .contains("医保结算清单上传 上报/发送 国家医保信息平台")
        .contains("1,402")
        .contains("97.58%")
        .contains("4,960")
        .contains("96.27%")
        .contains("100.00%");
    // No exchange: no success rate, no latencies, nothing to judge against the deadline.
    assertThat(text)
        .containsPattern("CDC-IDR-UP 传染病报告卡上报 上报/发送 中国疾病预防控制信息\\s?系统 0 0 — — — — 0 0 — 0");
    assertThat(text).contains("时延P50\n（毫秒）");
  }

  @Test
  void setsTheGapDaysOfAnInterfaceInBoldAndZeroInRegularType() throws IOException {
    assertThat(fontsOf(pdf, "14")).isNotEmpty().anyMatch(font -> font.contains("Bold"));
    assertThat(fontsOf(pdf, "18")).isNotEmpty().anyMatch(font -> font.contains("Bold"));
  }

  @Test
  void listsFailureCausesWithTheirShareToOneDecimal() {
    assertThat(text)
        .contains("超时未应答")
        .contains("TIMEOUT")
        .contains("1,210")
        .contains("41.1%")
        .contains("0.6%")
        .contains("认证或授权失败");
  }

  @Test
  void listsFailureExamplesWithTimesAndLongMessagesComplete() {
    assertThat(text)
        .contains("YB-1107")
        .contains("2026-10-01 09:12:44")
        .contains("2026-10-19 22:05:13")
        .contains("YJFY-EMR-20261002-000877");
    // A wrapped cell comes out line by line and may break at a space: compare without any.
    String joined = text.replaceAll("\\s", "");
    assertThat(joined).contains(InterfaceExchangeFixture.LONG_MESSAGE.replaceAll("\\s", ""));
    assertThat(joined).contains("请在血站平台重新申请接口调用证书");
  }

  @Test
  void listsUploadTimelinessWithADashForAnInterfaceWithNothingToJudge() {
    assertThat(text).contains("56,714").contains("93.35%").contains("216").contains("168");
    assertThat(line(text, "CDC-IDR-UP 传染病报告卡上报 24")).endsWith("— —");
  }

  @Test
  void runsTheGapListOverPagesWithItsHeaderRepeated() {
    int first = pageOf("七、缺报明细");
    assertThat(first).isNotNegative();
    assertThat(pages.get(first)).contains("共 38 个接口·天");
    // The last gap (MCH-PROV-UP on 10-27) is on a later page, under the table's header again.
    int last =
        IntStream.range(0, pages.size())
            .filter(p -> pages.get(p).contains("孕产妇建档信息上传省妇幼平台 2026-10-27"))
            .findFirst()
            .orElse(-1);
    assertThat(last).isGreaterThan(first);
    assertThat(pages.get(last)).contains("每日应至少").contains("当日成功数").contains("当日失败数");
    long gapRows =
        text.lines()
            .filter(l -> l.matches("(BLOOD-ORDER|EMR-CITY-UP|MCH-PROV-UP) .* 2026-10-\\d\\d .*"))
            .count();
    assertThat(gapRows).isEqualTo(InterfaceExchangeFixture.GAP_ROWS);
  }

  @Test
  void showsIndicatorDefinitions() {
    assertThat(pages.get(pageOf("八、指标说明")))
        .contains("分子")
        .contains("分母")
        .contains("数据来源")
        .contains("interface_latency_daily");
    for (String name :
        List.of("交换数", "成功率", "时延P50/P95/P99", "重试次数", "重复发送", "上报及时率", "缺报天数", "占失败比")) {
      assertThat(text).contains(name);
    }
  }

  @Test
  void printsStampAndPageNumbersInTheFooter() {
    assertThat(text)
        .contains("报表编号 interface-exchange v1")
        .contains("医院=阳江市妇幼保健院（441700001）")
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
  void rendersAHospitalWithoutInterfaceData(@TempDir Path dir) throws IOException {
    Path empty =
        new PdfRenderer(CATALOG)
            .render(InterfaceExchangeFixture.empty(CATALOG), dir, "empty")
            .get(0);
    String emptyText = text(empty);
    assertThat(emptyText.lines().filter("无数据"::equals)).hasSize(7);
    assertThat(emptyText)
        .contains("一、总体情况\n无数据")
        .contains("二、每日交换量\n无数据")
        .contains("三、各接口运行情况\n无数据")
        .contains("四、失败原因\n无数据")
        .contains("五、主要失败及示例\n无数据")
        .contains("六、上报及时性\n无数据")
        .contains("七、缺报明细\n无数据")
        .contains("八、指标说明")
        .contains("上报及时率")
        .doesNotContain("有交换的接口数");
  }

  private int pageOf(String needle) {
    return IntStream.range(0, pages.size())
        .filter(p -> pages.get(p).contains(needle))
        .findFirst()
        .orElse(-1);
  }

  /** The first line of {@code text} that starts with {@code start}. */
  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }

  private static String text(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> pageTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(document));
      }
    }
    return texts;
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
