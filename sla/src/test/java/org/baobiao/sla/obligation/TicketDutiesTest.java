package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.baobiao.sla.obligation.Obligations.activity;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.evaluate;
import static org.baobiao.sla.obligation.Obligations.ticket;

import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's duties that follow the tickets: {@code proactive_contact} (a call to a department
 * silent for a month) and {@code per_ticket_activity} (a report per major fault), the holiday
 * on-call notice of seed 001 and the change acceptance of seed 002.
 */
class TicketDutiesTest {
  private static final Contract CALLS =
      contract(
          "2026-01-01",
          "2026-12-31",
          """
          - id: proactive_call
            name: 一个月无联系的科室主动回访
            kind: proactive_contact
            activity: PROACTIVE_CALL
            per: department
            silence: {amount: 1, unit: months}
            contact:
              channels: [PHONE, IM, REMOTE, PLATFORM, ONSITE]
              events: [ON_SITE]
              activities: [ONSITE_VISIT]
            clause: {section: 501, text: 针对一个月没有上门服务或电话咨询的客户进行主动电话寻访。}
          """);

  @Test
  void aDepartmentSilentForAMonthNeedsACallWithinTheWeekAfter() {
    // 骨科: last contact 01-20, silent through 02-20, call due 02-21 to 02-27: called 02-23.
    // 药剂科: last contact 01-10, silent through 02-10, call due 02-11 to 02-17: none.
    ObligationInput input =
        new ObligationInput(
            List.of(activity("PC-0223", "PROACTIVE_CALL", "2026-02-23 10:00").forDepartment("骨科")),
            List.of(
                ticket("T-1", "骨科", 3, "PHONE", "CONSULT", "2026-01-05 09:00"),
                ticket("T-2", "骨科", 3, "IM", "CONSULT", "2026-01-20 15:00"),
                ticket("T-3", "药剂科", 3, "PHONE", "CONSULT", "2026-01-10 11:00")));

    List<ObligationResult> results = evaluate(CALLS, input, "2026-03-05 00:00");

    assertThat(results)
        .extracting(ObligationResult::periodLabel, ObligationResult::status)
        .containsExactly(
            tuple("2026年1月", ObligationStatus.NOT_APPLICABLE),
            tuple("2026年2月", ObligationStatus.MISSED),
            tuple("2026年3月", ObligationStatus.NOT_APPLICABLE));
    ObligationResult february = results.get(1);
    assertThat(february.found())
        .isEqualTo(
            "应回访 2 次：药剂科：上次联系 2026-01-10，应于 2026-02-11 至 2026-02-17 回访，未回访；"
                + "骨科：上次联系 2026-01-20，应于 2026-02-21 至 2026-02-27 回访，2026-02-23 已联系");
    assertThat(february.evidence()).isEqualTo("PC-0223（2026-02-23，骨科）");
    assertThat(february.missing()).isEqualTo("药剂科 2026-02-11 至 2026-02-17 无回访");
    assertThat(results.get(0).found()).isEqualTo("本月没有连续 1 个月无联系的科室，无需回访");
  }

  @Test
  void silenceCountsFromTheFirstDayOfDataAndEarlierMonthsAreNoData() {
    // Data from 02-01: 药剂科's ticket of 02-03 is its first contact; none is due before 03-04.
    ObligationInput input =
        new ObligationInput(
            List.of(),
            List.of(ticket("T-3", "药剂科", 3, "PHONE", "CONSULT", "2026-02-03 11:00")),
            Obligations.d("2026-02-01"));

    List<ObligationResult> results = evaluate(CALLS, input, "2026-03-20 00:00");

    assertThat(results)
        .extracting(ObligationResult::status)
        .containsExactly(
            ObligationStatus.NO_DATA, ObligationStatus.NOT_APPLICABLE, ObligationStatus.MISSED);
    assertThat(results.get(0).found()).isEqualTo("本期全部早于该院数据起始日 2026-02-01，无记录可核对");
    assertThat(results.get(2).missing()).isEqualTo("药剂科 2026-03-04 至 2026-03-10 无回访");
  }

