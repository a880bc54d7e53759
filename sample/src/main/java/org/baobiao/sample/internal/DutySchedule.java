package org.baobiao.sample.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;

/**
 * When a contract duty is due, parsed from a profile's {@code activity.<duty>.when}:
 *
 * <ul>
 *   <li>{@code dates 12-10,01-12,2026-03-24}: on these days of every year ({@code MM-dd}) or these
 *       dates, moved to the next working day when needed;
 *   <li>{@code weekly WEDNESDAY}: once a week on that day, or the nearest working day of the same
 *       week (later days first); never in a week that is all holiday;
 *   <li>{@code monthly 25}: on that day of every month, moved to the next working day;
 *   <li>{@code daily}: every calendar day, holidays included;
 *   <li>{@code severity-1-tickets}: one to three working days after each severity-1 ticket's fix;
 *   <li>{@code change-tickets}: from the first response to the fix of each {@code CHANGE} ticket;
 *   <li>{@code before-holidays 2}: that many working days before the first day off of each
 *       statutory holiday (the holiday on-call notice);
 *   <li>{@code accept-changes 30}: more than that many working days after the fix of each change
 *       request ({@code CHANGE} ticket), the vendor's application for its acceptance;
 *   <li>{@code quiet-departments 30}: for each department that has reported nothing for that many
 *       days (counted from the first day of the period or the last contact), on the next working
 *       day.
 * </ul>
 */
public sealed interface DutySchedule {

  /**
   * Where occasions are looked for.
   *
   * @param from first day
   * @param to last day (inclusive)
   * @param calendar working calendar
   * @param tickets the hospital's tickets
   * @param departments the hospital's departments, in order
   */
  record Window(
      LocalDate from,
      LocalDate to,
      WorkingCalendar calendar,
      TicketDigest tickets,
      List<String> departments) {

    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /** The occasions within the window, in time order. */
  List<Occasion> occasions(Window window, Draws draws);

  /** Parses the text of a {@code when} setting. */
  static DutySchedule parse(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    String argument = parts.length > 1 ? parts[1].strip() : "";
    return switch (parts[0]) {
      case "dates" -> Dates.parse(argument);
      case "weekly" -> new Weekly(DayOfWeek.valueOf(argument));
      case "monthly" -> new Monthly(Integer.parseInt(argument));
      case "daily" -> new Daily();
      case "severity-1-tickets" -> new AfterSevereTickets();
      case "change-tickets" -> new ChangeTickets();
      case "quiet-departments" -> new QuietDepartments(Integer.parseInt(argument));
      case "before-holidays" -> new BeforeHolidays(Integer.parseInt(argument));
      case "accept-changes" -> new AcceptChanges(Integer.parseInt(argument));
      default -> throw new IllegalArgumentException("unknown schedule: " + text);
    };
  }

  /** Whether occasions come from the tickets' severity-1 faults. */
  default boolean needsSevereTickets() {
    return this instanceof AfterSevereTickets;
  }

  /** Whether occasions come from the tickets' change requests. */
  default boolean needsChangeTickets() {
    return this instanceof ChangeTickets || this instanceof AcceptChanges;
  }

  /** Whether occasions come from the departments' report days. */
  default boolean needsContacts() {
    return this instanceof QuietDepartments;
  }

  /**
   * Yearly days and fixed dates.
   *
   * @param yearly days of every year
   * @param fixed dates
   */
  record Dates(List<MonthDay> yearly, List<LocalDate> fixed) implements DutySchedule {

    /** Copies the lists. */
    public Dates {
      yearly = List.copyOf(yearly);
      fixed = List.copyOf(fixed);
    }

    static Dates parse(String list) {
      List<MonthDay> yearly = new ArrayList<>();
      List<LocalDate> fixed = new ArrayList<>();
      for (String item : list.split("\\s*,\\s*")) {
        if (item.length() == 5) {
          yearly.add(MonthDay.parse("--" + item));
        } else {
          fixed.add(LocalDate.parse(item));
        }
      }
      return new Dates(yearly, fixed);
    }

    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<LocalDate> days = new ArrayList<>();
      for (int year = window.from().getYear(); year <= window.to().getYear(); year++) {
        for (MonthDay day : yearly) {
          if (day.isValidYear(year)) {
            days.add(window.calendar().workdayOnOrAfter(day.atYear(year)));
          }
        }
      }
      for (LocalDate date : fixed) {
        days.add(window.calendar().workdayOnOrAfter(date));
      }
      return days.stream().filter(window::contains).distinct().sorted().map(Occasion::on).toList();
    }
  }

