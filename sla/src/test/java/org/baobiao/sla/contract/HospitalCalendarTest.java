package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.engine.ClockResult;
import org.baobiao.sla.engine.ClockSpec;
import org.baobiao.sla.engine.SlaEngine;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;
import org.baobiao.sla.engine.Verdict;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.junit.jupiter.api.Test;

/**
 * Calendars as hospitals keep them (issue 22, part 3), read from a contract file: hours per weekday
 * (a short Tuesday, Wednesday off, a Saturday half day), a lunch break, the hospital's closure and
 * extra duty days. Worked examples of docs/contracts.md; 2026-03-09 is a Monday, no holiday near.
 */
class HospitalCalendarTest {
  private static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();
  private static final String FILE = "HT-TEST-WEEKLY.yaml";
  private static final ContractClocks CLOCKS = ContractClocks.of(Fixtures.parse("valid", FILE), CN);
  private static final LocalDateTime LATE = LocalDateTime.of(2027, 1, 1, 0, 0);

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static ClockResult run(String clockId, int severity, String... events) {
    List<TicketEvent> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      list.add(new TicketEvent(i / 2 + 1, events[i], t(events[i + 1]), null, null));
    }
    TicketTimeline ticket =
        new TicketTimeline("440100002", "T1", severity, "PHONE", "CORRECTIVE", "S01", list);
    ClockSpec clock =
        CLOCKS.clocks().stream().filter(c -> c.id().equals(clockId)).findFirst().orElseThrow();
    return SlaEngine.evaluate(ticket, clock, LATE).get(0);
  }

  @Test
  void sixteenHoursAcrossAWeekWithAShortTuesdayAndAWednesdayOff() {
    // Mon 03-09 15:00–17:30 2.5 h; Tue 08–12 4 h (6.5); Wed off; Thu 08–12 4 h (10.5), 14–17:30
    // 3.5 h (14); Fri 08:00 + 2 h → Fri 03-13 10:00
    ClockResult met = run("fix", 1, "REPORTED", "2026-03-09 15:00", "RESOLVED", "2026-03-13 09:59");
    assertThat(met.deadline()).isEqualTo(t("2026-03-13 10:00"));
    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    ClockResult late =
        run("fix", 1, "REPORTED", "2026-03-09 15:00", "RESOLVED", "2026-03-13 10:01");
    assertThat(late.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void aResponseClockStopsForTheLunchBreak() {
    // Mon 11:50: 10 min before 12:00, the other 20 min from 14:00 → due 14:20
    ClockResult inTime =
        run("response", 3, "REPORTED", "2026-03-09 11:50", "ACKNOWLEDGED", "2026-03-09 14:15");
    assertThat(inTime.deadline()).isEqualTo(t("2026-03-09 14:20"));
    assertThat(inTime.elapsed()).hasMinutes(25);
    assertThat(inTime.verdict()).isEqualTo(Verdict.MET);
    assertThat(
            run("response", 3, "REPORTED", "2026-03-09 11:50", "ACKNOWLEDGED", "2026-03-09 14:21")
                .verdict())
        .isEqualTo(Verdict.BREACHED);
    // reported during the lunch break: counts from 14:00 → 14:30
    assertThat(
            run("response", 3, "REPORTED", "2026-03-09 12:30", "ACKNOWLEDGED", "2026-03-09 14:30")
                .verdict())
        .isEqualTo(Verdict.MET);
  }

  @Test
  void aClosureDayAndAnExtraDutyDayOfTheHospital() {
    // week of Mon 03-23: Wed 03-25 is an extra duty morning, Thu 03-26 is closed.
    // Mon 15:00–17:30 2.5 h; Tue 4 h (6.5); Wed 08–12 4 h (10.5); Thu closed; Fri 08–12 4 h
    // (14.5), 14:00 + 1.5 h → Fri 03-27 15:30
    ClockResult r = run("fix", 1, "REPORTED", "2026-03-23 15:00", "RESOLVED", "2026-03-27 15:00");
    assertThat(r.deadline()).isEqualTo(t("2026-03-27 15:30"));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.counted()).noneMatch(iv -> iv.start().toLocalDate().getDayOfMonth() == 26);
  }

  @Test
  void workingDaysCountTheHospitalsOpenDays() {
    // 1 working day, same-time mode. Tue 03-10 13:00 is after Tuesday's close: counts from the next
    // opening, Thu 03-12 08:00 (Wednesday is off); 1 open day later: Fri 03-13 08:00
    ClockResult r = run("fix", 3, "REPORTED", "2026-03-10 13:00", "RESOLVED", "2026-03-13 08:30");
    assertThat(r.deadline()).isEqualTo(t("2026-03-13 08:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void describesItsHoursForReports() {
    String d = CLOCKS.calendars().get("clinic").description();
    assertThat(d)
        .contains("周一 08:00–12:00、14:00–17:30")
        .contains("周三 休息")
        .contains("停诊/停工日 2026-03-26")
        .contains("加班/值班日 2026-03-25 08:00–12:00");
  }

  @Test
  void badWeeklyHoursAreReportedWithLineAndField() {
    String yaml =
        Fixtures.text("valid/" + FILE)
            .replace("tue: \"08:00-12:00\"", "tue: [\"08:00-12:00\", \"11:00-13:00\"]")
            .replace("sat: \"08:00-12:00\"", "sat: \"8点到12点\"")
            .replace("regular_day: mon", "regular_day: monday");
    assertThatThrownBy(() -> ContractLoader.parse(FILE, yaml))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SpecProblem::field)
                    .containsExactlyInAnyOrder(
                        "calendars.clinic.hours.tue[1]",
                        "calendars.clinic.hours.sat",
                        "calendars.clinic.regular_day"));
  }

  @Test
  void weeklyKeysOnOtherKindsAreErrors() {
    String yaml =
        Fixtures.text("valid/HT-TEST-001.yaml")
            .replace("    end: \"18:00\"\n", "    end: \"18:00\"\n    closed_days: [2026-03-26]\n");
    assertThatThrownBy(() -> ContractLoader.parse("HT-TEST-001.yaml", yaml))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SpecProblem::field)
                    .containsExactly("calendars.work_hours.closed_days"));
  }
}
