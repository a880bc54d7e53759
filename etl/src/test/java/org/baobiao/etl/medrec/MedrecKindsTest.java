package org.baobiao.etl.medrec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Loading front pages checks what is needed to store a row — the key, the hospital, the types — and
 * nothing about the content: a code outside its list loads, for the quality rules to report.
 */
class MedrecKindsTest {
  private final FrontPagesKind pages = new FrontPagesKind();
  private final ReferenceData ref = ReferenceData.of(Set.of("430100003"), Set.of());
  private final HeaderMap header =
      HeaderMap.of(record(1, "机构代码,病案号,住院次数,性别,出生日期,民族,入院时间,出院时间,实际住院天数,总费用,红细胞"), pages.columns());

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("p.csv", line, line - 2, csv.split(",", -1), csv);
  }

  private static String problems(RowRejectedException e) {
    return String.join(
        "; ",
        e.rejects().stream()
            .map(r -> r.line() + " " + r.field() + " " + r.value() + " " + r.reasonCode())
            .toList());
  }

  @Test
  void aFrontPageMapsToItsTypedColumnsAndCodesLoadAsGiven() {
    Object[] v =
        pages.map(
            record(
                2, "430100003,A-1,2,男,1985/05/12,57,2026-10-02 08:30,2026-10-08 10:00,6,4900.5,2"),
            header,
            ref);
    assertThat(v).hasSize(FrontPagesKind.FIELDS.size());
    assertThat(v[0]).isEqualTo("430100003");
    assertThat(v[2]).isEqualTo(2);
    assertThat(v[5]).as("sex, outside GB/T 2261.1 but loaded").isEqualTo("男");
    assertThat(v[6]).isEqualTo(LocalDate.of(1985, 5, 12));
    assertThat(v[17]).isEqualTo(LocalDateTime.of(2026, 10, 2, 8, 30));
    assertThat(v[35]).isEqualTo(new BigDecimal("4900.5"));
    assertThat(v[48]).isEqualTo(new BigDecimal("2.0"));
  }

  @Test
  void theKeyTheHospitalAndTheTypesAreLoadRules() {
    assertThatThrownBy(
            () ->
                pages.map(
                    record(3, "440000000,A 1,0,1,1985-02-30,01,2026-10-02,,x,-1,"), header, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(problems(e))
                    .isEqualTo(
                        "3 admission_no 0 BAD_NUMBER; 3 birth_date 1985-02-30 BAD_DATE; 3 admitted_at"
                            + " 2026-10-02 BAD_TIMESTAMP; 3 discharged_at null MISSING_VALUE; 3 los_days x"
                            + " BAD_NUMBER; 3 total_cost -1 BAD_NUMBER; 3 record_no A 1 BAD_FORMAT; 3"
                            + " org_code 440000000 UNKNOWN_HOSPITAL"));
  }

  @Test
  void whatTheStoreWouldRefuseIsOneRejectOfTheRow() {
    assertThatThrownBy(
            () ->
                pages.map(
                    record(
                        4,
                        "430100003,A-1,2,男,1985/05/12,57,2026-10-02 08:30,2026-10-08 10:00,6,"
                            + "12345678901234567890,99999999.9"),
                    header,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(problems(e))
                    .isEqualTo(
                        "4 total_cost 12345678901234567890 BAD_NUMBER; 4 red_cells_u 99999999.9"
                            + " BAD_NUMBER"));
    Object[] max =
        pages.map(
            record(
                5,
                "430100003,A-1,2,男,1985/05/12,57,2026-10-02 08:30,2026-10-08 10:00,6,"
                    + "999999999999.99,9999999.9"),
            header,
            ref);
    assertThat(max[35]).isEqualTo(new BigDecimal("999999999999.99"));
  }

  @Test
  void rejectsOfAFrontPageHoldPersonalValuesOnlyMasked() {
    HeaderMap personal =
        HeaderMap.of(record(1, "机构代码,病案号,住院次数,姓名,证件号码,联系电话,入院时间,出院时间,备注"), pages.columns());
    assertThatThrownBy(
            () ->
                pages.map(
                    record(
                        6,
                        "430100003,A-2,1,欧阳建华,430102197001011234,13912345678,2026-10-02,"
                            + "2026-10-08 10:00,另见 430102198001011238"),
                    personal,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects()).singleElement();
              assertThat(e.rejects().get(0).rawLine())
                  .isEqualTo(
                      "430100003,A-2,1,欧***,430102********1234,139****5678,2026-10-02,"
                          + "2026-10-08 10:00,另********************");
            });
    assertThatThrownBy(
            () ->
                pages.map(
                    record(7, "430100003,A-3,1,欧阳建华,430102197001011234,2026-10-02"), personal, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects().get(0).rawLine())
                    .as("a misaligned row has every field masked")
                    .isEqualTo("4********,A**,1,欧***,4*****************,2*********"));
    String longName = "欧".repeat(FieldReaderLimits.LONG);
    assertThatThrownBy(
            () ->
                pages.map(
                    record(
                        8,
                        "430100003,A-4,1,"
                            + longName
                            + ",430102197001011234,13912345678,2026-10-02 08:00,2026-10-08 10:00,"),
                    personal,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects().get(0).field()).isEqualTo("patient_name");
              assertThat(e.rejects().get(0).value()).startsWith("欧*").doesNotContain("欧欧");
            });
  }

  /** A name longer than a text column takes. */
  private static final class FieldReaderLimits {
    static final int LONG = 2_100;
  }

  @Test
  void theDomainLoadsStaysBeforeTheirDiagnosesAndOperations() {
    assertThat(Domains.kinds("medrec"))
        .extracting(k -> k.name())
        .containsExactly("medrec_front_pages", "medrec_diagnoses", "medrec_operations");
    assertThat(Domains.kindOf("medrec", "medrec_operations_430100003_2026Q3.csv")).isPresent();
    assertThat(Domains.kindOf("medrec", "medrec_front_pages_x.csv.rejects.csv")).isEmpty();
    assertThat(new DiagnosesKind().keyColumns())
        .containsExactly("org_code", "record_no", "admission_no", "seq");
  }

  @Test
  void personalValuesAreMaskedForOutput() {
    assertThat(MedrecColumns.mask("patient_name", "张三丰")).isEqualTo("张**");
    assertThat(MedrecColumns.mask("id_number", "430102198505123415"))
        .isEqualTo("430102********3415");
    assertThat(MedrecColumns.mask("id_number", "E1234567")).isEqualTo("*******7");
    assertThat(MedrecColumns.mask("phone", "13807310001")).isEqualTo("138****0001");
    assertThat(MedrecColumns.mask("coder", "王芳")).isEqualTo("王芳");
    assertThat(MedrecColumns.mask("contact_name", "李四")).isEqualTo("李*");
    assertThat(MedrecColumns.mask("contact_phone", "13807310002")).isEqualTo("138****0002");
    assertThat(MedrecColumns.mask("current_address", "湖南省长沙市芙蓉区五一大道1号"))
        .isEqualTo("湖南省长沙市*********");
    assertThat(MedrecColumns.mask("work_unit", "长沙某厂")).isEqualTo("****");
  }
}
