package org.baobiao.sla.obligation.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;
import org.baobiao.sla.obligation.ObligationTicket;

/**
 * {@code per_ticket_activity}, reported per calendar month of the tickets' {@code after_event} (its
 * last occurrence, so a reopened ticket counts from its final fix). Every selected ticket needs a
 * successful activity carrying its ticket number. {@code not_before}: an earlier activity is a
 * breach (提前); {@code within}: a later one is a breach (逾期) and a missing one is missed once the
 * deadline has passed. Without {@code within} a missing activity is missed when the month ends.
 * With {@code required: false} a missing activity is only pending (待办), never a breach. A month
 * without selected tickets is not applicable.
 */
public final class PerTicketActivityCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final PerTicketActivity terms;
  private final Bounds bounds;
  private Map<String, LoggedActivity> byTicket; // see activityFor

  public PerTicketActivityCheck(DutyScope scope, ObligationDef def, PerTicketActivity terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
    this.bounds =
        terms.calendar() == null
            ? null
            : new Bounds(
                scope.calendars().get(terms.calendar()),
                scope.contract().workingDayMode().calendarMode(),
                scope.statutory());
  }

  /** A selected ticket and the time its duty arose. */
  private record Duty(ObligationTicket ticket, LocalDateTime after) {}

  @Override
  public String required() {
    return "每张"
        + TicketWording.filter(terms.tickets())
        + event()
        + "后须有"
        + terms.activity().label()
        + "（记录关联工单号）"
        + (terms.within() == null ? "" : "，" + terms.within() + "内")
        + (terms.notBefore() == null ? "" : "，不早于" + event() + "后 " + terms.notBefore())
        + (terms.required() ? "" : "；尚未提交的只列为待办，不计违约");
  }

  @Override
  public List<ObligationResult> evaluate() {
    List<Duty> duties = new ArrayList<>();
    for (ObligationTicket t : scope.input().tickets()) {
      if (!terms.tickets().matchesAll(t.severity(), t.channel(), t.category(), t.system())) {
        continue;
      }
      Optional<LocalDateTime> after = t.last(terms.afterEvent());
      if (after.isPresent()
          && !after.get().isAfter(scope.asOf())
          && scope.contract().isEffectiveOn(after.get().toLocalDate())) {
        duties.add(new Duty(t, after.get()));
      }
    }
    duties.sort(Comparator.comparing(Duty::after));
    List<ObligationResult> results = new ArrayList<>();
    for (DuePeriod p : scope.periods(Every.MONTH)) {
      results.add(
          evaluate(p, duties.stream().filter(d -> p.contains(d.after().toLocalDate())).toList()));
    }
    return results;
  }

  private ObligationResult evaluate(DuePeriod p, List<Duty> duties) {
    String label = terms.activity().label();
    if (duties.isEmpty()) {
      return DutyScope.result(
          def,
          p,
          ObligationStatus.NOT_APPLICABLE,
          required(),
          "本月没有" + event() + "的" + TicketWording.filter(terms.tickets()),
          null,
          null);
    }
    List<String> evidence = new ArrayList<>();
    List<String> breaches = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int done = 0;
    for (Duty d : duties) {
      String ticket =
          "工单 " + d.ticket().ticketNo() + "（" + Wording.time(d.after()) + " " + event() + "）";
      LocalDateTime earliest =
          terms.notBefore() == null ? null : bounds.plus(d.after(), terms.notBefore());
      LocalDateTime deadline =
          terms.within() == null ? null : bounds.plus(d.after(), terms.within());
      Optional<LoggedActivity> act = activityFor(d.ticket().ticketNo());
      if (act.isPresent()) {
        LoggedActivity a = act.get();
        evidence.add(ticket + "：" + Wording.activity(a));
        if (earliest != null && a.startedAt().isBefore(earliest)) {
          breaches.add(ticket + "的" + label + "早于最早时间 " + Wording.time(earliest) + "（提前）");
        } else if (deadline != null && a.startedAt().isAfter(deadline)) {
          breaches.add(ticket + "的" + label + "迟于期限 " + Wording.time(deadline) + "（逾期）");
        } else {
          done++;
        }
      } else if (!terms.required()
          || (deadline != null ? !scope.asOf().isAfter(deadline) : !scope.ended(p.end()))) {
        pending.add(ticket + (deadline == null ? "" : "，期限 " + Wording.time(deadline)));
      } else {
        breaches.add(ticket + "无" + label);
      }
    }
    String found =
        "本月"
            + event()
            + "的"
            + TicketWording.filter(terms.tickets())
            + " "
            + duties.size()
            + " 张：按时有"
            + label
            + " "
            + done
            + " 张，待办 "
            + pending.size()
            + " 张，未履行 "
            + breaches.size()
            + " 张";
    ObligationStatus status;
    String missing;
    if (!breaches.isEmpty()) {
      status = ObligationStatus.MISSED;
      missing = Wording.list(breaches);
    } else if (!pending.isEmpty()) {
      status = ObligationStatus.NOT_DUE;
      missing = "待办：" + Wording.list(pending);
    } else {
      status = ObligationStatus.MET;
      missing = null;
    }
    return DutyScope.result(def, p, status, required(), found, Wording.list(evidence), missing);
  }

  /**
   * The first successful activity of the kind carrying a ticket's number, started by the evaluation
   * time (activities are in start order).
   */
  private Optional<LoggedActivity> activityFor(String ticketNo) {
    if (byTicket == null) {
      // indexed once: a scan per ticket is quadratic in a large hospital's year
      byTicket = new HashMap<>();
      for (LoggedActivity a : scope.input().activities()) {
        if (a.type().equals(terms.activity().code())
            && a.ticketNo() != null
            && !a.failed()
            && !a.startedAt().isAfter(scope.asOf())) {
          byTicket.putIfAbsent(a.ticketNo(), a);
        }
      }
    }
    return Optional.ofNullable(byTicket.get(ticketNo));
  }

  private String event() {
    return TicketCodes.EVENT_TYPES.getOrDefault(terms.afterEvent(), terms.afterEvent());
  }
}
