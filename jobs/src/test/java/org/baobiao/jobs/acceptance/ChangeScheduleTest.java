package org.baobiao.jobs.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.junit.jupiter.api.Test;

/**
 * A change of HT-2025-002 may be accepted 30 working days after it went live (6（3）2), counted in
 * its work_hours calendar (workdays 08:00–18:00, BUSINESS_HOURS: 30 × 10 h) with the 2026 notice.
 */
class ChangeScheduleTest {
  private static final Contract HT_2025_002 =
      ContractLoader.loadDefault().stream()
          .filter(c -> c.id().equals("HT-2025-002"))
          .findFirst()
          .orElseThrow();
  private final ChangeSchedule schedule =
      ChangeSchedule.of(HT_2025_002, "change_acceptance", StatutoryCalendar.loadDefault());

  @Test
  void thirtyWorkingDaysAcrossMidAutumnAndNationalDay() {
    // Live Tue 2026-09-15 15:00: 3 h that day, then the working days Sep 16, 17, 18, the make-up
    // Sunday 20, 21–24 (Fri 25 to Sun 27 Mid-Autumn off), 28–30 (Oct 1–7 National Day off), Oct 8,
    // 9, the make-up Saturday 10, 12–16, 19–23, 26–30: 29 full days (290 h, 293 in all); the
    // 30th working day is Mon Nov 2, whose first 7 h end at 15:00.
    assertThat(schedule.acceptableFrom(LocalDateTime.of(2026, 9, 15, 15, 0)))
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 15, 0));
    // Without the holidays and make-up days 30 weekdays would end on Tue Oct 27.
  }

  @Test
  void thirtyWorkingDaysWithoutHoliday() {
    // Live Thu 2026-10-22 10:00: Oct 23, 26–30, Nov 2–6, 9–13, 16–20, 23–27, 30, Dec 1, 2 are 29
    // working days; the 30th is Thu Dec 3, 10:00.
    assertThat(schedule.acceptableFrom(LocalDateTime.of(2026, 10, 22, 10, 0)))
        .isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 0));
  }

  @Test
  void aGoLiveOutsideWorkingHoursCountsFromTheNextOpening() {
    // Live Wed 2026-09-30 20:00 (after the close, before National Day): counting starts Thu Oct 8
    // 08:00; Oct 8, 9, 10 (make-up), 12–16, 19–23, 26–30, Nov 2–6, 9–13 are 28 days, Nov 16 the
    // 29th, Tue Nov 17 the 30th: the 300th working hour ends at its close, 18:00.
    assertThat(schedule.acceptableFrom(LocalDateTime.of(2026, 9, 30, 20, 0)))
        .isEqualTo(LocalDateTime.of(2026, 11, 17, 18, 0));
    assertThat(schedule.waitTarget()).hasToString("30 个工作日");
  }
}
