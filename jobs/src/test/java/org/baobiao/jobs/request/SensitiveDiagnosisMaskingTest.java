package org.baobiao.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.baobiao.jobs.request.catalog.CodeList;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnoses in the sensitive list (HIV, syphilis, psychiatric) on the front-page fixture of
 * golden/medrec-qc/october, with three stays recoded: A002's main diagnosis HIV disease (B20.000),
 * A001's other diagnoses 2型糖尿病 (E11.900, kept) then early syphilis (A51.000) and a depressive
 * episode (F32.900), A004's other diagnosis a hypertension (I10, kept).
 */
class SensitiveDiagnosisMaskingTest {
  private static final Actor REQUESTER = new Actor("李统计", "测试@host-a");
  private static final Actor APPROVER = new Actor("陈主任", "测试@host-b");
  private static final Actor SECOND = new Actor("王科长", "测试@host-c");
  // A code stands alone (cell start or end, separators): not inside a pseudonym (PF396-B3A0-…)
  private static final Pattern ICD =
      Pattern.compile("(?<![0-9A-Za-z])[A-Z][0-9]{2}(\\.[0-9A-Za-z]+)?(?![0-9A-Za-z])");
  private static final String MASKED = "敏感诊断（已屏蔽）";
  private static final List<String> DIAGNOSES =
      List.of("record_no", "main_diagnosis_code", "main_diagnosis_name", "other_diagnosis_codes");

  @TempDir Path dir;
  ServiceFixture app;
  RequestService service;
  CodeList list;

