package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/indicators.md lists every indicator of every report as its report.yaml defines it, so that
 * the page people read cannot drift from the definitions the PDFs print.
 */
class IndicatorsDocTest {

  @Test
  void everyIndicatorIsListedUnderItsReportWithItsDefinition() throws IOException {
    String doc = Files.readString(Path.of("../docs/indicators.md"), StandardCharsets.UTF_8);
    for (ReportSpec spec : ReportCatalog.loadDefault().all()) {
      String heading = "## `" + spec.id() + "` — " + spec.title();
      assertThat(doc).as(spec.id()).contains(heading);
      int start = doc.indexOf(heading);
      int end = doc.indexOf("\n## ", start + heading.length());
      String section = doc.substring(start, end < 0 ? doc.length() : end);
      for (IndicatorSpec i : spec.indicators()) {
        String row =
            Stream.of(
                    "`" + i.id() + "`",
                    i.name(),
                    i.numerator(),
                    i.denominator(),
                    i.unit(),
                    i.source())
                .map(c -> c.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |"));
        assertThat(section).as(spec.id() + " " + i.id()).contains(row);
      }
    }
  }
}
