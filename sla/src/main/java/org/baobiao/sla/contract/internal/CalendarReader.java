package org.baobiao.sla.contract.internal;

import static org.baobiao.spec.SpecReader.path;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.baobiao.sla.calendar.TimeWindow;
import org.baobiao.sla.contract.CalendarDef;
import org.baobiao.sla.contract.WeeklyHours;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * Reads the {@code calendars} mapping (id → kind, start, end, description) and keeps an index of
 * the declared ids for references from goals and obligations.
 */
final class CalendarReader {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final List<String> KEYS =
      List.of(
          "kind",
          "start",
          "end",
          "description",
          "hours",
          "statutory",
          "regular_day",
          "closed_days",
          "extra_days");
  private static final List<String> WEEKLY_KEYS =
      List.of("hours", "statutory", "regular_day", "closed_days", "extra_days");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private final SpecReader in;
  private final List<CalendarDef> calendars = new ArrayList<>();
  // Every declared id, with its kind when the kind is valid (null otherwise), so that a calendar
  // with a bad window does not also cause "undefined calendar" errors wherever it is used.
  private final Map<String, String> kinds = new LinkedHashMap<>();

  CalendarReader(SpecReader in) {
    this.in = in;
  }

  /** Reads {@code root.calendars}. */
  List<CalendarDef> read(Mapping root) {
    Mapping all = in.child(root, "", "calendars", true);
    if (all == null) {
      return List.of();
    }
    if (all.entries().isEmpty()) {
      in.problem(Code.MISSING, all, "calendars", "至少需要定义一个日历");
    }
    for (YamlNode.Entry entry : all.entries().values()) {
      String field = path("calendars", entry.key());
      if (!ID.matcher(entry.key()).matches()) {
        in.problem(
            Code.INVALID,
            entry.line(),
            entry.column(),
            field,
            entry.key(),
            "日历 id 应由小写字母、数字和下划线组成，且以字母开头");
      }
      kinds.put(entry.key(), null);
      Mapping node = in.mapping(entry.value(), field, entry.line());
      if (node != null) {
        calendar(entry.key(), node, field);
      }
    }
    return List.copyOf(calendars);
  }

  private void calendar(String id, Mapping node, String at) {
    in.onlyKeys(node, at, KEYS);
    String kind = in.code(node, at, "kind", CalendarDef.KINDS, true);
    String description = in.text(node, at, "description", true);
    LocalTime start = in.time(node, at, "start", false);
    LocalTime end = in.time(node, at, "end", false);
    if (kind == null) {
      return;
    }
    kinds.put(id, kind);
    boolean ok = true;
    if (!CalendarDef.WEEKLY.equals(kind)) {
      for (String key : WEEKLY_KEYS) {
        if (node.value(key) != null) {
          in.problemAt(
              Code.INVALID,
              node,
              key,
              path(at, key),
              "只有 WEEKLY 日历可写 " + key + "；" + kind + " 日历不可");
          ok = false;
        }
      }
    }
    if (CalendarDef.WEEKLY.equals(kind)) {
      for (String key : List.of("start", "end")) {
        if (node.value(key) != null) {
          in.problemAt(Code.INVALID, node, key, path(at, key), "WEEKLY 日历的时段写在 hours 下，不应有 " + key);
          ok = false;
        }
      }
      WeeklyHours weekly = weekly(node, at);
      if (ok && weekly != null && description != null) {
        calendars.add(new CalendarDef(id, kind, null, null, description, weekly));
      }
      return;
    } else if (CalendarDef.isWindowed(kind)) {
      ok =
          windowPresent(node, at, kind)
              && start != null
              && end != null
              && ordered(node, at, start, end);
    } else {
      for (String key : List.of("start", "end")) {
        if (node.value(key) != null) {
          in.problemAt(Code.INVALID, node, key, path(at, key), kind + " 日历不带时段，不应有 " + key);
          ok = false;
        }
      }
    }
    if (ok && description != null) {
      calendars.add(new CalendarDef(id, kind, start, end, description));
    }
  }

