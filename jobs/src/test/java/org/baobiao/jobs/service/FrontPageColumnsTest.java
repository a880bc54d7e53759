package org.baobiao.jobs.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.personal.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled upload layouts against the real front-page columns. */
class FrontPageColumnsTest {
  private static final Path LAYOUTS =
      Path.of("../reports/src/main/resources/org/baobiao/reports/submission");

  private static UploadLayouts bundled() {
    return UploadLayouts.load(ConfigFolder.none(), UploadRecords.all());
  }

  @Test
  void theBundledLayoutExpandsItsRepeatsAndIsInForceFrom2026() {
    UploadLayout first =
        bundled().inForce("perf-assessment", LocalDate.of(2026, 6, 30)).orElseThrow();
    assertThat(first.version()).isEqualTo("2026.1");
    assertThat(first.columns())
        .filteredOn(UploadLayout.Column::isPersonal)
        .extracting(UploadLayout.Column::code)
        .containsExactly("XM", "SFZH");
    UploadLayout l = bundled().inForce("perf-assessment", LocalDate.of(2026, 7, 1)).orElseThrow();
    assertThat(l.version()).isEqualTo("2026.2");
    List<String> codes = l.columns().stream().map(UploadLayout.Column::code).toList();
    assertThat(codes).startsWith("USERNAME", "YLFKFS", "ZYCS", "BAH", "XM");
    assertThat(codes).containsSubsequence("JBDM1", "QTZD1", "RYBQ1", "JBDM2", "JBDM3", "RYBQ3");
    assertThat(codes).containsSubsequence("SSJCZBM1", "MZYS1", "SSJCZBM2", "MZYS2");
    assertThat(l.columns())
        .filteredOn(UploadLayout.Column::isPersonal)
        .extracting(UploadLayout.Column::code)
        .containsExactly("XM", "SFZH", "XZZ", "HKDZ", "GZDWJDZ", "DWDH", "LXRXM", "DZ", "DH2");
    assertThat(l.columns())
        .filteredOn(c -> c.code().equals("SFZH") || c.code().equals("DH2"))
        .extracting(UploadLayout.Column::personal)
        .containsExactly(PersonalData.ID_NUMBER, PersonalData.PHONE);
    assertThat(codes).containsSubsequence("ZY", "HY", "RYBF", "ZKKB", "CYBF", "ZFY", "ZFJE");
    assertThat(bundled().inForce("perf-assessment", LocalDate.of(2025, 12, 31))).isEmpty();
  }

  @Test
  void aNewLayoutVersionInTheFolderIsAdded(@TempDir Path conf) throws IOException {
    Path dir = Files.createDirectories(conf.resolve("layouts"));
    Files.writeString(
        dir.resolve("perf-assessment-2027.yaml"),
        Files.readString(LAYOUTS.resolve("perf-assessment-2026-2.yaml"))
            .replace("version: \"2026.2\"", "version: \"2027.1\""));
    UploadLayouts layouts = UploadLayouts.load(ConfigFolder.at(conf), UploadRecords.all());
    assertThat(layouts.all()).extracting(UploadLayout::version).contains("2026.2", "2027.1");
  }
}
