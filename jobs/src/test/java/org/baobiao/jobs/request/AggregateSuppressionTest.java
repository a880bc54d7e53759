package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate extract {@code medrec-diagnosis-counts} on the hand-computed fixture of
 * golden/extraction/diagnosis-counts (its README has the figures): a group of exactly 5 patients is
 * shown, one of 4 patients (though 5 stays) and one of 1 are written {@code <5}, no total, and the
 * rule is stated in the file.
 */
class AggregateSuppressionTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/extraction/diagnosis-counts");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;

  @BeforeEach
  void load() {
    app = ServiceFixture.in(dir);
    List<String> values = new ArrayList<>();
    stays(values, "普通外科", "K80.100", "P01", "P02", "P03", "P04", "P05");
    stays(values, "普通外科", "K35.800", "P06", "P07", "P08", "P09", "P06");
    stays(values, "心内科", "I10.x00", "P10");
    stays(values, "心内科", "I21.000", "P11", "P12", "P13", "P14", "P15", "P16");
    values.add(
        "('430100003', 'P17', 1, '2026-09-10 08:00:00', '2026-09-20 10:00:00', '心内科',"
            + " 'I21.000', 0, 0)");
    app.warehouse()
        .inTransaction(
            s ->
                s.update(
                    "INSERT INTO medrec_front_pages (org_code, record_no, admission_no, admitted_at,"
                        + " discharged_at, discharge_dept, main_diagnosis_code, batch_id,"
                        + " source_line) VALUES "
                        + String.join(", ", values),
                    Map.of()));
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
  void groupsOfFewerThanFivePatientsAreWrittenLessThanFiveWithoutTotals() throws Exception {
    Delivered d = run(DeliveryFormat.CSV);

    List<String> lines = Files.readAllLines(d.file(), StandardCharsets.UTF_8);
    String data =
        lines.stream()
            .map(l -> l.replace("\uFEFF", ""))
            .filter(l -> !l.startsWith("#"))
            .collect(Collectors.joining("\n", "", "\n"));
    Path expected = GOLDEN.resolve("expected.csv");
    if (!Files.exists(expected) || !Files.readString(expected).equals(data)) {
      Path actual = Path.of("target/golden-actual/extraction/diagnosis-counts/expected.csv");
      Files.createDirectories(actual.getParent());
      Files.writeString(actual, data);
    }
    assertThat(data).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(lines).anyMatch(l -> l.startsWith("# 小单元格隐藏: 人数小于 5 人的单元格已隐藏（该分组的各项计数写作 <5）；不提供合计"));
    assertThat(d.rows()).isEqualTo(4);
  }

  @Test
  void theWorkbookStatesTheRuleAndKeepsShownCountsNumeric() throws Exception {
    Delivered d = run(DeliveryFormat.XLSX);

    try (InputStream in = Files.newInputStream(d.file());
        Workbook wb = WorkbookFactory.create(in)) {
      List<String> about = SensitiveDiagnosisMaskingTest.cells(d.file());
      assertThat(about).anyMatch(c -> c.contains("人数小于 5 人的单元格已隐藏"));
      Sheet data = wb.getSheetAt(1);
      // 心内科 I10 (1 patient): text <5; 普通外科 K80 (exactly 5): the number 5.
      assertThat(data.getRow(1).getCell(2).getStringCellValue()).isEqualTo("<5");
      assertThat(data.getRow(4).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(data.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(5.0);
      assertThat(data.getLastRowNum()).isEqualTo(4);
    }
  }

  private Delivered run(DeliveryFormat format) throws Exception {
    ExtractionRequest r =
        service.create(
            new NewRequest(
                "医务科",
                Purpose.MANAGEMENT,
                "各科出院患者病种构成",
                "medrec-diagnosis-counts",
                List.of("discharge_dept", "diagnosis_category"),
                new RequestFilters("2026-10", "430100003", null, List.of()),
                format,
                null,
                List.of(),
                null),
            REQUESTER);
    service.submit(r.number(), REQUESTER);
    assertThat(service.approve(r.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.APPROVED);
    return service.run(r.number(), REQUESTER);
  }

  private static void stays(List<String> values, String dept, String code, String... people) {
    int day = 1;
    List<String> seen = new ArrayList<>();
    for (String p : people) {
      int admission = (int) seen.stream().filter(p::equals).count() + 1;
      seen.add(p);
      values.add(
          String.format(
              "('430100003', '%s', %d, '2026-10-%02d 08:00:00', '2026-10-%02d 10:00:00', '%s',"
                  + " '%s', 0, 0)",
              p, admission, day, day + 5, dept, code));
      day++;
    }
  }
}
