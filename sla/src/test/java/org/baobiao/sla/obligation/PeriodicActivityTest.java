package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.baobiao.sla.obligation.Obligations.activity;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.d;
import static org.baobiao.sla.obligation.Obligations.evaluate;

import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;

/** {@code periodic_activity}: counts per period, reports, working days, open periods. */
class PeriodicActivityTest {
  private static final Contract QUARTERLY =
      contract(
          "2025-11-01",
          "2026-10-31",
          """
          - id: quarterly_inspection
            name: 每季度现场巡检并提交巡检报告
            kind: periodic_activity
            activity: INSPECTION
            every: quarter
            requires_report: true
            clause: {section: "3（1）", text: 每季度一次现场巡检}
          """);

  private static LoggedActivity inspection(String day, String report) {
    return activity("INS-441700001-" + day.replace("-", ""), "INSPECTION", day + " 09:30")
        .withReport(report);
  }

  /** Seed 000's demo log: no inspection in 2026-Q2. */
  private static final List<LoggedActivity> WITHOUT_Q2 =
      List.of(
          inspection("2025-12-10", "XJ-2025-04"),
          inspection("2026-01-12", "XJ-2026-01"),
          inspection("2026-07-13", "XJ-2026-03"),
          inspection("2026-10-12", "XJ-2026-04"));

  @Test
  void aQuarterWithoutInspectionIsMissedAndNamed() {
    List<ObligationResult> results = evaluate(QUARTERLY, WITHOUT_Q2, "2026-11-03 10:00");

    // Q4 2025 starts with the term on 11-01; Q4 2026 ends with it on 10-31.
    assertThat(results)
        .extracting(ObligationResult::periodLabel, r -> r.status().label())
        .containsExactly(
            tuple("2025年第4季度", "已履行"),
            tuple("2026年第1季度", "已履行"),
            tuple("2026年第2季度", "未履行"),
            tuple("2026年第3季度", "已履行"),
            tuple("2026年第4季度", "已履行"));
    ObligationResult q2 = results.get(2);
    assertThat(q2.periodStart()).isEqualTo(d("2026-04-01"));
    assertThat(q2.periodEnd()).isEqualTo(d("2026-06-30"));
    assertThat(q2.required()).isEqualTo("每季度至少 1 次现场巡检，须有报告编号");
    assertThat(q2.found()).isEqualTo("按开始日期统计 2026-04-01 至 2026-06-30 的现场巡检（有报告编号）：计入 0 次");
    assertThat(q2.missing()).isEqualTo("2026年第2季度无现场巡检记录（须有报告编号）");
    assertThat(q2.evidence()).isNull();
    assertThat(results.get(0).periodStart()).isEqualTo(d("2025-11-01"));
    assertThat(results.get(4).periodEnd()).isEqualTo(d("2026-10-31"));
    assertThat(results.get(1).evidence())
        .isEqualTo("INS-441700001-20260112（2026-01-12，报告 XJ-2026-01）");
  }

