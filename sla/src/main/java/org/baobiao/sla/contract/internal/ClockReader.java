package org.baobiao.sla.contract.internal;

import static org.baobiao.spec.SpecReader.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.sla.contract.CalendarDef;
import org.baobiao.sla.contract.ClockDef;
import org.baobiao.sla.contract.ClockDef.StartAt;
import org.baobiao.sla.contract.Coded;
import org.baobiao.sla.contract.GoalCondition;
import org.baobiao.sla.contract.GoalRule;
import org.baobiao.sla.contract.Target;
import org.baobiao.sla.contract.TicketFilter;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.SpecReader.Item;
import org.baobiao.spec.YamlNode.Mapping;

/** Reads and validates the {@code clocks} list and each clock's ordered goals. */
final class ClockReader {
  private static final List<String> CLOCK_KEYS =
      List.of(
          "id",
          "name",
          "start",
          "start_at",
          "stop",
          "pause",
          "resume",
          "cancel",
          "applies_to",
          "excludes",
          "goals");
  private static final List<String> GOAL_KEYS =
      List.of("rule", "when", "target", "calendar", "clause");
  private static final List<String> WHEN_KEYS =
      List.of("severity", "channel", "category", "start_in", "start_outside");

  private final TermParts parts;
  private final SpecReader in;

  ClockReader(TermParts parts) {
    this.parts = parts;
    this.in = parts.in();
  }

  /** Reads {@code root.clocks}. */
  List<ClockDef> read(Mapping root) {
    return in.identifiedSequence(root, "", "clocks", "id", true, "时钟", this::clock);
  }

  private ClockDef clock(Mapping node, String at) {
    in.onlyKeys(node, at, CLOCK_KEYS);
    String id = in.text(node, at, "id", true);
    if (id != null && !CalendarReader.ID.matcher(id).matches()) {
      in.problemAt(Code.INVALID, node, "id", path(at, "id"), "时钟 id 应由小写字母、数字和下划线组成，且以字母开头");
      id = null;
    }
    String name = in.text(node, at, "name", true);
    List<String> start = parts.events(node, at, "start", true);
    StartAt startAt =
        node.value("start_at") == null
            ? StartAt.FIRST
            : in.choice(node, at, "start_at", StartAt.class, Coded::code, true);
    List<String> stop = parts.events(node, at, "stop", true);
    List<String> pause = parts.events(node, at, "pause", false);
    List<String> resume = parts.events(node, at, "resume", false);
    List<String> cancel = parts.events(node, at, "cancel", false);
    boolean consistent = eventsConsistent(node, at, start, stop, pause, resume, cancel);
    TicketFilter appliesTo = parts.filter(node, at, "applies_to", false);
    TicketFilter excludes = parts.filter(node, at, "excludes", false);
    List<GoalRule> goals = goals(node, at);
    if (id == null
        || name == null
        || startAt == null
        || start.isEmpty()
        || stop.isEmpty()
        || !consistent
        || goals.isEmpty()) {
      return null;
    }
    return new ClockDef(
        id, name, start, startAt, stop, pause, resume, cancel, appliesTo, excludes, goals);
  }

  private boolean eventsConsistent(
      Mapping node,
      String at,
      List<String> start,
      List<String> stop,
      List<String> pause,
      List<String> resume,
      List<String> cancel) {
    boolean ok = true;
    if (pause.isEmpty() != resume.isEmpty()) {
      String given = pause.isEmpty() ? "resume" : "pause";
      String missing = pause.isEmpty() ? "pause" : "resume";
      in.problemAt(Code.MISSING, node, given, path(at, missing), "pause 与 resume 须同时给出或同时省略");
      ok = false;
    }
    ok &= disjoint(node, at, "stop", stop, "start", start);
    ok &= disjoint(node, at, "resume", resume, "pause", pause);
    ok &= disjoint(node, at, "cancel", cancel, "stop", stop);
    return ok;
  }

  private boolean disjoint(
      Mapping node,
      String at,
      String key,
      List<String> events,
      String otherKey,
      List<String> others) {
    List<String> both = events.stream().filter(others::contains).toList();
    if (both.isEmpty()) {
      return true;
    }
    in.problemAt(
        Code.INVALID,
        node,
        key,
        path(at, key),
        "事件 " + String.join(", ", both) + " 同时出现在 " + key + " 和 " + otherKey + " 中");
    return false;
  }

  private List<GoalRule> goals(Mapping clock, String at) {
    List<GoalRule> goals = new ArrayList<>();
    Map<String, Integer> rules = new HashMap<>();
    String defaultField = null;
    for (Item item : in.sequence(clock, at, "goals", true)) {
      Mapping node = in.mapping(item.node(), item.field(), clock.line());
      if (node == null) {
        continue;
      }
      if (defaultField != null) {
        in.problem(
            Code.INVALID,
            node,
            item.field(),
            "前面的 " + defaultField + " 是默认规则（没有 when），此规则永远不会被匹配；默认规则应放在最后");
      }
      GoalRule goal = goal(node, item.field());
      String rule = SpecReader.peek(node, "rule");
      if (rule != null) {
        Integer first = rules.putIfAbsent(rule, node.lineOf("rule"));
        if (first != null) {
          in.problemAt(
              Code.DUPLICATE,
              node,
              "rule",
              path(item.field(), "rule"),
              "规则名 '" + rule + "' 在本时钟内重复（第 " + first + " 行）");
        }
      }
      if (goal != null) {
        if (goal.isDefault() && defaultField == null) {
          defaultField = item.field();
        }
        goals.add(goal);
      }
    }
    return goals;
  }

  private GoalRule goal(Mapping node, String at) {
    in.onlyKeys(node, at, GOAL_KEYS);
    String rule = in.text(node, at, "rule", true);
    GoalCondition when = when(node, at);
    Target target = parts.target(node, at, "target", true);
    String calendar = parts.calendarRef(node, at, "calendar", true);
    parts.checkUnitFits(target, calendar, node, path(at, "calendar"));
    var clause = parts.clause(node, at);
    if (rule == null || when == null || target == null || calendar == null || clause == null) {
      return null;
    }
    return new GoalRule(rule, when, target, calendar, clause);
  }

  private GoalCondition when(Mapping goal, String at) {
    Mapping node = in.child(goal, at, "when", false);
    if (node == null) {
      return goal.value("when") == null ? GoalCondition.ALWAYS : null;
    }
    String field = path(at, "when");
    in.onlyKeys(node, field, WHEN_KEYS);
    String startIn = windowRef(node, field, "start_in");
    String startOutside = windowRef(node, field, "start_outside");
    return new GoalCondition(
        parts.severities(node, field),
        parts.channels(node, field),
        parts.categories(node, field),
        startIn,
        startOutside);
  }

  private String windowRef(Mapping node, String at, String key) {
    String id = parts.calendarRef(node, at, key, false);
    if (CalendarDef.ALWAYS.equals(parts.kindOf(id))) {
      in.problemAt(
          Code.INVALID,
          node,
          key,
          path(at, key),
          "日历 '" + id + "' 是 ALWAYS（全天候），没有时段内外之分，不能用于 " + key);
    }
    return id;
  }
}
