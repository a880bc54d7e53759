package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

/** Builds a {@link BusinessCalendar} from its {@link CalendarSpec}. */
public final class BusinessCalendars {

  private BusinessCalendars() {}

  /**
   * The calendar of {@code spec}. {@code statutory} is needed by {@link
   * CalendarKind#WORKDAY_WINDOW} and {@link CalendarKind#WORKDAYS} and may be {@code null} for the
   * other kinds, which count weekends and holidays like any other day.
   */
  public static BusinessCalendar create(CalendarSpec spec, StatutoryCalendar statutory) {
    requireNonNull(spec, "spec is null");
    return switch (spec.kind()) {
      case ALWAYS -> new AlwaysCalendar();
      case DAILY_WINDOW -> new DailyWindowCalendar(spec.window().orElseThrow());
      case WORKDAY_WINDOW ->
          new WorkdayWindowCalendar(spec.window().orElseThrow(), requireStatutory(spec, statutory));
      case WORKDAYS -> new WorkdaysCalendar(requireStatutory(spec, statutory));
    };
  }

  private static StatutoryCalendar requireStatutory(
      CalendarSpec spec, StatutoryCalendar statutory) {
    return requireNonNull(statutory, () -> spec.text() + " needs a StatutoryCalendar");
  }
}
