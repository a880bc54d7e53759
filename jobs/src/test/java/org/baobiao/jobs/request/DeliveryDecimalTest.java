package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.catalog.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decimal field (住院总费用, {@code DECIMAL(14, 2)}) delivered as a workbook is read from DuckDB as a
 * double (no {@code BigDecimal} per value): the cells must hold exactly the double of the decimal,
 * a blank for NULL; delivered as CSV it keeps the decimal's own digits (0.10, not 0.1). Fixture:
 * golden/medrec-qc/october, Q4 stays A001–A004 and A006 (4,900.00 each), with A001 set to 1,234.56,
 * A002 to 0.10 and A003 to NULL.
 */
class DeliveryDecimalTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final String COST = "住院总费用（元）";

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "medrec-qc/october/input/reference");
    app.load("medrec", "medrec-qc/october/input/medrec");
    app.warehouse()
        .inTransaction(
            s -> {
              s.update(
                  "UPDATE medrec_front_pages SET total_cost = CASE record_no"
                      + " WHEN 'A001' THEN 1234.56 WHEN 'A002' THEN 0.10 ELSE total_cost END",
                  Map.of());
              s.update(
                  "UPDATE medrec_front_pages SET total_cost = NULL WHERE record_no = 'A003'",
                  Map.of());
            });
    service =
        new RequestService(
            app.warehouse(),
            app.configuration(),
            app.dataDir(),
            ServiceFixture.CLOCK,
            RequestPolicy.defaults());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aWorkbookHoldsEachDecimalAsItsDoubleAndNullAsBlank() throws Exception {
    Delivered d = run(DeliveryFormat.XLSX);

    assertThat(d.rows()).isEqualTo(4);
    List<Double> numbers = new ArrayList<>();
    int blanks = 0;
    try (InputStream in = Files.newInputStream(d.file());
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(1);
      int at = column(sheet.getRow(0), COST);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Cell cell = sheet.getRow(r).getCell(at);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
          blanks++;
        } else {
          assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
          numbers.add(cell.getNumericCellValue());
        }
      }
    }
    assertThat(blanks).isEqualTo(1);
    assertThat(numbers)
        .containsExactlyInAnyOrder(
            new BigDecimal("1234.56").doubleValue(), new BigDecimal("0.10").doubleValue(), 4900.0);
  }

  @Test
  void aCsvKeepsTheDecimalsDigits() throws Exception {
    Delivered d = run(DeliveryFormat.CSV);

    String csv = Files.readString(d.file(), StandardCharsets.UTF_8);
    List<String> costs =
        csv.lines()
            .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l) // the byte order mark
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .map(l -> l.substring(l.lastIndexOf(',') + 1))
            .filter(c -> !c.equals("total_cost") && !c.equals(COST)) // the heading lines
            .toList();
    assertThat(costs).containsExactlyInAnyOrder("1234.56", "0.10", "4900.00", "");
  }

  @Test
  void theCostIsSelectedAsADoubleForAWorkbookOnly() {
    // every field of the extract, as the benchmark's request has them: the decimal is nobody's
    // codes column (a field without codes is only its own)
    ExtractSpec spec = app.configuration().extracts().get("medrec-front-pages").orElseThrow();
    ExtractField cost = spec.field("total_cost").orElseThrow();
    List<ExtractField> all = spec.fields();

    assertThat(Delivery.readAsDouble(cost, all, false, ReportFormat.XLSX)).isTrue();
    assertThat(Delivery.readAsDouble(cost, all, false, ReportFormat.CSV)).isFalse();
    assertThat(Delivery.readAsDouble(cost, all, true, ReportFormat.XLSX)).isFalse();
    assertThat(
            Delivery.readAsDouble(
                spec.field("los_days").orElseThrow(), all, false, ReportFormat.XLSX))
        .isFalse();
  }

  private Delivered run(DeliveryFormat format) throws Exception {
    ExtractionRequest r =
        service.create(
            new NewRequest(
                "统计室",
                Purpose.MANAGEMENT,
                "住院费用分析",
                "medrec-front-pages",
                List.of("discharge_dept", "los_days", "total_cost"),
                new RequestFilters("2026-Q4", "430100003", null, List.of()),
                format,
                null,
                List.of(),
                null),
            REQUESTER);
    service.submit(r.number(), REQUESTER);
    service.approve(r.number(), APPROVER, Narrowing.none());
    return service.run(r.number(), REQUESTER);
  }

  private static int column(Row header, String heading) {
    DataFormatter format = new DataFormatter();
    for (Cell c : header) {
      if (format.formatCellValue(c).equals(heading)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + heading);
  }
}
