package org.baobiao.bench;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;

/**
 * The extraction benchmarks' child JVM (run with {@code -Xmx256m}, so that finishing proves the
 * heap cap): writes one extraction and prints {@code BENCH_RUN <seconds> <peak heap MiB> <rows>
 * <pages>}.
 *
 * <p>Arguments: {@code xlsx|csv|plain-xlsx WAREHOUSE OUT_DIR PERIOD HOSPITAL}. {@code xlsx} and
 * {@code csv} go through the product's path ({@link ReportService}: the report runner streaming the
 * rows from DuckDB into the XLSX or CSV renderer) with the benchmark's {@code exchange-extract}
 * report; {@code plain-xlsx} is the baseline, the same query's rows written by a bare SXSSF loop.
 */
public final class ExtractChild {
  /** Where the benchmark's own report definitions live on the class path. */
  static final String REPORTS = "org/baobiao/bench/reports";

  static final String REPORT = "exchange-extract";

  static final String DETAIL_REPORT = "exchange-detail";

  private ExtractChild() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("用法: ExtractChild xlsx|csv|plain-xlsx|pdf|detail-csv 仓库 输出目录 期间 医院");
      System.exit(2);
    }
    ExtractScenario.ChildRun r =
        extract(args[0], Path.of(args[1]), Path.of(args[2]), ReportPeriod.parse(args[3]), args[4]);
    System.out.printf(
        Locale.ROOT,
        "BENCH_RUN %.6f %d %d %d%n",
        r.run().seconds(),
        r.run().peakHeapMib(),
        r.rows(),
        r.pages());
  }

  /** Writes one extraction ({@code xlsx}, {@code csv} or {@code plain-xlsx}) into {@code out}. */
  static ExtractScenario.ChildRun extract(
      String mode, Path warehouseFile, Path out, ReportPeriod period, String hospital)
      throws Exception {
    Files.createDirectories(out);
    long[] rows = new long[1];
    long pages = 0;
    Timing.Run run;
    if (mode.equals("plain-xlsx")) {
      run = plainXlsx(warehouseFile, out, period, rows);
    } else {
      String report =
          switch (mode) {
            case "xlsx", "csv" -> REPORT;
            case "pdf", "detail-csv" -> DETAIL_REPORT;
            default -> throw new IllegalArgumentException("unknown mode " + mode);
          };
      ReportFormat format =
          switch (mode) {
            case "xlsx" -> ReportFormat.XLSX;
            case "pdf" -> ReportFormat.PDF;
            default -> ReportFormat.CSV;
          };
      try (Warehouse warehouse = DuckDbWarehouse.open(warehouseFile)) {
        ReportCatalog catalog = ReportCatalog.load(ExtractChild.class.getClassLoader(), REPORTS);
        ReportSpec spec = catalog.find(report).orElseThrow();
        ReportService reports = new ReportService(warehouse, catalog, Clock.systemDefaultZone());
        // The rows the report's (single) dataset returns, counted by the same query.
        rows[0] =
            ((Number)
                    warehouse
                        .query(
                            "SELECT count(*) FROM ("
                                + catalog.readQuery(spec, spec.datasets().get(0))
                                + ") q",
                            Map.of(
                                "org_code",
                                hospital,
                                "period_start",
                                period.start().atStartOfDay(),
                                "period_end",
                                period.end().atStartOfDay()))
                        .single())
                .longValue();
        List<Path> written = new ArrayList<>();
        run =
            Timing.run(
                () ->
                    written.addAll(
                        reports.write(spec, period, List.of(hospital), List.of(format), out)));
        if (format == ReportFormat.PDF) {
          pages = pdfPages(written.get(0));
        }
      }
    }
    return new ExtractScenario.ChildRun(run, rows[0], pages);
  }

  /** The pages of a PDF, read with the PDF library the Jasper exporter writes with. */
  static long pdfPages(Path pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf.toString());
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }

  /** The baseline: the query over plain JDBC into SXSSF, a date style for timestamps, no more. */
  private static Timing.Run plainXlsx(
      Path warehouseFile, Path out, ReportPeriod period, long[] rows) throws Exception {
    String sql =
        new String(
                ExtractChild.class
                    .getClassLoader()
                    .getResourceAsStream(REPORTS + "/" + REPORT + "/exchanges.sql")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace(":period_start", "TIMESTAMP '" + period.start() + " 00:00:00'")
            .replace(":period_end", "TIMESTAMP '" + period.end() + " 00:00:00'");
    try (Connection c = ConventionalIngest.connect(warehouseFile);
        Statement st = c.createStatement()) {
      return Timing.run(
          () -> {
            try (ResultSet rs = st.executeQuery(sql);
                SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
              CellStyle date = wb.createCellStyle();
              date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
              Sheet sheet = wb.createSheet("exchanges");
              ResultSetMetaData md = rs.getMetaData();
              int n = md.getColumnCount();
              int[] types = new int[n];
              Row header = sheet.createRow(0);
              for (int i = 0; i < n; i++) {
                types[i] = md.getColumnType(i + 1);
                header.createCell(i).setCellValue(md.getColumnLabel(i + 1));
              }
              int r = 1;
              while (rs.next()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < n; i++) {
                  Object v = rs.getObject(i + 1);
                  if (v == null) {
                    continue;
                  }
                  Cell cell = row.createCell(i);
                  if (types[i] == Types.TIMESTAMP) {
                    cell.setCellValue(((Timestamp) v).toLocalDateTime());
                    cell.setCellStyle(date);
                  } else if (v instanceof Number num) {
                    cell.setCellValue(num.doubleValue());
                  } else {
                    cell.setCellValue(v.toString());
                  }
                }
              }
              rows[0] = r - 1;
              try (OutputStream o = Files.newOutputStream(out.resolve("plain.xlsx"))) {
                wb.write(o);
              }
            }
          });
    }
  }
}
