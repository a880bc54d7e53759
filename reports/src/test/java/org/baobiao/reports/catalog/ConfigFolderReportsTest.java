package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report definitions from the user's configuration folder. */
class ConfigFolderReportsTest {
  private static final Path BUNDLED = Path.of("src/main/resources/reports");

  @TempDir Path conf;

  private Path copy(String id, String as) throws IOException {
    Path to = Files.createDirectories(conf.resolve("reports").resolve(as));
    try (Stream<Path> files = Files.list(BUNDLED.resolve(id))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  @Test
  void withoutAFolderTheCatalogIsTheBundledOne() {
    assertThat(ReportCatalog.load(ConfigFolder.at(conf)).all())
        .extracting(ReportSpec::id)
        .containsExactlyElementsOf(
            ReportCatalog.loadDefault().all().stream().map(ReportSpec::id).toList());
  }

  @Test
  void anEditedReportFolderReplacesTheBundledReportWithItsQueries() throws IOException {
    Path folder = copy("ops-monthly", "ops-monthly");
    Path yaml = folder.resolve("report.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("version: 1", "version: 7")
            .replace("title: 运维工单月报", "title: 运维工单月报（本院版）"));
    Files.writeString(folder.resolve("summary.sql"), "SELECT 1 AS edited -- 本院口径\n");
    ReportCatalog catalog = ReportCatalog.load(ConfigFolder.at(conf));
    ReportSpec spec = catalog.get("ops-monthly");
    assertThat(spec.version()).isEqualTo(7);
    assertThat(spec.title()).isEqualTo("运维工单月报（本院版）");
    DatasetSpec summary =
        spec.datasets().stream().filter(d -> d.name().equals("summary")).findFirst().orElseThrow();
    assertThat(catalog.readQuery(spec, summary)).contains("本院口径");
    assertThat(catalog.layout(spec).getProtocol()).isEqualTo("file");
  }

  @Test
  void aNewReportFolderIsAddedAfterTheBundledReports() throws IOException {
    Path folder = copy("ops-monthly", "ops-weekly");
    Path yaml = folder.resolve("report.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("id: ops-monthly", "id: ops-weekly"));
    ReportCatalog catalog = ReportCatalog.load(ConfigFolder.at(conf));
    assertThat(catalog.all()).extracting(ReportSpec::id).endsWith("ops-weekly");
  }

  @Test
  void aBrokenReportInTheFolderIsNamedWithItsFieldAndTheBundledOnesAreNotBlamed()
      throws IOException {
    Path folder = copy("ops-monthly", "ops-monthly");
    Path yaml = folder.resolve("report.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("type: PERIOD", "type: PERIODE"));
    assertThatThrownBy(() -> ReportCatalog.load(ConfigFolder.at(conf)))
        .isInstanceOf(org.baobiao.spec.SpecException.class)
        .hasMessageContaining("ops-monthly/report.yaml")
        .hasMessageContaining("PERIODE")
        .hasMessageNotContaining("sla-compliance");
  }
}