  private WeeklyHours weekly(Mapping node, String at) {
    boolean ok = true;
    Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
    Mapping hours = in.child(node, at, "hours", true);
    if (hours == null) {
      return null;
    }
    String hoursAt = path(at, "hours");
    in.onlyKeys(hours, hoursAt, DAYS);
    for (String key : hours.keys()) {
      int i = DAYS.indexOf(key);
      if (i < 0) {
        ok = false;
        continue;
      }
      List<TimeWindow> windows = windows(hours, hoursAt, key);
      if (windows == null) {
        ok = false;
      } else {
        week.put(DayOfWeek.of(i + 1), windows);
      }
    }
    if (ok && week.values().stream().allMatch(List::isEmpty)) {
      in.problem(Code.INVALID, hours, hoursAt, "一周中至少要有一天有服务时段");
      ok = false;
    }
    boolean statutory = in.bool(node, at, "statutory", true);
    DayOfWeek regular = DayOfWeek.MONDAY;
    String regularText = in.text(node, at, "regular_day", false);
    if (regularText != null) {
      int i = DAYS.indexOf(regularText);
      if (i < 0) {
        in.notOneOf(regularText, node.value("regular_day"), path(at, "regular_day"), DAYS);
        ok = false;
      } else {
        regular = DayOfWeek.of(i + 1);
      }
    }
    Set<LocalDate> closed = new HashSet<>();
    for (SpecReader.Item item : in.sequence(node, at, "closed_days", false)) {
      LocalDate d = date(item.node(), item.field());
      if (d == null) {
        ok = false;
      } else if (!closed.add(d)) {
        in.problem(Code.DUPLICATE, item.node(), item.field(), "日期 " + d + " 重复列出");
        ok = false;
      }
    }
    Map<LocalDate, List<TimeWindow>> extra = new TreeMap<>();
    Mapping extraNode = in.child(node, at, "extra_days", false);
    if (extraNode != null) {
      String extraAt = path(at, "extra_days");
      for (YamlNode.Entry e : extraNode.entries().values()) {
        LocalDate d = parseDate(e.key());
        List<TimeWindow> windows = windows(extraNode, extraAt, e.key());
        if (d == null) {
          in.problem(
              Code.INVALID,
              e.line(),
              e.column(),
              path(extraAt, e.key()),
              e.key(),
              "'" + e.key() + "' 不是有效日期，应为 yyyy-MM-dd，如 2026-03-08");
          ok = false;
        } else if (windows == null || windows.isEmpty()) {
          if (windows != null) {
            in.problem(
                Code.MISSING,
                e.line(),
                e.column(),
                path(extraAt, e.key()),
                e.key(),
                "加班/值班日需要至少一个时段，如 [\"08:00-12:00\"]");
          }
          ok = false;
        } else if (closed.contains(d)) {
          in.problem(
              Code.INVALID,
              e.line(),
              e.column(),
              path(extraAt, e.key()),
              e.key(),
              "日期 " + d + " 同时列在 closed_days 和 extra_days 中");
          ok = false;
        } else {
          extra.put(d, windows);
        }
      }
    }
    return ok ? new WeeklyHours(week, statutory, regular, closed, extra) : null;
  }

  /** The windows of one day: a list of "HH:mm-HH:mm" (or one), in order, not overlapping. */
  private List<TimeWindow> windows(Mapping node, String at, String key) {
    List<TimeWindow> windows = new ArrayList<>();
    boolean ok = true;
    for (SpecReader.Item item : in.items(node, at, key, false)) {
      String text = in.text(item.node(), item.field());
      if (text == null) {
        ok = false;
        continue;
      }
      try {
        TimeWindow w = TimeWindow.parse(text);
        if (!windows.isEmpty()) {
          TimeWindow before = windows.get(windows.size() - 1);
          if (before.endsAtMidnight() || before.end().isAfter(w.start())) {
            in.problem(
                Code.INVALID,
                item.node(),
                item.field(),
                "时段 " + w.label() + " 与前一时段 " + before.label() + " 重叠或未按时间先后排列");
            ok = false;
            continue;
          }
        }
        windows.add(w);
      } catch (IllegalArgumentException e) {
        in.problem(Code.INVALID, item.node(), item.field(), e.getMessage());
        ok = false;
      }
    }
    return ok ? windows : null;
  }

  private LocalDate date(YamlNode node, String field) {
    String text = in.text(node, field);
    if (text == null) {
      return null;
    }
    LocalDate d = parseDate(text);
    if (d == null) {
      in.problem(Code.INVALID, node, field, "'" + text + "' 不是有效日期，应为 yyyy-MM-dd，如 2026-03-05");
    }
    return d;
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private boolean windowPresent(Mapping node, String at, String kind) {
    boolean present = true;
    for (String key : List.of("start", "end")) {
      if (node.value(key) == null) {
        in.problem(Code.MISSING, node, path(at, key), kind + " 日历需要 " + key + "（\"HH:mm\"）");
        present = false;
      }
    }
    return present;
  }

  private boolean ordered(Mapping node, String at, LocalTime start, LocalTime end) {
    // 00:00 (or 24:00) as the end means midnight at the end of the day.
    if (end.equals(LocalTime.MIDNIGHT) || start.isBefore(end)) {
      return true;
    }
    in.problemAt(
        Code.INVALID,
        node,
        "end",
        path(at, "end"),
        "结束时间 " + end + " 不晚于开始时间 " + start + "（时段不能跨午夜；到午夜结束请写 \"24:00\"）");
    return false;
  }

  /** Whether {@code id} was declared (even if its definition has problems). */
  boolean declared(String id) {
    return kinds.containsKey(id);
  }

  /** The kind of a declared calendar, or null when unknown or invalid. */
  String kind(String id) {
    return kinds.get(id);
  }

  /** The declared ids, for messages. */
  String declaredIds() {
    return kinds.isEmpty() ? "（无）" : String.join(", ", kinds.keySet());
  }
}
