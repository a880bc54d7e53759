package org.baobiao.etl.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The ticket event row rules, as a pure function of a row. */
class TicketEventsKindTest {
  private final TicketEventsKind kind = new TicketEventsKind();
  private final ReferenceData ref = ReferenceData.of(Set.of("441700001"), Set.of("441700001/S01"));
  private final HeaderMap header =
      HeaderMap.of(record(1, "机构代码,工单号,序号,事件类型,事件时间,故障级别,报障渠道,系统编码"), kind.columns());

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("t.csv", line, line - 2, csv.split(",", -1), csv);
  }

  @Test
  void aGoodReportedRowMapsToTypedStagingValues() {
    Object[] v =
        kind.map(record(2, "441700001,T1,1,REPORTED,2026/10/01 08:05,2,IM,S01"), header, ref);
    assertThat(v[0]).isEqualTo("441700001");
    assertThat(v[2]).isEqualTo(1);
    assertThat(v[4]).isEqualTo(LocalDateTime.of(2026, 10, 1, 8, 5));
    assertThat(v[5]).isEqualTo(2);
    assertThat(v[6]).isEqualTo("IM");
    assertThat(v[8]).isNull();
  }

  @Test
  void everyProblemOfARowIsReportedWithFieldValueAndReason() {
    assertThatThrownBy(
            () ->
                kind.map(
                    record(7, "441700001,T1,0,REPORTED,2026-02-29 10:00:00,,FAX,S01"), header, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .extracting(
                        r -> r.line() + " " + r.field() + " " + r.value() + " " + r.reasonCode())
                    .containsExactly(
                        "7 seq 0 BAD_NUMBER",
                        "7 event_time 2026-02-29 10:00:00 BAD_TIMESTAMP",
                        "7 severity null MISSING_VALUE",
                        "7 channel FAX BAD_CODE"));
  }

  @Test
  void aMillionCharacterNoteIsOneRejectQuotedShort() {
    HeaderMap withNote =
        HeaderMap.of(record(1, "机构代码,工单号,序号,事件类型,事件时间,故障级别,报障渠道,系统编码,说明"), kind.columns());
    String note = "长".repeat(1_000_000);
    assertThatThrownBy(
            () ->
                kind.map(
                    record(3, "441700001,T1,1,REPORTED,2026/10/01 08:05,2,IM,S01," + note),
                    withNote,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects()).singleElement();
              assertThat(e.rejects().get(0).field()).isEqualTo("note");
              assertThat(e.rejects().get(0).reasonCode()).isEqualTo("BAD_FORMAT");
              assertThat(e.rejects().get(0).value()).hasSize(200 + "…(共1000000字符)".length());
            });
  }

  @Test
  void theReportersNameAndPhoneAreMaskedInARejectsRawLineAndValue() {
    HeaderMap full =
        HeaderMap.of(
            record(
                1,
                "org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,"
                    + "department,category,reporter,reporter_phone,engineer,note"),
            kind.columns());
    assertThatThrownBy(
            () ->
                kind.map(
                    record(
                        4,
                        "441700001,T1,1,REPORTED,2026-02-30 10:00:00,3,PHONE,S01,产科,,欧阳娜,"
                            + "13812345678,周工,回电 13987654321"),
                    full,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects()).singleElement();
              assertThat(e.rejects().get(0).value()).isEqualTo("2026-02-30 10:00:00");
              assertThat(e.rejects().get(0).rawLine())
                  .isEqualTo(
                      "441700001,T1,1,REPORTED,2026-02-30 10:00:00,3,PHONE,S01,产科,,欧**,"
                          + "138****5678,周工,回电 139****4321");
            });
    // a reporter's name too long to store: the reject's value is the name, masked
    String name = "欧阳" + "娜".repeat(FieldReader.MAX_TEXT);
    assertThatThrownBy(
            () ->
                kind.map(
                    record(
                        5,
                        "441700001,T1,1,REPORTED,2026-10-01 10:00:00,3,PHONE,S01,,,"
                            + name
                            + ",,,"),
                    full,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects().get(0).field()).isEqualTo("reporter");
              assertThat(e.rejects().get(0).value()).startsWith("欧**").doesNotContain("欧阳");
              assertThat(e.rejects().get(0).rawLine()).doesNotContain("欧阳");
            });
    // a row that cannot be matched to the header: every field masked to its first character
    assertThatThrownBy(
            () ->
                kind.map(
                    record(6, "441700001,T1,1,REPORTED,2026-10-01 10:00:00,欧阳娜,13812345678"),
                    full,
                    ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.rejects().get(0).reasonCode()).isEqualTo("COLUMN_COUNT");
              assertThat(e.rejects().get(0).rawLine())
                  .isEqualTo("4********,T*,1,R*******,2******************,欧**,1**********");
            });
  }

  @Test
  void systemsAreCheckedPerHospital() {
    assertThatThrownBy(
            () ->
                kind.map(
                    record(3, "441700001,T1,1,REPORTED,2026-10-01 10:00,3,PHONE,S02"), header, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> assertThat(e.rejects().get(0).reasonCode()).isEqualTo("UNKNOWN_SYSTEM"));
  }

  @Test
  void aHeaderWithoutARequiredColumnNamesTheFileAndTheColumn() {
    assertThatThrownBy(
            () -> HeaderMap.of(record(1, "org_code,ticket_no,seq,event_type"), kind.columns()))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("t.csv")
        .hasMessageContaining("event_time（事件时间）");
  }

  @Test
  void everyDocumentedColumnHasARuleInStagingOrder() {
    assertThat(kind.rules())
        .extracting(r -> r.column())
        .containsExactlyElementsOf(kind.columns().stream().map(c -> c.name()).toList());
    assertThat(kind.stagedSqlOf(c -> "t_" + c))
        .hasSize(kind.columns().size())
        .startsWith("t_org_code");
  }

  @Test
  void aBadTicketNumberAndFreeTextAreReadAsBefore() {
    HeaderMap full =
        HeaderMap.of(
            record(
                1,
                "org_code,ticket_no,seq,event_type,event_time,severity,channel,system_code,"
                    + "department,category,reporter,reporter_phone,engineer,note"),
            kind.columns());
    assertThatThrownBy(
            () ->
                kind.map(
                    record(2, "441700001,T 1,2,ACKNOWLEDGED,2026-10-01 10:00,,,,,,,,,"), full, ref))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .extracting(r -> r.field() + " " + r.reasonCode() + " " + r.message())
                    .containsExactly("ticket_no BAD_FORMAT 应为1–40 位字母、数字、下划线或连字符"));
    // not a REPORTED event: severity, channel and system may be empty; free text kept as read
    Object[] v =
        kind.map(
            record(3, "441700001,T1,2,ACKNOWLEDGED,2026-10-01 10:00,,,, 产科 ,,,,周工,\t回电"),
            full,
            ref);
    assertThat(v[5]).isNull();
    assertThat(v[7]).isNull();
    assertThat(v[8]).isEqualTo(" 产科 ");
    assertThat(v[12]).isEqualTo("周工");
    assertThat(v[13]).isEqualTo("\t回电");
  }

  @Test
  void theSqlChecksTheHospitalAndItsSystemOnlyWhenOneIsGiven() {
    String sql = kind.sureSql(c -> "z." + c, c -> "z.t_" + c);
    assertThat(sql)
        .contains("z.org_code IN (SELECT org_code FROM hospitals)")
        .contains("z.system_code IS NULL OR EXISTS")
        .contains("coalesce(z.event_type = 'REPORTED', FALSE)");
  }
}
