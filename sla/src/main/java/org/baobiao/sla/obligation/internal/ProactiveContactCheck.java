package org.baobiao.sla.obligation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.contract.ActivityType;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.ContactScope;
import org.baobiao.sla.contract.ObligationTerms.ProactiveContact;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;
import org.baobiao.sla.obligation.ObligationTicket;

/**
 * {@code proactive_contact}, reported per calendar month. The departments are those on the
 * hospital's tickets ({@code per: hospital}: the hospital as one). Each is taken as in touch on the
 * first effective day (or the first day of the hospital's data, when later); after every contact on
 * day C, if the next contact comes later than C + {@code silence}, a call is due within the week
 * after: on days C + silence + 1 to C + silence + 7. A call in that week, or the department getting
 * in touch itself, answers it; otherwise it is missed once the week is over. Each due call belongs
 * to the month its week starts in; a month without one is not applicable.
 */
public final class ProactiveContactCheck implements ObligationCheck {
  private static final int WEEK = 7;
  private static final String HOSPITAL = "全院";
  private final DutyScope scope;
  private final ObligationDef def;
  private final ProactiveContact terms;

  public ProactiveContactCheck(DutyScope scope, ObligationDef def, ProactiveContact terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
  }

  /** A call that came due: who, since when silent, and how it was answered (null: not). */
  private record DueCall(
      String department,
      LocalDate lastContact,
      boolean contacted,
      LocalDate due,
      Contact answer,
      boolean pending) {}

  /** A dated contact with its evidence text; {@code call}: the duty's own activity. */
  private record Contact(LocalDate day, String text, boolean call) {}

  @Override
  public String required() {
    return (terms.per() == ContactScope.DEPARTMENT ? "任一科室" : "全院")
        + "连续 "
        + terms.silence()
        + "无联系（报障、上门服务等）时，须在其后 7 天内"
        + terms.activity().label();
  }

  @Override
  public List<ObligationResult> evaluate() {
    Map<LocalDate, List<DueCall>> byMonth = new TreeMap<>();
    for (Map.Entry<String, TreeMap<LocalDate, Contact>> e : contacts().entrySet()) {
      for (DueCall call : dueCalls(e.getKey(), e.getValue())) {
        byMonth.computeIfAbsent(call.due().withDayOfMonth(1), k -> new ArrayList<>()).add(call);
      }
    }
    List<ObligationResult> results = new ArrayList<>();
    for (DuePeriod p : scope.periods(Every.MONTH)) {
      List<DueCall> calls =
          byMonth.getOrDefault(p.start().withDayOfMonth(1), List.of()).stream()
              .sorted(Comparator.comparing(DueCall::due).thenComparing(DueCall::department))
              .toList();
      results.add(evaluate(p, calls));
    }
    return results;
  }

  private ObligationResult evaluate(DuePeriod p, List<DueCall> calls) {
    if (calls.isEmpty()) {
      return DutyScope.result(
          def,
          p,
          ObligationStatus.NOT_APPLICABLE,
          required(),
          "本月没有连续 "
              + terms.silence()
              + "无联系的"
              + (terms.per() == ContactScope.DEPARTMENT ? "科室" : "情况")
              + "，无需回访",
          null,
          null);
    }
    List<String> found = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean pending = false;
    for (DueCall c : calls) {
      String head =
          c.department()
              + (c.lastContact().equals(scope.evidenceFrom()) && !c.contacted()
                  ? "：自" + start() + " " + Wording.day(c.lastContact()) + " 起无联系"
                  : "：上次联系 " + Wording.day(c.lastContact()))
              + "，应于 "
              + Wording.range(c.due(), c.due().plusDays(WEEK - 1))
              + " 回访";
      if (c.answer() != null) {
        found.add(head + "，" + Wording.day(c.answer().day()) + " 已联系");
        evidence.add(c.answer().text());
      } else if (c.pending()) {
        found.add(head + "，" + scope.asOfText() + "尚未回访");
        pending = true;
      } else {
        found.add(head + "，未回访");
        missing.add(
            c.department() + " " + Wording.range(c.due(), c.due().plusDays(WEEK - 1)) + " 无回访");
      }
    }
    ObligationStatus status =
        !missing.isEmpty()
            ? ObligationStatus.MISSED
            : pending ? ObligationStatus.NOT_DUE : ObligationStatus.MET;
    return DutyScope.result(
        def,
        p,
        status,
        required(),
        "应回访 " + calls.size() + " 次：" + String.join("；", found),
        Wording.list(evidence),
        Wording.list(missing));
  }

