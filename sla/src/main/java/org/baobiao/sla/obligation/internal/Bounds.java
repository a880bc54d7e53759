package org.baobiao.sla.obligation.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.WorkingDayMode;
import org.baobiao.sla.calendar.WorkingDays;
import org.baobiao.sla.contract.Target;

/**
 * Adds a target such as 30 working days to an instant in a contract calendar, the way clock goals
 * count it: minutes and hours in the calendar's open time, calendar days round the clock, working
 * days as the contract's working-day mode says.
 */
public final class Bounds {
  private final BusinessCalendar calendar;
  private final WorkingDayMode mode;
  private final StatutoryCalendar statutory;

  public Bounds(BusinessCalendar calendar, WorkingDayMode mode, StatutoryCalendar statutory) {
    this.calendar = requireNonNull(calendar, "calendar is null");
    this.mode = requireNonNull(mode, "mode is null");
    this.statutory = requireNonNull(statutory, "statutory is null");
  }

  /** The instant {@code target} after {@code start}. */
  public LocalDateTime plus(LocalDateTime start, Target target) {
    BigDecimal amount = target.amount();
    return switch (target.unit()) {
      case MINUTES -> calendar.plus(start, seconds(amount.multiply(BigDecimal.valueOf(60))));
      case HOURS -> calendar.plus(start, seconds(amount.multiply(BigDecimal.valueOf(3600))));
      case CALENDAR_DAYS -> start.plus(seconds(amount.multiply(BigDecimal.valueOf(86_400))));
      case WORKING_DAYS ->
          WorkingDays.budget(amount.intValueExact(), mode, calendar, statutory).deadline(start);
    };
  }

  private static Duration seconds(BigDecimal seconds) {
    return Duration.ofSeconds(seconds.longValueExact());
  }
}
