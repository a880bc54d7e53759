package org.baobiao.sla.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;

/**
 * Test inputs for obligation checks: a minimal contract around the obligations under test (one
 * clock, calendars {@code always}, {@code workdays} and {@code work_hours}), activities and
 * tickets.
 */
final class Obligations {
  static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();

  private Obligations() {}

  /** A contract effective {@code [from, to]} with the given {@code obligations:} list items. */
  static Contract contract(String from, String to, String obligations) {
    String yaml =
        """
        format: 1
        contract: HT-TEST-001
        version: 1
        org_code: "441700001"
        title: 测试合同
        seed_doc: "000"
        effective: {from: %s, to: %s}
        working_day_mode: SAME_TIME_NTH_WORKING_DAY
        calendars:
          always: {kind: ALWAYS, description: 全天候}
          workdays: {kind: WORKDAYS, description: 法定工作日}
          work_hours: {kind: WORKDAY_WINDOW, start: "08:00", end: "18:00", description: 工作日 8-18 点}
        clocks:
          - id: response
            name: 响应
            start: [REPORTED]
            stop: [ACKNOWLEDGED]
            goals:
              - rule: 1小时内响应
                target: {amount: 1, unit: hours}
                calendar: always
                clause: {section: "1", text: 测试条款}
        obligations:
        %s
        """
            .formatted(from, to, obligations.indent(2));
    return ContractLoader.parse("HT-TEST-001.yaml", yaml);
  }

  static LocalDateTime t(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T'));
  }

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  /** A successful activity started at {@code time}. */
  static LoggedActivity activity(String id, String type, String time) {
    return LoggedActivity.of(id, type, t(time));
  }

  /**
   * A ticket with its report and further events given as type, time pairs, e.g. {@code "RESOLVED",
   * "2026-03-05 10:00"}.
   */
  static ObligationTicket ticket(
      String no,
      String department,
      Integer severity,
      String channel,
      String category,
      String reported,
      String... events) {
    List<ObligationTicket.Event> list = new ArrayList<>();
    list.add(new ObligationTicket.Event("REPORTED", t(reported)));
    for (int i = 0; i < events.length; i += 2) {
      list.add(new ObligationTicket.Event(events[i], t(events[i + 1])));
    }
    return new ObligationTicket(
        no, department, severity, channel, category, null, t(reported), list);
  }

  /** The same ticket, of the given maintained system. */
  static ObligationTicket onSystem(ObligationTicket t, String system) {
    return new ObligationTicket(
        t.ticketNo(),
        t.department(),
        t.severity(),
        t.channel(),
        t.category(),
        system,
        t.reportedAt(),
        t.events());
  }

  /** Evaluates every obligation of the contract. */
  static List<ObligationResult> evaluate(Contract contract, ObligationInput input, String asOf) {
    return new ObligationEvaluator(CN).evaluate(contract, input, t(asOf));
  }

  static List<ObligationResult> evaluate(
      Contract contract, List<LoggedActivity> activities, String asOf) {
    return evaluate(contract, new ObligationInput(activities, List.of()), asOf);
  }
}