  private List<DueCall> dueCalls(String department, TreeMap<LocalDate, Contact> contacts) {
    List<DueCall> calls = new ArrayList<>();
    LocalDate last = scope.evidenceFrom();
    while (true) {
      LocalDate silentUntil = last.plus(terms.silence().toPeriod());
      LocalDate due = silentUntil.plusDays(1);
      Map.Entry<LocalDate, Contact> next = contacts.higherEntry(last);
      if (next != null && !next.getKey().isAfter(silentUntil)) {
        last = next.getKey();
        continue;
      }
      if (due.isAfter(scope.lastDay())) {
        return calls;
      }
      LocalDate weekEnd = due.plusDays(WEEK - 1);
      boolean answered = next != null && !next.getKey().isAfter(weekEnd);
      boolean pending = !answered && !scope.ended(weekEnd);
      calls.add(
          new DueCall(
              department,
              last,
              contacts.containsKey(last),
              due,
              answered ? next.getValue() : null,
              pending));
      if (next == null) {
        return calls;
      }
      last = next.getKey();
    }
  }

  /** Every contact day per department (a call, when there is one, stands for its day). */
  private Map<String, TreeMap<LocalDate, Contact>> contacts() {
    Map<String, TreeMap<LocalDate, Contact>> result = new TreeMap<>();
    if (terms.per() == ContactScope.HOSPITAL) {
      result.put(HOSPITAL, new TreeMap<>());
    }
    for (ObligationTicket t : scope.input().tickets()) {
      String key = key(t.department());
      if (key == null) {
        continue;
      }
      TreeMap<LocalDate, Contact> contacts = result.computeIfAbsent(key, k -> new TreeMap<>());
      if (terms.contactChannels().contains(t.channel())) {
        LocalDate day = t.reportedAt().toLocalDate();
        add(
            contacts,
            new Contact(day, "工单 " + t.ticketNo() + "（" + Wording.day(day) + " 报障）", false));
      }
      for (ObligationTicket.Event e : t.events()) {
        if (terms.contactEvents().contains(e.type())) {
          LocalDate day = e.time().toLocalDate();
          String event = TicketCodes.EVENT_TYPES.getOrDefault(e.type(), e.type());
          add(
              contacts,
              new Contact(
                  day, "工单 " + t.ticketNo() + "（" + Wording.day(day) + " " + event + "）", false));
        }
      }
    }
    List<ActivityType> kinds = new ArrayList<>(terms.contactActivities());
    kinds.add(terms.activity());
    for (ActivityType type : kinds) {
      for (LoggedActivity a : scope.activities(type.code(), scope.from(), scope.to())) {
        String key = key(a.department());
        if (key != null && !a.failed() && result.containsKey(key)) {
          add(result.get(key), new Contact(a.day(), Wording.activity(a), type == terms.activity()));
        }
      }
    }
    return result;
  }

  private void add(TreeMap<LocalDate, Contact> contacts, Contact contact) {
    if (contact.day().isBefore(scope.from()) || contact.day().isAfter(scope.lastDay())) {
      return;
    }
    Contact existing = contacts.get(contact.day());
    if (existing == null || (contact.call() && !existing.call())) {
      contacts.put(contact.day(), contact);
    }
  }

  /** What the first silence counts from. */
  private String start() {
    return scope.evidenceFrom().equals(scope.from()) ? "合同生效" : "该院数据起始日";
  }

  private String key(String department) {
    if (terms.per() == ContactScope.HOSPITAL) {
      return HOSPITAL;
    }
    return department == null || department.isBlank() ? null : department;
  }
}
