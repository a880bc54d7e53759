package org.baobiao.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;
import org.junit.jupiter.api.Test;

/** A ticket's duration in wall-clock and in the contract's working time (重大故障分析). */
class TicketDurationsTest {
  private static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();
  private static final LocalDateTime AS_OF = t("2026-10-31 00:00");

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static TicketDurations durations(String contractId) {
    Contract c =
        ContractLoader.loadDefault().stream()
            .filter(x -> x.id().equals(contractId))
            .findFirst()
            .orElseThrow();
    return TicketDurations.of(c, ContractClocks.of(c, CN).calendars(), CN);
  }

  private static TicketTimeline ticket(String... events) {
    List<TicketEvent> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      list.add(new TicketEvent(i / 2 + 1, events[i], t(events[i + 1]), null, null));
    }
    return new TicketTimeline("440100002", "F1", 1, "PHONE", "CORRECTIVE", "B01", list);
  }

  @Test
  void aFaultAcrossNationalDayCountsOnlyTheWorkingHoursOfTheContract() {
    // HT-2025-002 works 08:00–18:00 on statutory working days; 10-01..07 are National Day
    TicketDurations d = durations("HT-2025-002");
    TicketDurations.Span s =
        d.of(ticket("REPORTED", "2026-09-30 16:00", "RESOLVED", "2026-10-08 10:00"), AS_OF);
    assertThat(s.wall()).isEqualTo(Duration.ofDays(7).plusHours(18));
    // 09-30 16:00–18:00 and 10-08 08:00–10:00
    assertThat(s.working()).isEqualTo(Duration.ofHours(4));
    assertThat(d.calendar().description()).contains("8:00");
  }

  @Test
  void aContractWithoutWorkingHoursCountsWholeStatutoryWorkingDays() {
    // HT-2025-000 has only a 7×24 calendar
    TicketDurations d = durations("HT-2025-000");
    TicketDurations.Span s =
        d.of(ticket("REPORTED", "2026-09-30 16:00", "RESOLVED", "2026-10-08 10:00"), AS_OF);
    // 09-30 16:00–24:00 = 8 h and 10-08 00:00–10:00 = 10 h
    assertThat(s.working()).isEqualTo(Duration.ofHours(18));
  }

  @Test
  void aReopenedTicketIsUnresolvedUntilItsNextResolution() {
    TicketDurations d = durations("HT-2025-002");
    TicketDurations.Span open =
        d.of(
            ticket(
                "REPORTED", "2026-10-12 09:00",
                "RESOLVED", "2026-10-12 10:00",
                "REOPENED", "2026-10-12 11:00"),
            AS_OF);
    assertThat(open.resolvedAt()).isNull();
    assertThat(open.wall()).isNull();
    TicketDurations.Span closed =
        d.of(
            ticket(
                "REPORTED", "2026-10-12 09:00",
                "RESOLVED", "2026-10-12 10:00",
                "REOPENED", "2026-10-12 11:00",
                "RESOLVED", "2026-10-12 12:30"),
            AS_OF);
    assertThat(closed.resolvedAt()).isEqualTo(t("2026-10-12 12:30"));
    assertThat(closed.working()).isEqualTo(Duration.ofMinutes(210));
  }
}
