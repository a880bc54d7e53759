package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Service hours as a hospital keeps them: its own hours for each weekday, several windows a day (a
 * 12:00–14:00 lunch break), optionally the State Council's holidays on top, and the hospital's or
 * contract's own closures and extra duty days on top of that.
 *
 * <p>The hours of a day are, first match wins: an extra duty day's own windows; nothing on a
 * closure day; with {@code statutory}: nothing on a statutory holiday, the {@code regularDay}'s
 * windows on a make-up working day (调休上班); otherwise the weekday's windows (none for a weekday not
 * listed).
 *
 * @param week windows per weekday, each list in time order without overlaps
 * @param statutory the holiday notices, or {@code null} when holidays are worked like any day
 * @param regularDay the weekday whose hours a make-up working day keeps, and whose total length is
 *     one working day for {@link WorkingDayMode#BUSINESS_HOURS}
 * @param closed closure days (停诊、院方停工)
 * @param extra extra duty days with their windows (加班、义诊、值班日)
 */
public record WeeklyCalendar(
    Map<DayOfWeek, List<TimeWindow>> week,
    StatutoryCalendar statutory,
    DayOfWeek regularDay,
    Set<LocalDate> closed,
    Map<LocalDate, List<TimeWindow>> extra)
    implements BusinessCalendar {

  private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  /** Copies the parts and checks every day's windows are in order and do not overlap. */
  public WeeklyCalendar {
    requireNonNull(week, "week is null");
    requireNonNull(regularDay, "regularDay is null");
    EnumMap<DayOfWeek, List<TimeWindow>> w = new EnumMap<>(DayOfWeek.class);
    week.forEach((d, windows) -> w.put(d, checked(d.toString(), windows)));
    week = java.util.Collections.unmodifiableMap(w);
    closed = Set.copyOf(closed);
    TreeMap<LocalDate, List<TimeWindow>> x = new TreeMap<>();
    extra.forEach((d, windows) -> x.put(d, checked(d.toString(), windows)));
    extra = java.util.Collections.unmodifiableSortedMap(x);
  }

  private static List<TimeWindow> checked(String day, List<TimeWindow> windows) {
    for (int i = 1; i < windows.size(); i++) {
      TimeWindow before = windows.get(i - 1);
      if (before.endsAtMidnight() || before.end().isAfter(windows.get(i).start())) {
        throw new IllegalArgumentException(
            day + " 的服务时段 " + before.label() + " 与 " + windows.get(i).label() + " 重叠或未按时间先后排列");
      }
    }
    return List.copyOf(windows);
  }

  @Override
  public String id() {
    StringBuilder id = new StringBuilder("WEEKLY");
    for (DayOfWeek d : DayOfWeek.values()) {
      List<TimeWindow> windows = week.getOrDefault(d, List.of());
      if (!windows.isEmpty()) {
        id.append(' ')
            .append(d.name(), 0, 3)
            .append(' ')
            .append(windows.stream().map(TimeWindow::text).collect(Collectors.joining(",")));
      }
    }
    if (statutory != null) {
      id.append(" STATUTORY");
    }
    if (!closed.isEmpty()) {
      id.append(" closed ").append(closed.size());
    }
    if (!extra.isEmpty()) {
      id.append(" extra ").append(extra.size());
    }
    return id.toString();
  }

  @Override
  public String description() {
    List<String> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<TimeWindow> windows = week.getOrDefault(d, List.of());
      days.add(WEEKDAYS[d.ordinal()] + " " + (windows.isEmpty() ? "休息" : labels(windows)));
    }
    String text = "按周排班：" + String.join("；", days);
    if (statutory != null) {
      text += "；法定节假日休息，调休上班日按" + WEEKDAYS[regularDay.ordinal()] + "时段";
    }
    if (!closed.isEmpty()) {
      text +=
          "；停诊/停工日 "
              + new TreeSet<>(closed)
                  .stream().map(LocalDate::toString).collect(Collectors.joining("、"));
    }
    if (!extra.isEmpty()) {
      text +=
          "；加班/值班日 "
              + extra.entrySet().stream()
                  .map(e -> e.getKey() + " " + labels(e.getValue()))
                  .collect(Collectors.joining("、"));
    }
    return text;
  }

  private static String labels(List<TimeWindow> windows) {
    return windows.stream().map(TimeWindow::label).collect(Collectors.joining("、"));
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    requireNonNull(day, "day is null");
    List<TimeWindow> windows = extra.get(day);
    if (windows == null) {
      windows = windowsOn(day);
    }
    return windows.stream().map(w -> w.on(day)).toList();
  }

  private List<TimeWindow> windowsOn(LocalDate day) {
    if (closed.contains(day)) {
      return List.of();
    }
    if (statutory != null) {
      if (statutory.isHoliday(day)) {
        return List.of();
      }
      if (statutory.isMakeUpWorkday(day)) {
        return week.getOrDefault(regularDay, List.of());
      }
    }
    return week.getOrDefault(day.getDayOfWeek(), List.of());
  }

  @Override
  public Duration workingDayLength() {
    return week.getOrDefault(regularDay, List.of()).stream()
        .map(TimeWindow::length)
        .reduce(Duration.ZERO, Duration::plus);
  }
}
