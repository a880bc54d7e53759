package org.baobiao.etl.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exchange record rules, as a pure function of a record: one passing and one failing case each.
 */
class InterfaceExchangesKindTest {
  private static final String COLUMNS =
      "org_code,exchange_id,interface_id,business_key,business_time,sent_at,received_at,acked_at,"
          + "status,error_cause,retries,record_count,payload_bytes";
  private static final String GOOD =
      "441700001,E1,MCH-UP,P1,2026-10-01 08:00:00,2026-10-01 09:00:00.100,,2026-10-01 09:00:00.350,"
          + "SUCCESS,,0,1,2310";

  private final InterfaceExchangesKind kind = new InterfaceExchangesKind();
  private final ReferenceData ref =
      ReferenceData.of(Set.of("441700001"), Set.of(), Set.of("441700001/MCH-UP"));
  private final HeaderMap header = HeaderMap.of(record(1, COLUMNS), kind.columns());

  private static SourceRecord record(long line, String csv) {
    return new SourceRecord("x.csv", line, line - 2, csv.split(",", -1), csv);
  }

  private Object[] map(String csv) {
    return kind.map(record(2, csv), header, ref);
  }

  /** The same good record with one column replaced. */
  private static String with(String column, String value) {
    String[] names = COLUMNS.split(",");
    String[] values = GOOD.split(",", -1);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(column)) {
        values[i] = value;
      }
    }
    return String.join(",", values);
  }

  @Test
  void aGoodRecordMapsToTypedValuesWithItsDayAndLatency() {
    Object[] v = map(GOOD);
    assertThat(v).hasSize(18);
    assertThat(v[0]).isEqualTo("441700001");
    assertThat(v[5]).isEqualTo(LocalDateTime.of(2026, 10, 1, 8, 0));
    assertThat(v[6]).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 0, 0, 100_000_000));
    assertThat(v[7]).as("sent_date").isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(v[10]).as("latency_ms").isEqualTo(250L);
    assertThat(v[11]).isEqualTo("SUCCESS");
    assertThat(v[15]).isEqualTo(0);
    assertThat(v[17]).isEqualTo(2310L);
  }

  @ParameterizedTest(name = "{0}={1} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "org_code|''|org_code|MISSING_VALUE",
        "org_code|441700009|org_code|UNKNOWN_HOSPITAL",
        "exchange_id|E 1|exchange_id|BAD_FORMAT",
        "interface_id|MCH-DOWN|interface_id|UNKNOWN_INTERFACE",
        "interface_id|MCH/UP|interface_id|BAD_FORMAT",
        "sent_at|''|sent_at|MISSING_VALUE",
        "sent_at|2026-10-32 09:00:00|sent_at|BAD_TIMESTAMP",
        "acked_at|2026-10-01 08:59:59|acked_at|INCONSISTENT",
        "business_time|2026-10-01 09:05:00.101|business_time|INCONSISTENT",
        "status|OK|status|BAD_CODE",
        "status|FAILED|error_cause|MISSING_VALUE",
        "error_cause|BUSY|error_cause|BAD_CODE",
        "retries|-1|retries|BAD_NUMBER",
        "record_count|1.5|record_count|BAD_NUMBER",
        "payload_bytes|2e3|payload_bytes|BAD_NUMBER"
      })
  void eachRuleRejectsWithItsFieldAndReason(
      String column, String value, String field, String reason) {
    assertThatThrownBy(() -> map(with(column, value)))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .extracting(r -> r.line() + " " + r.field() + " " + r.reasonCode())
                    .containsExactly("2 " + field + " " + reason));
  }

  @Test
  void passingTwinsOfTheBoundaryRules() {
    // A business time up to 5 minutes after sending is clock skew, not an error.
    assertThat(map(with("business_time", "2026-10-01 09:05:00.100"))[5]).isNotNull();
    // An acknowledgement at the sending instant is fine; so is a failure with its cause.
    assertThat(map(with("acked_at", "2026-10-01 09:00:00.100"))[10]).isEqualTo(0L);
    String failed = with("status", "FAILED").replace(",FAILED,,", ",FAILED,TIMEOUT,");
    assertThat(map(failed)[12]).isEqualTo("TIMEOUT");
    // Optional numbers may be empty; no acknowledgement means no latency.
    Object[] v = map(with("retries", "").replace(",2026-10-01 09:00:00.350,", ",,"));
    assertThat(v[15]).isNull();
    assertThat(v[10]).isNull();
  }

  @Test
  void everyProblemOfARecordIsReportedAtOnce() {
    String bad = "441700001,E 1,MCH-UP,,,2026-10-01 09:00:00,,2026-10-01 08:00:00,FAILED,,x,,";
    assertThatThrownBy(() -> map(bad))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .extracting(r -> r.field() + " " + r.reasonCode())
                    .containsExactly(
                        "exchange_id BAD_FORMAT",
                        "error_cause MISSING_VALUE",
                        "retries BAD_NUMBER",
                        "acked_at INCONSISTENT"));
  }

  @Test
  void jsonLinesAndCsvFilesBelongToTheInterfacesDomain() {
    assertThat(Domains.kindOf("interfaces", "interface_exchanges_441700001_2026-10.jsonl"))
        .containsInstanceOf(InterfaceExchangesKind.class);
    assertThat(Domains.kindOf("interfaces", "interface_exchanges_x.ndjson")).isPresent();
    assertThat(Domains.kindOf("interfaces", "interface_exchanges_x.csv")).isPresent();
    assertThat(Domains.kindOf("interfaces", "interface_exchanges_x.jsonl.rejects.csv")).isEmpty();
    assertThat(Domains.kindOf("interfaces", "interfaces.csv")).isEmpty();
    assertThat(Domains.kindOf("reference", "interfaces.csv"))
        .containsInstanceOf(InterfaceCatalogKind.class);
    assertThat(Domains.kinds("reference"))
        .extracting(k -> k.name())
        .containsExactly("hospitals", "contracts", "systems", "interfaces");
    assertThat(kind.keyColumns()).isEqualTo(List.of("org_code", "exchange_id"));
  }
}
