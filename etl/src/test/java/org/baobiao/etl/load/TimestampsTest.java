package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @Test
  void everyDocumentedFormReadsAsLocalShanghaiTime() {
    LocalDateTime t = LocalDateTime.of(2026, 10, 1, 8, 30, 5);
    assertThat(Timestamps.parse("2026-10-01 08:30:05")).isEqualTo(t);
    assertThat(Timestamps.parse("2026/10/01 08:30:05")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01 08:30")).isEqualTo(t.withSecond(0));
    assertThat(Timestamps.parse("2026/10/01 08:30")).isEqualTo(t.withSecond(0));
    assertThat(Timestamps.parse("2026-10-01 08:30:05.1")).isEqualTo(t.withNano(100_000_000));
    assertThat(Timestamps.parse("2026-10-01 08:30:05.123")).isEqualTo(t.withNano(123_000_000));
    assertThat(Timestamps.parse("2026-10-01 08:30:05.123456789"))
        .isEqualTo(t.withNano(123_456_789));
    assertThat(Timestamps.parse("2026-10-01T08:30:05")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01T08:30")).isEqualTo(t.withSecond(0));
  }

  @Test
  void isoOffsetsAreConvertedToShanghaiTime() {
    LocalDateTime t = LocalDateTime.of(2026, 10, 1, 8, 30, 5);
    assertThat(Timestamps.parse("2026-10-01T08:30:05+08:00")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01T00:30:05Z")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01T00:30:05.250Z")).isEqualTo(t.withNano(250_000_000));
    assertThat(Timestamps.parse("2026-09-30T19:30:05-05:00")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01T09:30:05+0900")).isEqualTo(t);
    assertThat(Timestamps.parse("2026-10-01T08:30:05+08")).isEqualTo(t);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-29 10:00:00", // not a leap year
        "2026-13-01 10:00:00",
        "2026-10-01 24:00:00",
        "2026-10-01 08:60:00",
        "2026.10.01 08:00:00",
        "2026-10-01 08:00:00.", // fraction without digits
        "2026-10-01 08:00:00.1234567890", // 10 fraction digits
        "2026/10/01T08:00:00", // T only with dashes
        "2026-10-01 08:00:00+08:00", // offset only with T
        "2026-10-01T08:00:00+8:00",
        "2026-10-01T08:00:00 Z",
        "20261001 080000",
        "2026-1-01 08:00:00",
        "2026-10-01 8:00:00",
        "2026-10-01",
        "昨天 08:00"
      })
  void everythingElseIsRefused(String v) {
    assertThat(Timestamps.parse(v)).isNull();
  }

  @Test
  void datesAreStrictToo() {
    assertThat(Timestamps.parseDate("2026-10-01")).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Timestamps.parseDate("2026/10/01")).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Timestamps.parseDate("2026-02-29")).isNull();
    assertThat(Timestamps.parseDate("2026-10-1")).isNull();
    assertThat(Timestamps.parseDate("2026-10/01")).isNull();
  }
}
