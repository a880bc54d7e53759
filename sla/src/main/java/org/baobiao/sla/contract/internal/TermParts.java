package org.baobiao.sla.contract.internal;

import static org.baobiao.spec.SpecReader.path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.contract.CalendarDef;
import org.baobiao.sla.contract.Clause;
import org.baobiao.sla.contract.Coded;
import org.baobiao.sla.contract.Target;
import org.baobiao.sla.contract.TargetUnit;
import org.baobiao.sla.contract.TicketFilter;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * Reads the pieces that clocks and obligations share: the quoted seed clause, ticket filters,
 * targets and references to the contract's calendars.
 */
final class TermParts {
  static final List<String> FILTER_KEYS = List.of("category", "channel", "severity");

  /** An obligation's {@code tickets} may also name the maintained systems. */
  static final List<String> TICKETS_KEYS = List.of("category", "channel", "severity", "system");

  private static final Pattern SYSTEM_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final List<String> CLAUSE_KEYS = List.of("section", "text");
  private static final List<String> TARGET_KEYS = List.of("amount", "unit");

  private final SpecReader in;
  private final CalendarReader calendars;

  TermParts(SpecReader in, CalendarReader calendars) {
    this.in = in;
    this.calendars = calendars;
  }

  SpecReader in() {
    return in;
  }

  /** The required {@code clause: {section, text}}. */
  Clause clause(Mapping node, String at) {
    Mapping clause = in.child(node, at, "clause", true);
    if (clause == null) {
      return null;
    }
    String field = path(at, "clause");
    in.onlyKeys(clause, field, CLAUSE_KEYS);
    String section = in.text(clause, field, "section", true);
    String text = in.text(clause, field, "text", true);
    return section == null || text == null ? null : new Clause(section, text);
  }

  /** A ticket filter {@code {category, channel, severity}}; {@link TicketFilter#NONE} if absent. */
  TicketFilter filter(Mapping node, String at, String key, boolean required) {
    Mapping filter = in.child(node, at, key, required);
    if (filter == null) {
      return TicketFilter.NONE;
    }
    String field = path(at, key);
    in.onlyKeys(filter, field, FILTER_KEYS);
    TicketFilter result =
        new TicketFilter(
            categories(filter, field), channels(filter, field), severities(filter, field));
    if (result.isEmpty()) {
      in.problem(Code.MISSING, filter, field, "至少给出 category、channel、severity 之一");
    }
    return result;
  }

  /**
   * An obligation's ticket filter {@code {category, channel, severity, system}}: {@code system}
   * lists the maintained systems' codes (the hospital's {@code systems.csv}); {@link
   * TicketFilter#NONE} if absent.
   */
  TicketFilter ticketsFilter(Mapping node, String at, String key, boolean required) {
    Mapping filter = in.child(node, at, key, required);
    if (filter == null) {
      return TicketFilter.NONE;
    }
    String field = path(at, key);
    in.onlyKeys(filter, field, TICKETS_KEYS);
    List<String> systems = new ArrayList<>();
    for (SpecReader.Item item : in.items(filter, field, "system", false)) {
      String code = in.text(item.node(), item.field());
      if (code == null) {
        continue;
      }
      if (!SYSTEM_CODE.matcher(code).matches()) {
        in.problem(
            Code.INVALID,
            item.node(),
            item.field(),
            "'" + code + "' 应为系统编码（systems.csv 的 system_code：1–32 位字母、数字、_ 或 -）");
      } else if (systems.contains(code)) {
        in.problem(Code.DUPLICATE, item.node(), item.field(), "'" + code + "' 重复");
      } else {
        systems.add(code);
      }
    }
    TicketFilter result =
        new TicketFilter(
            categories(filter, field), channels(filter, field), severities(filter, field), systems);
    if (result.isEmpty()) {
      in.problem(Code.MISSING, filter, field, "至少给出 category、channel、severity、system 之一");
    }
    return result;
  }

  List<String> categories(Mapping node, String at) {
    return in.codes(node, at, "category", TicketCodes.CATEGORIES.keySet(), false);
  }

  List<String> channels(Mapping node, String at) {
    return in.codes(node, at, "channel", TicketCodes.CHANNELS.keySet(), false);
  }

  List<Integer> severities(Mapping node, String at) {
    return in.codes(node, at, "severity", TicketCodes.SEVERITIES.keySet(), false).stream()
        .map(Integer::valueOf)
        .toList();
  }

  /** Event type codes of {@code docs/formats.md}. */
  List<String> events(Mapping node, String at, String key, boolean required) {
    return in.codes(node, at, key, TicketCodes.EVENT_TYPES.keySet(), required);
  }

  /** A target {@code {amount, unit}}, or null. */
  Target target(Mapping node, String at, String key, boolean required) {
    Mapping target = in.child(node, at, key, required);
    if (target == null) {
      return null;
    }
    String field = path(at, key);
    in.onlyKeys(target, field, TARGET_KEYS);
    BigDecimal amount = in.positiveDecimal(target, field, "amount");
    TargetUnit unit = in.choice(target, field, "unit", TargetUnit.class, Coded::code, true);
    return amount == null || unit == null ? null : new Target(amount, unit);
  }

  /** A reference to a calendar of the contract, or null (after a problem if undefined). */
  String calendarRef(Mapping node, String at, String key, boolean required) {
    String id = in.text(node, at, key, required);
    if (id != null && !calendars.declared(id)) {
      in.problemAt(
          Code.BAD_REFERENCE,
          node,
          key,
          path(at, key),
          "日历 '" + id + "' 未在 calendars 中定义；已定义: " + calendars.declaredIds());
      return null;
    }
    return id;
  }

  /** The kind of a referenced calendar, or null when unknown. */
  String kindOf(String calendarId) {
    return calendarId == null ? null : calendars.kind(calendarId);
  }

  /**
   * Checks that a target's unit can be counted in its calendar: calendar days only in {@code
   * ALWAYS}, working days only in {@code WORKDAYS}, {@code WORKDAY_WINDOW} or {@code WEEKLY}.
   */
  void checkUnitFits(Target target, String calendarId, Mapping node, String field) {
    String kind = kindOf(calendarId);
    if (target == null || kind == null) {
      return;
    }
    if (target.unit() == TargetUnit.CALENDAR_DAYS && !kind.equals(CalendarDef.ALWAYS)) {
      in.problemAt(
          Code.INVALID,
          node,
          "calendar",
          field,
          "以 calendar_days 计的时限应在 ALWAYS 日历中计算，'" + calendarId + "' 是 " + kind);
    }
    if (target.unit() == TargetUnit.WORKING_DAYS
        && !kind.equals(CalendarDef.WORKDAYS)
        && !kind.equals(CalendarDef.WORKDAY_WINDOW)
        && !kind.equals(CalendarDef.WEEKLY)) {
      in.problemAt(
          Code.INVALID,
          node,
          "calendar",
          field,
          "以 working_days 计的时限应在 WORKDAYS、WORKDAY_WINDOW 或 WEEKLY 日历中计算，'"
              + calendarId
              + "' 是 "
              + kind);
    }
  }
}
