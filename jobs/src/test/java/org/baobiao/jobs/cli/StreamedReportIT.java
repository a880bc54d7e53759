package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.CsvRenderer;
import org.baobiao.reports.render.XlsxRenderer;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report streamed from the warehouse into the XLSX and CSV renderers (as {@code report --format
 * xlsx,csv} writes it, so that large extractions fit a small heap) has exactly the cells and lines
 * of the same report computed in memory; on the interface-exchange fixture, every dataset.
 */
class StreamedReportIT {
  private static final String HOSPITAL = "441700001";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir Path dir;

  @Test
  void streamedFilesEqualTheOnesComputedInMemory() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    assertThat(
            cli.run("ingest", "--domain", "interfaces", input.resolve("interfaces").toString())
                .exitCode())
        .isEqualTo(3);

    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      ReportSpec spec = catalog.find("interface-exchange").orElseThrow();
      ReportRunner runner = new ReportRunner(w, catalog, CLOCK);
      ReportRequest request = new ReportRequest(ReportPeriod.parse("2026-10"), HOSPITAL);
      var inMemory = runner.run(spec, request);
      assertThat(inMemory.dataset("daily").orElseThrow().rows()).isNotEmpty();

      List<Path> csvA = new CsvRenderer().render(inMemory, dir.resolve("a"), "r");
      List<Path> csvB =
          new CsvRenderer().render(runner.stream(spec, request), dir.resolve("b"), "r");
      assertThat(csvB).hasSameSizeAs(csvA);
      for (int i = 0; i < csvA.size(); i++) {
        assertThat(Files.readString(csvB.get(i), StandardCharsets.UTF_8))
            .as(csvB.get(i).getFileName().toString())
            .isEqualTo(Files.readString(csvA.get(i), StandardCharsets.UTF_8));
      }

      Path xlsxA = new XlsxRenderer().render(inMemory, dir.resolve("a"), "r").get(0);
      Path xlsxB =
          new XlsxRenderer().render(runner.stream(spec, request), dir.resolve("b"), "r").get(0);
      assertThat(cells(xlsxB)).isEqualTo(cells(xlsxA)).hasSizeGreaterThan(100);
    }
  }

  /** Every cell as sheet!row:column=formatted value, plus each sheet's filter range. */
  private static List<String> cells(Path xlsx) throws Exception {
    List<String> out = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        var filter = ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter();
        out.add(sheet.getSheetName() + " filter " + (filter == null ? "none" : filter.getRef()));
        for (Row row : sheet) {
          for (Cell cell : row) {
            out.add(
                sheet.getSheetName()
                    + "!"
                    + row.getRowNum()
                    + ":"
                    + cell.getColumnIndex()
                    + "="
                    + format.formatCellValue(cell));
          }
        }
      }
    }
    return out;
  }
}
