package org.baobiao.sla.contract.internal;

import static org.baobiao.spec.SpecReader.path;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.contract.ActivityType;
import org.baobiao.sla.contract.CalendarSpan;
import org.baobiao.sla.contract.Clause;
import org.baobiao.sla.contract.Coded;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.HolidayWindow;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms;
import org.baobiao.sla.contract.ObligationTerms.BudgetPerYear;
import org.baobiao.sla.contract.ObligationTerms.BudgetUnit;
import org.baobiao.sla.contract.ObligationTerms.ContactScope;
import org.baobiao.sla.contract.ObligationTerms.DailyActivity;
import org.baobiao.sla.contract.ObligationTerms.MaxCountPerYear;
import org.baobiao.sla.contract.ObligationTerms.MaxGap;
import org.baobiao.sla.contract.ObligationTerms.MinPerYear;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;
import org.baobiao.sla.contract.ObligationTerms.PeriodicActivity;
import org.baobiao.sla.contract.ObligationTerms.ProactiveContact;
import org.baobiao.sla.contract.Target;
import org.baobiao.sla.contract.TicketFilter;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode.Mapping;

/**
 * Reads and validates the {@code obligations} list: the keys every obligation has ({@code id, name,
 * kind, clause}) and the parameters of its kind.
 */
final class ObligationDefReader {
  private static final List<String> COMMON_KEYS = List.of("id", "name", "kind", "clause");
  private static final Map<String, List<String>> KIND_KEYS =
      Map.of(
          "periodic_activity",
          List.of("activity", "every", "min_count", "requires_report", "on_calendar"),
          "daily_activity",
          List.of("activity", "retention_days"),
          "min_per_year",
          List.of("activity", "min_count", "requires_report", "must_cover_windows", "window_days"),
          "max_gap",
          List.of("activity", "max_gap", "requires_report"),
          "max_count_per_year",
          List.of("tickets", "max_count"),
          "budget_per_year",
          List.of("activity", "amount", "unit"),
          "proactive_contact",
          List.of("activity", "per", "silence", "contact"),
          "per_ticket_activity",
          List.of(
              "activity",
              "tickets",
              "after_event",
              "required",
              "not_before",
              "within",
              "calendar"));
  private static final List<String> KINDS =
      List.of(
          "periodic_activity",
          "daily_activity",
          "min_per_year",
          "max_gap",
          "max_count_per_year",
          "budget_per_year",
          "proactive_contact",
          "per_ticket_activity");
  private static final List<String> SPAN_KEYS = List.of("amount", "unit");
  private static final List<String> CONTACT_KEYS = List.of("channels", "events", "activities");
  private static final int MAX_COUNT = 100_000;

  private final TermParts parts;
  private final SpecReader in;

  ObligationDefReader(TermParts parts) {
    this.parts = parts;
    this.in = parts.in();
  }

  /** Reads {@code root.obligations} (optional). */
  List<ObligationDef> read(Mapping root) {
    return in.identifiedSequence(root, "", "obligations", "id", false, "义务", this::obligation);
  }

  private ObligationDef obligation(Mapping node, String at) {
    String kind = in.code(node, at, "kind", KINDS, true);
    List<String> kindKeys =
        kind == null
            ? node.keys().stream().filter(k -> !COMMON_KEYS.contains(k)).toList()
            : KIND_KEYS.get(kind);
    in.onlyKeys(node, at, Stream.concat(COMMON_KEYS.stream(), kindKeys.stream()).toList());
    String id = in.text(node, at, "id", true);
    if (id != null && !CalendarReader.ID.matcher(id).matches()) {
      in.problemAt(Code.INVALID, node, "id", path(at, "id"), "义务 id 应由小写字母、数字和下划线组成，且以字母开头");
      id = null;
    }
    String name = in.text(node, at, "name", true);
    Clause clause = parts.clause(node, at);
    ObligationTerms terms = kind == null ? null : terms(kind, node, at);
    if (id == null || name == null || clause == null || terms == null) {
      return null;
    }
    return new ObligationDef(id, name, clause, terms);
  }

  private ObligationTerms terms(String kind, Mapping node, String at) {
    return switch (kind) {
      case "periodic_activity" -> periodic(node, at);
      case "daily_activity" -> daily(node, at);
      case "min_per_year" -> minPerYear(node, at);
      case "max_gap" -> maxGap(node, at);
      case "max_count_per_year" -> maxCount(node, at);
      case "budget_per_year" -> budget(node, at);
      case "proactive_contact" -> proactiveContact(node, at);
      case "per_ticket_activity" -> perTicket(node, at);
      default -> throw new IllegalStateException("kind not in KINDS: " + kind);
    };
  }

  private ActivityType activity(Mapping node, String at) {
    return in.choice(node, at, "activity", ActivityType.class, Coded::code, true);
  }

  private PeriodicActivity periodic(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    Every every = in.choice(node, at, "every", Every.class, Coded::code, true);
    Integer minCount = in.integer(node, at, "min_count", false, 1, MAX_COUNT);
    boolean report = in.bool(node, at, "requires_report", false);
    String onCalendar = parts.calendarRef(node, at, "on_calendar", false);
    if (activity == null
        || every == null
        || (minCount == null && node.value("min_count") != null)) {
      return null;
    }
    return new PeriodicActivity(
        activity, every, minCount == null ? 1 : minCount, report, onCalendar);
  }

