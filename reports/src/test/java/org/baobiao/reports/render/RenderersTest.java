package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.baobiao.reports.catalog.ReportFormat;
import org.junit.jupiter.api.Test;

class RenderersTest {

  @Test
  void standardRegistryHasOneRendererPerFormat() {
    Renderers renderers = Renderers.standard();

    assertThat(renderers.forFormat(ReportFormat.PDF)).isInstanceOf(PdfRenderer.class);
    assertThat(renderers.forFormat(ReportFormat.XLSX)).isInstanceOf(XlsxRenderer.class);
    assertThat(renderers.forFormat(ReportFormat.CSV)).isInstanceOf(CsvRenderer.class);
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(renderers.forFormat(format).format()).isEqualTo(format);
    }
  }

  @Test
  void refusesTwoRenderersForOneFormat() {
    assertThatThrownBy(() -> Renderers.of(List.of(new CsvRenderer(), new CsvRenderer())))
        .hasMessageContaining("CSV");
  }

  @Test
  void namesTheMissingFormat() {
    Renderers csvOnly = Renderers.of(List.of(new CsvRenderer()));

    assertThatThrownBy(() -> csvOnly.forFormat(ReportFormat.PDF)).hasMessageContaining("pdf");
  }
}
