package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.personal.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.yaml's {@code mask:} on a column of personal data: read into the column, and refused on
 * anything but TEXT or with an unknown rule, with the file, line and field.
 */
class MaskedColumnsTest {
  private static final Path BUNDLED = Path.of("src/main/resources/reports");

  @TempDir Path conf;

  @Test
  void theRosterMasksBothPartnersNamesAndNothingElse() {
    ReportSpec roster = ReportCatalog.loadDefault().get("thal-couples");
    for (DatasetSpec ds : roster.datasets()) {
      for (ColumnSpec c : ds.columns()) {
        boolean name = c.name().equals("female_name") || c.name().equals("male_name");
        assertThat(c.mask())
            .as("%s.%s", ds.name(), c.name())
            .isEqualTo(name ? PersonalData.NAME : null);
      }
    }
  }

  @Test
  void aMaskOnANumberOrAnUnknownRuleIsRefusedWithItsField() throws IOException {
    Path yaml = copy("thal-couples").resolve("report.yaml");
    String text = Files.readString(yaml);
    Files.writeString(
        yaml,
        text.replace(
            "{name: ga_weeks, label: 孕周, type: INTEGER,",
            "{name: ga_weeks, label: 孕周, type: INTEGER, mask: name,"));
    assertThatThrownBy(() -> ReportCatalog.load(ConfigFolder.at(conf)))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("thal-couples/report.yaml")
        .hasMessageContaining("mask")
        .hasMessageContaining("TEXT");
    Files.writeString(yaml, text.replace("mask: name, width: 6}", "mask: initials, width: 6}"));
    assertThatThrownBy(() -> ReportCatalog.load(ConfigFolder.at(conf)))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("initials");
  }

  private Path copy(String id) throws IOException {
    Path to = Files.createDirectories(conf.resolve("reports").resolve(id));
    try (Stream<Path> files = Files.list(BUNDLED.resolve(id))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