  @Test
  void anInspectionWithoutReportDoesNotCount() {
    List<LoggedActivity> log =
        List.of(
            inspection("2026-01-12", "XJ-2026-01"),
            activity("INS-441700001-20260413", "INSPECTION", "2026-04-13 09:30"));

    ObligationResult q2 = evaluate(QUARTERLY, log, "2026-11-03 10:00").get(2);

    assertThat(q2.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(q2.found()).endsWith("计入 0 次，另有 1 次不计入");
    assertThat(q2.evidence()).isEqualTo("INS-441700001-20260413（2026-04-13）不计入：无报告编号");
  }

  @Test
  void theOpenQuarterIsNotDueAndLaterQuartersAreNotListed() {
    List<ObligationResult> results = evaluate(QUARTERLY, WITHOUT_Q2, "2026-05-15 12:00");

    assertThat(results).hasSize(3);
    ObligationResult q2 = results.get(2);
    assertThat(q2.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(q2.missing()).isEqualTo("期间至 2026-06-30 结束，截至 2026-05-15 12:00 还差 1 次");
  }

  @Test
  void aPeriodMetBeforeItEndsIsMet() {
    ObligationResult q4 = evaluate(QUARTERLY, WITHOUT_Q2, "2026-10-20 08:00").get(4);

    assertThat(q4.status()).isEqualTo(ObligationStatus.MET);
  }

  @Test
  void aWeekOfSpringFestivalIsNotApplicableForAnOnSiteDayOnWorkingDays() {
    Contract weekly =
        contract(
            "2026-02-09",
            "2026-12-31",
            """
            - id: weekly_onsite_day
              name: 每周至少一天驻场
              kind: periodic_activity
              activity: ONSITE_DAY
              every: week
              on_calendar: workdays
              clause: {section: 服务保障, text: 每周至少一天（不包含节假日）的驻场服务}
            """);
    // Spring Festival 2026: 02-15 to 02-23 off, Saturdays 02-14 and 02-28 worked.
    List<LoggedActivity> log =
        List.of(
            activity("OD-0211", "ONSITE_DAY", "2026-02-11 09:00"),
            activity("OD-0223", "ONSITE_DAY", "2026-02-23 09:00"),
            activity("OD-0225", "ONSITE_DAY", "2026-02-25 09:00"));

    List<ObligationResult> results = evaluate(weekly, log, "2026-03-02 00:00");

    assertThat(results)
        .extracting(ObligationResult::periodLabel)
        .containsExactly(
            "2026-02-09 至 2026-02-15",
            "2026-02-16 至 2026-02-22",
            "2026-02-23 至 2026-03-01",
            "2026-03-02 至 2026-03-08");
    assertThat(results.get(0).status()).isEqualTo(ObligationStatus.MET);
    ObligationResult festival = results.get(1);
    assertThat(festival.status()).isEqualTo(ObligationStatus.NOT_APPLICABLE);
    assertThat(festival.found()).isEqualTo("2026-02-16 至 2026-02-22没有法定工作日（均为春节假期或周末），本期不考核");
    assertThat(festival.required()).isEqualTo("每周至少 1 次驻场日，须在法定工作日进行");
    // 02-23 is still Spring Festival: that day does not count, 02-25 does.
    ObligationResult after = results.get(2);
    assertThat(after.status()).isEqualTo(ObligationStatus.MET);
    assertThat(after.found()).contains("计入 1 次，另有 1 次不计入");
    assertThat(after.evidence())
        .isEqualTo("OD-0225（2026-02-25）；OD-0223（2026-02-23）不计入：2026-02-23 不是法定工作日");
    assertThat(results.get(3).status()).isEqualTo(ObligationStatus.NOT_DUE);
  }

  @Test
  void aPeriodBeforeTheHospitalsDataIsNoDataNotMissed() {
    ObligationInput input = new ObligationInput(WITHOUT_Q2, List.of(), d("2026-01-05"));

    List<ObligationResult> results = evaluate(QUARTERLY, input, "2026-11-03 10:00");

    // Q4 2025 is met by the 12-10 inspection although it lies before the data start; had it not
    // been there, nothing could be said about the quarter.
    assertThat(results.get(0).status()).isEqualTo(ObligationStatus.MET);
    ObligationInput later =
        new ObligationInput(WITHOUT_Q2.subList(1, 4), List.of(), d("2026-01-05"));
    ObligationResult q4 = evaluate(QUARTERLY, later, "2026-11-03 10:00").get(0);
    assertThat(q4.status()).isEqualTo(ObligationStatus.NO_DATA);
    assertThat(q4.found()).endsWith("；2026-01-05 之前该院无已加载的工单和活动记录");
    assertThat(evaluate(QUARTERLY, later, "2026-11-03 10:00").get(2).status())
        .isEqualTo(ObligationStatus.MISSED);
  }
}
