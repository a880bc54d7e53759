package org.baobiao.etl.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The activity row rules, as a pure function of a row. */
class ActivitiesKindTest {
  private final ActivitiesKind kind = new ActivitiesKind();
  private final ReferenceData ref = ReferenceData.of(Set.of("440800004"), Set.of());
  private final HeaderMap header =
      HeaderMap.of(record(1, "机构代码,活动编号,活动类型,开始时间,结束时间,人天,版本号,报告编号,关联工单号,结果,说明"), kind.columns());

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("a.csv", line, line - 2, csv.split(",", -1), csv);
  }

  private static String problems(RowRejectedException e) {
    return String.join(
        "; ",
        e.rejects().stream()
            .map(r -> r.line() + " " + r.field() + " " + r.value() + " " + r.reasonCode())
            .toList());
  }

  @Test
  void aGoodChangeEffortRowMapsToTypedStagingValuesWithResultOkByDefault() {
    Object[] v =
        kind.map(
            record(2, "440800004,A1,CHANGE_EFFORT,2026/02/26 09:00,2026-02-27 18:00,2,,,T-1,,"),
            header,
            ref);
    assertThat(v).hasSize(14);
    assertThat(v[2]).isEqualTo("CHANGE_EFFORT");
    assertThat(v[3]).isEqualTo(LocalDateTime.of(2026, 2, 26, 9, 0));
    assertThat(v[4]).isEqualTo(LocalDateTime.of(2026, 2, 27, 18, 0));
    assertThat(v[8]).isEqualTo(new BigDecimal("2.0"));
    assertThat(v[11]).isEqualTo("T-1");
    assertThat(v[12]).isEqualTo("OK");
  }

  @Test
  void aReleaseNeedsItsVersionAndAReportTypeItsReportNumber() {
    assertThatThrownBy(
            () -> kind.map(record(3, "440800004,A2,RELEASE,2026-07-02 19:30,,,,,,,"), header, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> assertThat(problems(e)).isEqualTo("3 version null MISSING_VALUE"));
    assertThatThrownBy(
            () ->
                kind.map(
                    record(4, "440800004,A3,MAJOR_FAULT_REPORT,2026-07-02 15:00,,,,,,,"),
                    header,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> assertThat(problems(e)).isEqualTo("4 report_no null MISSING_VALUE"));
    Object[] v =
        kind.map(
            record(5, "440800004,A4,MAINTENANCE_REPORT,2026-07-15 10:00,,,,ZJYW-2026Q2,,,"),
            header,
            ref);
    assertThat(v[10]).isEqualTo("ZJYW-2026Q2");
    assertThat(v[8]).isNull();
  }

  @Test
  void everyProblemOfARowIsReportedWithFieldValueAndReason() {
    assertThatThrownBy(
            () ->
                kind.map(
                    record(7, "440800005,A 5,数据库备份,2026-02-29 02:00,,1.25,,,#9,PARTIAL,"),
                    header,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(problems(e))
                    .isEqualTo(
                        "7 activity_id A 5 BAD_FORMAT; 7 activity_type 数据库备份 BAD_CODE;"
                            + " 7 started_at 2026-02-29 02:00 BAD_TIMESTAMP;"
                            + " 7 person_days 1.25 BAD_NUMBER; 7 ticket_no #9 BAD_FORMAT;"
                            + " 7 result PARTIAL BAD_CODE; 7 org_code 440800005 UNKNOWN_HOSPITAL"));
  }

  @Test
  void anEndBeforeTheStartIsInconsistentAndPersonDaysMustNotBeNegative() {
    assertThatThrownBy(
            () ->
                kind.map(
                    record(
                        8, "440800004,A6,CHANGE_EFFORT,2026-05-14 09:00,2026-05-13 18:00,-1,,,,,"),
                    header,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(problems(e))
                    .isEqualTo(
                        "8 person_days -1 BAD_NUMBER; 8 ended_at 2026-05-13 18:00 INCONSISTENT"));
  }

  @Test
  void aHeaderWithoutARequiredColumnNamesTheFileAndTheColumn() {
    assertThatThrownBy(
            () -> HeaderMap.of(record(1, "org_code,activity_id,activity_type"), kind.columns()))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("a.csv")
        .hasMessageContaining("started_at（开始时间）");
  }

  @Test
  void isTheOnlyKindOfTheActivitiesDomain() {
    assertThat(Domains.names())
        .containsExactly(
            "reference", "tickets", "activities", "interfaces", "medrec", "blood", "mch");
    assertThat(Domains.kindOf("activities", "activities_440800004_2026.csv"))
        .containsInstanceOf(ActivitiesKind.class);
    assertThat(Domains.kindOf("activities", "activities_440800004_2026.csv.rejects.csv")).isEmpty();
    assertThat(Domains.kindOf("activities", "ticket_events_x.csv")).isEmpty();
    assertThat(ActivityCodes.TYPES)
        .hasSize(16)
        .containsKeys(ActivityCodes.REPORT_TYPES.toArray(String[]::new));
  }
}