  private DailyActivity daily(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    Integer retention = in.integer(node, at, "retention_days", false, 1, 3660);
    if (activity == null || (retention == null && node.value("retention_days") != null)) {
      return null;
    }
    return new DailyActivity(activity, retention);
  }

  private MinPerYear minPerYear(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    Integer minCount = in.integer(node, at, "min_count", true, 1, MAX_COUNT);
    boolean report = in.bool(node, at, "requires_report", false);
    List<HolidayWindow> windows =
        in.choices(node, at, "must_cover_windows", HolidayWindow.class, Coded::code, false);
    Integer windowDays = in.integer(node, at, "window_days", false, 0, 60);
    boolean windowsGiven = node.value("must_cover_windows") != null;
    boolean daysGiven = node.value("window_days") != null;
    if (windowsGiven && !daysGiven) {
      in.problem(
          Code.MISSING,
          node,
          path(at, "window_days"),
          "给出 must_cover_windows 时必须给出 window_days（节前提前的天数）");
    }
    if (daysGiven && !windowsGiven) {
      in.problemAt(
          Code.INVALID,
          node,
          "window_days",
          path(at, "window_days"),
          "没有 must_cover_windows 时不应有 window_days");
    }
    if (activity == null
        || minCount == null
        || windowsGiven != daysGiven
        || (daysGiven && windowDays == null)) {
      return null;
    }
    return new MinPerYear(activity, minCount, report, windows, windowDays == null ? 0 : windowDays);
  }

  private MaxGap maxGap(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    CalendarSpan gap = span(node, at, "max_gap");
    boolean report = in.bool(node, at, "requires_report", false);
    return activity == null || gap == null ? null : new MaxGap(activity, gap, report);
  }

  private MaxCountPerYear maxCount(Mapping node, String at) {
    TicketFilter tickets = parts.ticketsFilter(node, at, "tickets", true);
    Integer max = in.integer(node, at, "max_count", true, 0, MAX_COUNT);
    return max == null || tickets.isEmpty() ? null : new MaxCountPerYear(tickets, max);
  }

  private BudgetPerYear budget(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    BigDecimal amount = in.positiveDecimal(node, at, "amount");
    BudgetUnit unit = in.choice(node, at, "unit", BudgetUnit.class, Coded::code, true);
    return activity == null || amount == null || unit == null
        ? null
        : new BudgetPerYear(activity, amount, unit);
  }

  private ProactiveContact proactiveContact(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    ContactScope per = in.choice(node, at, "per", ContactScope.class, Coded::code, true);
    CalendarSpan silence = span(node, at, "silence");
    Mapping contact = in.child(node, at, "contact", true);
    if (contact == null) {
      return null;
    }
    String field = path(at, "contact");
    in.onlyKeys(contact, field, CONTACT_KEYS);
    var channels = in.codes(contact, field, "channels", TicketCodes.CHANNELS.keySet(), false);
    var events = parts.events(contact, field, "events", false);
    var activities =
        in.choices(contact, field, "activities", ActivityType.class, Coded::code, false);
    if (channels.isEmpty() && events.isEmpty() && activities.isEmpty()) {
      in.problem(Code.MISSING, contact, field, "至少给出 channels、events、activities 之一（什么算作联系）");
      return null;
    }
    return activity == null || per == null || silence == null
        ? null
        : new ProactiveContact(activity, per, silence, channels, events, activities);
  }

  private PerTicketActivity perTicket(Mapping node, String at) {
    ActivityType activity = activity(node, at);
    TicketFilter tickets = parts.ticketsFilter(node, at, "tickets", true);
    String afterEvent =
        node.value("after_event") == null
            ? "RESOLVED"
            : in.code(node, at, "after_event", TicketCodes.EVENT_TYPES.keySet(), true);
    boolean required = in.bool(node, at, "required", true);
    Target notBefore = parts.target(node, at, "not_before", false);
    Target within = parts.target(node, at, "within", false);
    boolean bounded = node.value("not_before") != null || node.value("within") != null;
    String calendar = parts.calendarRef(node, at, "calendar", bounded);
    if (!bounded && node.value("calendar") != null) {
      in.problemAt(
          Code.INVALID,
          node,
          "calendar",
          path(at, "calendar"),
          "没有 not_before 或 within 时不应有 calendar");
    }
    parts.checkUnitFits(notBefore, calendar, node, path(at, "calendar"));
    parts.checkUnitFits(within, calendar, node, path(at, "calendar"));
    if (activity == null
        || tickets.isEmpty()
        || afterEvent == null
        || (bounded && calendar == null)) {
      return null;
    }
    return new PerTicketActivity(
        activity, tickets, afterEvent, required, notBefore, within, bounded ? calendar : null);
  }

  private CalendarSpan span(Mapping node, String at, String key) {
    Mapping span = in.child(node, at, key, true);
    if (span == null) {
      return null;
    }
    String field = path(at, key);
    in.onlyKeys(span, field, SPAN_KEYS);
    Integer amount = in.integer(span, field, "amount", true, 1, 1000);
    CalendarSpan.Unit unit =
        in.choice(span, field, "unit", CalendarSpan.Unit.class, Coded::code, true);
    return amount == null || unit == null ? null : new CalendarSpan(amount, unit);
  }
}