  @BeforeEach
  void load() throws Exception {
    app = ServiceFixture.in(dir);
    app.load("reference", "medrec-qc/october/input/reference");
    app.load("medrec", "medrec-qc/october/input/medrec");
    app.warehouse()
        .inTransaction(
            s -> {
              s.update(
                  "UPDATE medrec_front_pages SET main_diagnosis_code = 'B20.000',"
                      + " main_diagnosis_name = 'HIV病伴分枝杆菌感染' WHERE record_no = 'A002'",
                  Map.of());
              s.update(
                  "INSERT INTO medrec_diagnoses (org_code, record_no, admission_no, seq,"
                      + " diagnosis_code, diagnosis_name, batch_id, source_line) VALUES"
                      + " ('430100003', 'A001', 1, 2, 'A51.000', '早期梅毒', 0, 0),"
                      + " ('430100003', 'A001', 1, 3, 'F32.900', '抑郁发作', 0, 0),"
                      + " ('430100003', 'A004', 1, 1, 'I10', '高血压', 0, 0)",
                  Map.of());
            });
    service =
        new RequestService(
            app.warehouse(),
            app.configuration(),
            app.dataDir(),
            ServiceFixture.CLOCK,
            RequestPolicy.defaults());
    list =
        app.configuration().extracts().get("medrec-front-pages").orElseThrow().fields().stream()
            .filter(f -> f.name().equals("main_diagnosis_code"))
            .findFirst()
            .orElseThrow()
            .sensitiveCodes();
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aMaskedDeliveryOfFrontPagesHoldsNoSensitiveCodeInAnyCell() throws Exception {
    ExtractionRequest r = submitted(request(List.of(), List.of(), List.of()));
    service.approve(r.number(), APPROVER, Narrowing.none()); // the identity number is sensitive
    service.approve(r.number(), SECOND, Narrowing.none());

    Delivered d = service.run(r.number(), REQUESTER);

    List<String> cells = cells(d.file());
    for (String cell : cells) {
      Matcher m = ICD.matcher(cell);
      while (m.find()) {
        assertThat(list.holds(m.group()))
            .as("sensitive code %s in cell '%s'", m.group(), cell)
            .isFalse();
      }
      assertThat(cell).doesNotContain("HIV病伴", "早期梅毒", "抑郁发作");
    }
    List<List<String>> rows = rows(d.file(), DIAGNOSES_COLUMNS);
    assertThat(rows)
        .contains(
            List.of(MASKED, MASKED, ""),
            List.of("K80.100", "胆囊结石伴慢性胆囊炎", "E11.900;" + MASKED + ";" + MASKED),
            List.of("K80.100", "胆囊结石伴慢性胆囊炎", "I10"),
            List.of("J18.900", "肺炎", "I10.x00x002"));
    assertThat(cells).anyMatch(c -> c.contains("主要诊断编码（其中敏感诊断（艾滋病、梅毒、精神障碍）编码的写作「敏感诊断（已屏蔽）」"));
  }

  @Test
  void anApprovedUnmaskedDiagnosisFieldShowsTheCodesAfterTwoApprovals() throws Exception {
    ExtractionRequest r =
        submitted(
            request(DIAGNOSES, List.of("main_diagnosis_code", "other_diagnosis_codes"), List.of()));

    ExtractionRequest first = service.approve(r.number(), APPROVER, Narrowing.none());
    assertThat(first.state()).isEqualTo(RequestState.SUBMITTED);
    ExtractionRequest second = service.approve(r.number(), SECOND, Narrowing.none());
    assertThat(second.state()).isEqualTo(RequestState.APPROVED);
    Delivered d = service.run(r.number(), REQUESTER);

    List<List<String>> rows = rows(d.file(), DIAGNOSES_COLUMNS);
    // The name was not approved unmasked: masked where the code is in the list, and only there.
    assertThat(rows)
        .contains(
            List.of("B20.000", MASKED, ""),
            List.of("K80.100", "胆囊结石伴慢性胆囊炎", "E11.900;A51.000;F32.900"));
  }

  @Test
  void diagnosesMaskedByDefaultNeedOneApproval() {
    ExtractionRequest r = submitted(request(DIAGNOSES, List.of(), List.of()));
    assertThat(service.approve(r.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.APPROVED);
  }

  @Test
  void aCodePrefixInTheSensitiveListNeedsTheSecondApproval() throws Exception {
    ExtractionRequest hiv = submitted(request(DIAGNOSES, List.of(), List.of("B2")));
    assertThat(service.approve(hiv.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.SUBMITTED);
    assertThat(service.show(hiv.number()).events())
        .anyMatch(e -> e.details() != null && e.details().contains("编码前缀 B2 涉及人类免疫缺陷病毒[HIV]病"));

    ExtractionRequest gallstones = submitted(request(DIAGNOSES, List.of(), List.of("K80")));
    assertThat(service.approve(gallstones.number(), APPROVER, Narrowing.none()).state())
        .isEqualTo(RequestState.APPROVED);
  }

  // ---- helpers

  private static final List<String> DIAGNOSES_COLUMNS = List.of("主要诊断编码", "主要诊断名称", "其他诊断编码");

  private NewRequest request(List<String> fields, List<String> unmasked, List<String> prefixes) {
    return new NewRequest(
        "统计室",
        Purpose.RESEARCH,
        "住院患者诊断构成研究",
        "medrec-front-pages",
        fields,
        new RequestFilters("2026-Q4", "430100003", null, prefixes),
        DeliveryFormat.XLSX,
        null,
        unmasked,
        unmasked.isEmpty() ? null : "院伦理委员会批件 KY-2026-031");
  }

  private ExtractionRequest submitted(NewRequest in) {
    ExtractionRequest r = service.create(in, REQUESTER);
    return service.submit(r.number(), REQUESTER);
  }

  /** Every cell of every sheet as a person sees it. */
  static List<String> cells(Path xlsx) throws Exception {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(format.formatCellValue(cell));
          }
        }
      }
    }
    return cells;
  }

  /** The data sheet's rows, the named columns only (by heading). */
  private static List<List<String>> rows(Path xlsx, List<String> headings) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(1);
      Row header = sheet.getRow(0);
      List<Integer> at = new ArrayList<>();
      for (String h : headings) {
        for (Cell c : header) {
          if (format.formatCellValue(c).equals(h)) {
            at.add(c.getColumnIndex());
          }
        }
      }
      assertThat(at).as("columns %s", headings).hasSize(headings.size());
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> values = new ArrayList<>();
        for (int c : at) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(values);
      }
    }
    return rows;
  }
}
