package org.baobiao.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.baobiao.etl.interfaces.InterfaceExchangesMapBench;
import org.baobiao.etl.source.JsonLineParserBench;
import org.baobiao.sla.calendar.CalendarBench;
import org.junit.jupiter.api.Test;

/** Each benchmark does the work it names once, with a sane result (no row rejected). */
class BenchmarksSmokeTest {

  @Test
  void parserAndJacksonReadTheLines() throws Exception {
    JsonLineParserBench b = new JsonLineParserBench();
    b.setUp();
    assertThat(b.parseSuccess()).startsWith("441700001", "YJFY-PROV-20251101-0000001");
    assertThat(b.parseFailed()).contains("连接被对端重置（Connection reset by peer）");
    assertThat(b.jacksonTreeSuccess().get("payload_bytes").asLong()).isEqualTo(104233);
  }

  @Test
  void theRecordsMapWithoutBeingRejected() {
    InterfaceExchangesMapBench b = new InterfaceExchangesMapBench();
    b.setUp();
    assertThat(b.mapSuccess()).contains("MCH-PROV-UP", "SUCCESS");
    assertThat(b.mapFailed()).contains("NETWORK", "FAILED");
  }

  @Test
  void calendarArithmeticCountsOnlyWorkingHours() {
    CalendarBench b = new CalendarBench();
    b.setUp();
    // Fri 2026-09-25 16:30 → Mon 09-28 10:15: the Friday is the Mid-Autumn holiday, so only
    // Monday's 08:00–10:15 counts; 20 working hours on are Monday and Tuesday, to 18:00.
    assertThat(b.elapsedWorkHours()).isEqualTo(Duration.ofMinutes(135));
    assertThat(b.elapsedAlways()).isEqualTo(Duration.ofMinutes(2 * 24 * 60 + 17 * 60 + 45));
    assertThat(b.deadlineWorkHours()).isEqualTo(LocalDateTime.of(2026, 9, 29, 18, 0));
  }
}