  /**
   * Once a week.
   *
   * @param day the usual day of the week
   */
  record Weekly(DayOfWeek day) implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      LocalDate monday = window.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (; !monday.isAfter(window.to()); monday = monday.plusWeeks(1)) {
        for (int offset : preference()) {
          LocalDate candidate = monday.plusDays(offset);
          if (window.calendar().isWorkday(candidate)) {
            if (window.contains(candidate)) {
              result.add(Occasion.on(candidate));
            }
            break;
          }
        }
      }
      return result;
    }

    private int[] preference() {
      int usual = day.getValue() - 1;
      int[] order = new int[7];
      int n = 0;
      for (int d = usual; d < 7; d++) {
        order[n++] = d;
      }
      for (int d = usual - 1; d >= 0; d--) {
        order[n++] = d;
      }
      return Arrays.copyOf(order, n);
    }
  }

  /**
   * Once a month.
   *
   * @param dayOfMonth the usual day (the month's last day when the month is shorter)
   */
  record Monthly(int dayOfMonth) implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (YearMonth month = YearMonth.from(window.from());
          !month.isAfter(YearMonth.from(window.to()));
          month = month.plusMonths(1)) {
        LocalDate day = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        LocalDate due = window.calendar().workdayOnOrAfter(day);
        if (window.contains(due)) {
          result.add(Occasion.on(due));
        }
      }
      return result;
    }
  }

  /** Every calendar day. */
  record Daily() implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (LocalDate day = window.from(); !day.isAfter(window.to()); day = day.plusDays(1)) {
        result.add(Occasion.on(day));
      }
      return result;
    }
  }

  /** After each severity-1 ticket's fix. */
  record AfterSevereTickets() implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (TicketDigest.Entry ticket : window.tickets().severe()) {
        if (ticket.resolvedAt() == null) {
          continue;
        }
        LocalDate day = ticket.resolvedAt().toLocalDate();
        for (int n = 1 + draws.nextInt(3); n > 0; n--) {
          day = window.calendar().workdayOnOrAfter(day.plusDays(1));
        }
        if (window.contains(day)) {
          result.add(new Occasion(day, null, null, ticket, ""));
        }
      }
      return result;
    }
  }

  /** The work on each change request, from the first response to the fix. */
  record ChangeTickets() implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (TicketDigest.Entry ticket : window.tickets().changes()) {
        if (ticket.acknowledgedAt() == null || ticket.resolvedAt() == null) {
          continue;
        }
        LocalDate day = ticket.acknowledgedAt().toLocalDate();
        if (window.contains(day)) {
          result.add(
              new Occasion(
                  day, ticket.acknowledgedAt(), ticket.resolvedAt(), ticket, ticket.department()));
        }
      }
      return result;
    }
  }

  /**
   * A call to each department that has been quiet for a while.
   *
   * @param days quiet days that call for a call
   */
  record QuietDepartments(int days) implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (String department : window.departments()) {
        NavigableSet<LocalDate> contacts = window.tickets().contactDays(department);
        LocalDate last = window.from();
        while (true) {
          LocalDate next = contacts.higher(last);
          if (next != null && !next.isAfter(last.plusDays(days))) {
            last = next;
            continue;
          }
          LocalDate due = window.calendar().workdayOnOrAfter(last.plusDays(days));
          if (next != null && !next.isAfter(due)) {
            last = next;
            continue;
          }
          if (!window.contains(due)) {
            break;
          }
          result.add(new Occasion(due, null, null, null, department));
          last = due;
        }
      }
      return result;
    }
  }

  /**
   * The notice of the on-call arrangements before each statutory holiday.
   *
   * @param workdays working days before the holiday's first day off
   */
  record BeforeHolidays(int workdays) implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      // Holidays starting up to a fortnight after the window still get their notice in it.
      for (LocalDate first :
          window.calendar().holidayStarts(window.from(), window.to().plusDays(14))) {
        LocalDate day = first;
        for (int n = workdays; n > 0; ) {
          day = day.minusDays(1);
          if (window.calendar().isWorkday(day)) {
            n--;
          }
        }
        if (window.contains(day)) {
          result.add(Occasion.on(day));
        }
      }
      return result;
    }
  }

  /**
   * The application for the acceptance of each fixed change, some working days after its fix.
   *
   * @param workdays the working days the change must have run first; the application comes one to
   *     five working days after that (so always later than the earliest allowed time)
   */
  record AcceptChanges(int workdays) implements DutySchedule {
    @Override
    public List<Occasion> occasions(Window window, Draws draws) {
      List<Occasion> result = new ArrayList<>();
      for (TicketDigest.Entry ticket : window.tickets().changes()) {
        if (ticket.resolvedAt() == null) {
          continue;
        }
        LocalDate day = ticket.resolvedAt().toLocalDate();
        for (int n = workdays + 1 + draws.nextInt(5); n > 0; n--) {
          day = window.calendar().workdayOnOrAfter(day.plusDays(1));
        }
        if (window.contains(day)) {
          result.add(new Occasion(day, null, null, ticket, ticket.department()));
        }
      }
      return result;
    }
  }
}
