package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * medrec-complications on a hand-computed fixture (golden/medrec-complications/q3): four stays with
 * an elective operation and one emergency operation; two elective stays have complications that
 * arose in hospital (one of them two), one has a complication code present on admission (not
 * counted), and the emergency stay's complication is not counted either.
 */
class MedrecComplicationsReportIT {
  @TempDir Path dir;

  @Test
  void figuresMatchTheHandComputedGoldenFiles() throws IOException {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("medrec-complications/q3/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    CliRunner.Result loaded =
        cli.run("ingest", "--domain", "medrec", input.resolve("medrec").toString());
    assertThat(loaded.exitCode()).as(loaded.out() + loaded.err()).isZero();
    assertThat(cli.run("medrec", "qc").exitCode()).isZero();
    ReportResult result;
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
      result =
          new ReportRunner(w, catalog, clock)
              .run(
                  catalog.find("medrec-complications").orElseThrow(),
                  new ReportRequest(ReportPeriod.parse("2026-Q3"), "430100003"));
    }
    List<String> mismatches = GoldenCsv.mismatches(result, "medrec-complications/q3");
    assertThat(mismatches)
        .as("datasets differing from golden files (actual in target/golden-actual)")
        .isEmpty();

    Path out = dir.resolve("out");
    CliRunner.Result r =
        cli.run(
            "report",
            "medrec-complications",
            "--period",
            "2026-Q3",
            "--hospital",
            "430100003",
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    try (PDDocument doc =
        Loader.loadPDF(out.resolve("medrec-complications_430100003_2026-Q3.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("择期手术并发症明细").contains("50.00%").contains("手术后出血或血肿");
      assertThat(text).contains("三级医院评审标准");
    }
  }
}
