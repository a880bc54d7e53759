package org.baobiao.sla.contract;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.baobiao.sla.calendar.AlwaysCalendar;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.BusinessCalendars;
import org.baobiao.sla.calendar.CalendarSpec;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.WeeklyCalendar;
import org.baobiao.sla.calendar.WorkingDayBudget;
import org.baobiao.sla.calendar.WorkingDayMode;
import org.baobiao.sla.calendar.WorkingDays;
import org.baobiao.sla.engine.ClockSpec;
import org.baobiao.sla.engine.GoalSpec;

/**
 * Turns a contract file's clocks into engine clocks: named calendars become business calendars over
 * the statutory holiday notices, targets become business-time budgets (working days per the
 * contract's working-day mode), conditions become matchers.
 *
 * @param contract the contract
 * @param calendars its calendars by id
 * @param clocks its clocks, in contract order
 */
public record ContractClocks(
    Contract contract, Map<String, BusinessCalendar> calendars, List<ClockSpec> clocks) {

  /** Builds the engine clocks of a contract. */
  public static ContractClocks of(Contract contract, StatutoryCalendar statutory) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    for (CalendarDef def : contract.calendars()) {
      calendars.put(def.id(), calendar(def, statutory));
    }
    WorkingDayMode mode = contract.workingDayMode().calendarMode();
    List<ClockSpec> clocks = new ArrayList<>();
    for (ClockDef c : contract.clocks()) {
      List<GoalSpec> goals = new ArrayList<>();
      for (GoalRule g : c.goals()) {
        goals.add(goal(g, calendars, mode, statutory));
      }
      clocks.add(
          new ClockSpec(
              c.id(),
              c.name(),
              Set.copyOf(c.start()),
              Set.copyOf(c.stop()),
              Set.copyOf(c.pause()),
              Set.copyOf(c.resume()),
              Set.copyOf(c.cancel()),
              c.startAt() == ClockDef.StartAt.LAST,
              t -> c.appliesTo(t.severity(), t.channel(), t.category()),
              goals));
    }
    return new ContractClocks(contract, Map.copyOf(calendars), List.copyOf(clocks));
  }

  private static BusinessCalendar calendar(CalendarDef def, StatutoryCalendar statutory) {
    if (def.weekly() == null) {
      return BusinessCalendars.create(spec(def), statutory);
    }
    WeeklyHours w = def.weekly();
    return new WeeklyCalendar(
        w.week(), w.statutory() ? statutory : null, w.regularDay(), w.closedDays(), w.extraDays());
  }

  private static CalendarSpec spec(CalendarDef def) {
    return switch (def.kind()) {
      case CalendarDef.ALWAYS -> CalendarSpec.always();
      case CalendarDef.WORKDAYS -> CalendarSpec.workdays();
      case CalendarDef.DAILY_WINDOW -> CalendarSpec.dailyWindow(def.start(), def.end());
      case CalendarDef.WORKDAY_WINDOW -> CalendarSpec.workdayWindow(def.start(), def.end());
      default -> throw new IllegalArgumentException("unknown calendar kind " + def.kind());
    };
  }

  private static GoalSpec goal(
      GoalRule g,
      Map<String, BusinessCalendar> calendars,
      WorkingDayMode mode,
      StatutoryCalendar statutory) {
    BusinessCalendar calendar = calendars.get(g.calendar());
    BigDecimal amount = g.target().amount();
    Duration budget;
    String text = g.target().toString();
    UnaryOperator<LocalDateTime> countFrom = UnaryOperator.identity();
    UnaryOperator<LocalDateTime> deadlineAt = UnaryOperator.identity();
    String rule = null;
    switch (g.target().unit()) {
      case MINUTES -> budget = seconds(amount.multiply(BigDecimal.valueOf(60)));
      case HOURS -> budget = seconds(amount.multiply(BigDecimal.valueOf(3600)));
      case CALENDAR_DAYS -> {
        calendar = BusinessCalendars.create(CalendarSpec.always(), statutory);
        budget = seconds(amount.multiply(BigDecimal.valueOf(86_400)));
      }
      case WORKING_DAYS -> {
        WorkingDayBudget b = WorkingDays.budget(amount.intValueExact(), mode, calendar, statutory);
        calendar = b.calendar();
        budget = b.budget();
        countFrom = b.countFrom();
        deadlineAt = b.deadlineAt();
        rule = b.rule();
        text = text + "（" + mode.label() + "）";
      }
      default -> throw new IllegalArgumentException("unknown unit " + g.target().unit());
    }
    if (rule == null) {
      rule =
          g.target().unit() == TargetUnit.CALENDAR_DAYS
              ? "自开始起按自然时间（7×24）累计满目标时长的时刻"
              : calendar instanceof AlwaysCalendar
                  ? "自开始起按全天候（7×24）时间累计满目标时长的时刻"
                  : "自开始起只计计时日历服务时段内的时间（服务时段外及挂起期间不计），累计满目标时长的时刻";
    }
    GoalCondition when = g.when();
    return new GoalSpec(
        g.rule(),
        (ticket, start) ->
            when.matches(
                ticket.severity(),
                ticket.channel(),
                ticket.category(),
                id -> calendars.get(id).isWorking(start)),
        calendar,
        budget,
        text,
        g.clause().section() + " " + g.clause().text(),
        countFrom,
        deadlineAt,
        rule);
  }

  private static Duration seconds(BigDecimal seconds) {
    return Duration.ofSeconds(seconds.longValueExact());
  }

  /** A goal condition for people, e.g. 一级；渠道 PHONE；开始于工作时间（…）. */
  public String describe(GoalCondition when) {
    List<String> parts = new ArrayList<>();
    if (!when.severities().isEmpty()) {
      parts.add(
          when.severities().stream().map(s -> s + " 级").collect(Collectors.joining("、")) + "故障");
    }
    if (!when.channels().isEmpty()) {
      parts.add("报障渠道 " + String.join("、", when.channels()));
    }
    if (!when.categories().isEmpty()) {
      parts.add("服务类别 " + String.join("、", when.categories()));
    }
    if (when.startIn() != null) {
      parts.add("开始于" + calendars.get(when.startIn()).description() + "内");
    }
    if (when.startOutside() != null) {
      parts.add("开始于" + calendars.get(when.startOutside()).description() + "以外");
    }
    return parts.isEmpty() ? "其他情况（默认）" : String.join("；", parts);
  }
}