  @Test
  void aCallDueAtTheEvaluationTimeIsNotYetMissed() {
    ObligationInput input =
        new ObligationInput(
            List.of(), List.of(ticket("T-3", "药剂科", 3, "PHONE", "CONSULT", "2026-01-10 11:00")));

    ObligationResult february = evaluate(CALLS, input, "2026-02-13 12:00").get(1);

    assertThat(february.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(february.found())
        .endsWith("药剂科：上次联系 2026-01-10，应于 2026-02-11 至 2026-02-17 回访，截至 2026-02-13 12:00 尚未回访");
  }

  private static final Contract MAJOR_FAULTS =
      contract(
          "2026-01-01",
          "2026-12-31",
          """
          - id: major_fault_report
            name: 重大故障专门报告
            kind: per_ticket_activity
            activity: MAJOR_FAULT_REPORT
            tickets: {severity: [1]}
            after_event: RESOLVED
            clause: {section: 维护记录和报告, text: 对每次重大故障……形成专门报告}
          - id: major_fault_report_in_time
            name: 重大故障两个工作日内报告
            kind: per_ticket_activity
            activity: MAJOR_FAULT_REPORT
            tickets: {severity: [1]}
            after_event: RESOLVED
            within: {amount: 2, unit: working_days}
            calendar: workdays
            clause: {section: 测试, text: 两个工作日内}
          """);

  @Test
  void everyMajorFaultNeedsItsReportByTheEndOfTheMonthItWasFixedIn() {
    ObligationInput input =
        new ObligationInput(
            List.of(
                activity("MFR-1", "MAJOR_FAULT_REPORT", "2026-03-10 11:00")
                    .withReport("ZDGZ-1")
                    .forTicket("T-1")),
            List.of(
                // Fixed Friday 03-06 10:00; report Tuesday 03-10 11:00.
                ticket(
                    "T-1",
                    "门诊部",
                    1,
                    "PHONE",
                    "CORRECTIVE",
                    "2026-03-06 08:00",
                    "RESOLVED",
                    "2026-03-06 10:00"),
                ticket(
                    "T-2",
                    "药房",
                    1,
                    "PHONE",
                    "CORRECTIVE",
                    "2026-03-20 08:00",
                    "RESOLVED",
                    "2026-03-20 12:00"),
                ticket(
                    "T-3",
                    "药房",
                    2,
                    "PHONE",
                    "CORRECTIVE",
                    "2026-03-21 08:00",
                    "RESOLVED",
                    "2026-03-21 12:00"),
                ticket(
                    "T-4",
                    "药房",
                    1,
                    "PHONE",
                    "CORRECTIVE",
                    "2026-04-01 08:00",
                    "RESOLVED",
                    "2026-04-01 09:00")));

    List<ObligationResult> results = evaluate(MAJOR_FAULTS, input, "2026-04-02 00:00");

    ObligationResult march = results.get(2);
    assertThat(march.obligationId()).isEqualTo("major_fault_report");
    assertThat(march.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(march.found()).isEqualTo("本月已解决的一级的工单 2 张：按时有重大故障分析报告 1 张，待办 0 张，未履行 1 张");
    assertThat(march.evidence())
        .isEqualTo("工单 T-1（2026-03-06 10:00 已解决）：MFR-1（2026-03-10，报告 ZDGZ-1，工单 T-1）");
    assertThat(march.missing()).isEqualTo("工单 T-2（2026-03-20 12:00 已解决）无重大故障分析报告");
    ObligationResult april = results.get(3);
    assertThat(april.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(april.missing()).isEqualTo("待办：工单 T-4（2026-04-01 09:00 已解决）");
    // Two working days from Friday 10:00 end Tuesday 10:00: the 11:00 report is late.
    ObligationResult inTime = results.get(6);
    assertThat(inTime.obligationId()).isEqualTo("major_fault_report_in_time");
    assertThat(inTime.missing())
        .startsWith("工单 T-1（2026-03-06 10:00 已解决）的重大故障分析报告迟于期限 2026-03-10 10:00（逾期）");
  }

  @Test
  void aHolidayDutyNoticeCountsInItsHolidaysWindowAndAnEmptyWindowMissesTheYear() {
    // Seed 001 (204): a notice from 7 days before each holiday's first day off to its last day.
    // 劳动节 2026-05-01..05: noticed 04-29. 端午节 2026-06-19..21: nothing from 06-12 to 06-21
    // (the notice of 06-10 is two days too early).
    Contract notices =
        contract(
            "2025-10-01",
            "2026-09-30",
            """
            - id: holiday_duty_notice
              name: 节假日值班信息通报
              kind: min_per_year
              activity: HOLIDAY_DUTY_NOTICE
              min_count: 1
              must_cover_windows: [LABOUR_DAY, DRAGON_BOAT]
              window_days: 7
              clause: {section: 204, text: 节假日邮件、QQ、短信通报节假日值班信息。}
            """);
    List<LoggedActivity> log =
        List.of(
            activity("HD-0429", "HOLIDAY_DUTY_NOTICE", "2026-04-29 16:00"),
            activity("HD-0610", "HOLIDAY_DUTY_NOTICE", "2026-06-10 16:00"));

    List<ObligationResult> early = evaluate(notices, log, "2026-06-01 00:00");
    assertThat(early)
        .singleElement()
        .extracting(ObligationResult::status)
        .isEqualTo(ObligationStatus.NOT_DUE);

    List<ObligationResult> results = evaluate(notices, log, "2026-06-30 00:00");
    assertThat(results)
        .singleElement()
        .extracting(ObligationResult::status)
        .isEqualTo(ObligationStatus.MISSED);
    assertThat(results.get(0).missing()).contains("端午节").doesNotContain("劳动节");
    assertThat(results.get(0).evidence()).contains("HD-0429");
  }

  @Test
  void aChangeAcceptanceIsFlaggedWhenEarlierThan30WorkingDaysAndPendingWhenNotYetApplied() {
    // Seed 002 6（3）2: acceptance may be applied for 30 working days after the change went live.
    Contract acceptance =
        contract(
            "2026-01-01",
            "2026-12-31",
            """
            - id: change_acceptance
              name: 修改调整实施30个工作日后申请验收
              kind: per_ticket_activity
              activity: CHANGE_ACCEPTANCE
              tickets: {category: [CHANGE, ADAPTIVE, PERFECTIVE]}
              after_event: RESOLVED
              required: false
              not_before: {amount: 30, unit: working_days}
              calendar: work_hours
              clause: {section: 6（3）2, text: 修改调整：完成实施30个工作日后，服务商可申请验收此修改调整。}
            """);
    // C-1 live 03-02 10:00, applied 04-20 (after 30 working days: 04-14 10:00) → met.
    // C-2 live 03-03 10:00, applied 03-20 → too early. C-3 live 03-04 10:00, not applied yet.
    // D-1 is a data fix: not a change.
    ObligationInput input =
        new ObligationInput(
            List.of(
                activity("CA-1", "CHANGE_ACCEPTANCE", "2026-04-20 10:00").forTicket("C-1"),
                activity("CA-2", "CHANGE_ACCEPTANCE", "2026-03-20 10:00").forTicket("C-2")),
            List.of(
                ticket(
                    "C-1",
                    "输血科",
                    3,
                    "PHONE",
                    "CHANGE",
                    "2026-02-20 09:00",
                    "RESOLVED",
                    "2026-03-02 10:00"),
                ticket(
                    "C-2",
                    "输血科",
                    3,
                    "PHONE",
                    "ADAPTIVE",
                    "2026-02-21 09:00",
                    "RESOLVED",
                    "2026-03-03 10:00"),
                ticket(
                    "C-3",
                    "检验科",
                    3,
                    "PHONE",
                    "PERFECTIVE",
                    "2026-02-22 09:00",
                    "RESOLVED",
                    "2026-03-04 10:00"),
                ticket(
                    "D-1",
                    "检验科",
                    3,
                    "PHONE",
                    "DATA_FIX",
                    "2026-02-22 09:00",
                    "RESOLVED",
                    "2026-03-04 11:00")));

    List<ObligationResult> results = evaluate(acceptance, input, "2026-05-10 00:00");

    assertThat(results)
        .extracting(ObligationResult::periodLabel, ObligationResult::status)
        .containsExactly(
            tuple("2026年1月", ObligationStatus.NOT_APPLICABLE),
            tuple("2026年2月", ObligationStatus.NOT_APPLICABLE),
            tuple("2026年3月", ObligationStatus.MISSED),
            tuple("2026年4月", ObligationStatus.NOT_APPLICABLE),
            tuple("2026年5月", ObligationStatus.NOT_APPLICABLE));
    ObligationResult march = results.get(2);
    assertThat(march.missing())
        .startsWith("工单 C-2（2026-03-03 10:00 已解决）的修改调整验收申请早于最早时间")
        .endsWith("（提前）")
        .doesNotContain("C-1");
    assertThat(march.found())
        .isEqualTo("本月已解决的修改调整或适应性维护或完整性维护工单 3 张：按时有修改调整验收申请 1 张，待办 1 张，未履行 1 张");
    assertThat(march.evidence()).contains("CA-1（2026-04-20，工单 C-1）");
  }
}
