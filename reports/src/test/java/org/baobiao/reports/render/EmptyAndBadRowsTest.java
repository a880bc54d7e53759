package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month without tickets renders; a row of the wrong shape fails with a usable message. */
class EmptyAndBadRowsTest {
  private static final ReportCatalog CATALOG = ReportCatalog.loadDefault();

  @TempDir Path out;

  @Test
  void rendersAReportWhoseDatasetsAreAllEmpty() throws IOException {
    ReportResult full = OpsMonthlyFixture.result(CATALOG);
    ReportResult empty =
        new ReportResult(
            full.spec(),
            full.stamp(),
            full.subtitle(),
            full.datasets().stream().map(d -> new DatasetResult(d.spec(), List.of())).toList());

    for (ReportRenderer renderer :
        List.of(new PdfRenderer(CATALOG), new XlsxRenderer(), new CsvRenderer())) {
      assertThat(renderer.render(empty, out, "empty")).isNotEmpty();
    }
    try (PDDocument document = Loader.loadPDF(out.resolve("empty.pdf").toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.split("无数据", -1)).hasSize(full.datasets().size() + 1);
      assertThat(text).contains("六、期末未结工单明细\n无数据").contains("七、指标说明");
    }
  }

  @Test
  void namesDatasetRowAndColumnOfAValueOfTheWrongType() {
    ReportResult full = OpsMonthlyFixture.result(CATALOG);
    List<DatasetResult> datasets =
        full.datasets().stream()
            .map(
                d ->
                    d.spec().name().equals("by_channel")
                        ? new DatasetResult(
                            d.spec(), List.<Object[]>of(new Object[] {"WX", "微信", "十", null}))
                        : d)
            .toList();
    ReportResult bad = new ReportResult(full.spec(), full.stamp(), full.subtitle(), datasets);

    for (ReportRenderer renderer :
        List.of(new PdfRenderer(CATALOG), new XlsxRenderer(), new CsvRenderer())) {
      assertThatThrownBy(() -> renderer.render(bad, out, "bad"))
          .as(renderer.format().name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("数据集 by_channel 第 1 行的列 tickets（工单数）应为 数值，实际是 String '十'");
    }
  }

  @Test
  void namesTheDatasetOfARowWithTooFewValues() {
    ReportResult full = OpsMonthlyFixture.result(CATALOG);
    List<DatasetResult> datasets =
        full.datasets().stream()
            .map(
                d ->
                    d.spec().name().equals("daily")
                        ? new DatasetResult(d.spec(), List.<Object[]>of(new Object[] {null}))
                        : d)
            .toList();
    ReportResult bad = new ReportResult(full.spec(), full.stamp(), full.subtitle(), datasets);

    assertThatThrownBy(() -> new CsvRenderer().render(bad, out, "bad"))
        .hasMessageContaining("数据集 daily 第 1 行有 1 个值，应为 2 个");
  }
}
