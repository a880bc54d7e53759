package org.baobiao.sla.contract.internal;

import static org.baobiao.spec.SpecReader.path;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.sla.contract.CalendarDef;
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
  private static final List<String> KEYS = List.of("kind", "start", "end", "description");

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
    if (CalendarDef.isWindowed(kind)) {
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
