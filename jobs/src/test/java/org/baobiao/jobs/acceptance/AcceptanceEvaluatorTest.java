package org.baobiao.jobs.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Clause;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Condition;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Milestone;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.junit.jupiter.api.Test;

/** Each kind of acceptance condition on small hand-made facts: one met, one not met. */
class AcceptanceEvaluatorTest {
  private static final Contract HT_2025_002 =
      ContractLoader.loadDefault().stream()
          .filter(c -> c.id().equals("HT-2025-002"))
          .findFirst()
          .orElseThrow();
  private static final LocalDateTime CUT_OFF = LocalDateTime.of(2026, 10, 31, 10, 0);
  private static final Clause CLAUSE = new Clause("7（二）", "合同期满……支付合同总金额的70%。");

  private static Condition condition(
      CheckKind check, List<String> categories, List<String> obligations) {
    return new Condition(
        "c",
        "条件",
        check,
        null,
        categories,
        obligations,
        check == CheckKind.MANUAL ? "由院方核对发票。" : null);
  }

  private static AcceptanceFacts facts(
      LocalDateTime packTime,
      List<PackTicket> tickets,
      List<ObligationPeriod> duties,
      List<ChangeRequest> changes) {
    return new AcceptanceFacts(
        HT_2025_002,
        LocalDate.of(2025, 10, 20),
        LocalDate.of(2026, 10, 31),
        CUT_OFF,
        packTime,
        tickets,
        duties,
        changes,
        "30 个工作日");
  }

  private static PackTicket ticket(String no, String category, String status) {
    LocalDateTime at = LocalDateTime.of(2026, 10, 8, 9, 0);
    return new PackTicket(
        no,
        "B01",
        "临床用血管理系统",
        2,
        "PHONE",
        "输血科",
        category,
        at,
        at.plusMinutes(10),
        status.equals("RESOLVED") ? at.plusHours(2) : null,
        null,
        status,
        0);
  }

  @Test
  void serviceEndedIsMetAfterTheLastDayAndStatesTheShareBefore() {
    Condition c = condition(CheckKind.SERVICE_ENDED, List.of(), List.of());
    ConditionVerdict after =
        AcceptanceEvaluator.judge(
            c, facts(LocalDateTime.of(2026, 11, 5, 10, 0), List.of(), List.of(), List.of()));
    assertThat(after.verdict()).isEqualTo(Verdict.MET);
    assertThat(after.statement()).isEqualTo("服务期至2026年10月31日届满，资料包生成日2026年11月5日已在期满之后，服务时间达到100%。");
    // 2025-10-20 .. 2026-10-31 is 377 days; on 2026-10-31 itself 376 have passed: 99.7 % (rounded
    // down).
    ConditionVerdict lastDay =
        AcceptanceEvaluator.judge(
            c, facts(LocalDateTime.of(2026, 10, 31, 23, 0), List.of(), List.of(), List.of()));
    assertThat(lastDay.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(lastDay.statement())
        .isEqualTo("服务期至2026年10月31日届满；截至资料包生成日2026年10月31日，已服务 376 天（共 377 天），服务时间达到 99.7%，尚未期满。");
  }

  @Test
  void maintenanceRecordsAreCompleteOnlyWhenEveryTicketOfTheCategoriesIsFinished() {
    Condition c = condition(CheckKind.TICKETS_CLOSED, List.of("CORRECTIVE", "DATA_FIX"), List.of());
    LocalDateTime at = LocalDateTime.of(2026, 11, 5, 10, 0);
    List<PackTicket> done =
        List.of(
            ticket("F1", "CORRECTIVE", "RESOLVED"),
            ticket("F2", "DATA_FIX", "CLOSED"),
            ticket("X1", "CONSULT", "NEW"));
    ConditionVerdict met = AcceptanceEvaluator.judge(c, facts(at, done, List.of(), List.of()));
    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(met.statement())
        .isEqualTo(
            "统计期间内报障的纠错性维护、数据修复类工单共 2 张（纠错性维护 1 张，数据修复 1 张），均已处理完毕（已解决 1 张，已关闭 1 张，已撤销 0 张），每张工单的报障、响应、处理和解决均有记录。");

    List<PackTicket> open =
        List.of(ticket("F1", "CORRECTIVE", "RESOLVED"), ticket("F3", "DATA_FIX", "PAUSED"));
    ConditionVerdict notMet = AcceptanceEvaluator.judge(c, facts(at, open, List.of(), List.of()));
    assertThat(notMet.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(notMet.statement())
        .isEqualTo("统计期间内报障的纠错性维护、数据修复类工单共 2 张（纠错性维护 1 张，数据修复 1 张），其中 1 张尚未解决或关闭：F3（挂起）。");
    assertThat(notMet.evidence()).contains(PackFiles.TICKETS, "2026-10-31 10:00");
  }

  @Test
  void dutiesAreMetWithoutAMissedOrUnprovenPeriod() {
    Condition c = condition(CheckKind.OBLIGATIONS_MET, List.of(), List.of("monthly_inspection"));
    LocalDateTime at = LocalDateTime.of(2026, 11, 5, 10, 0);
    ObligationPeriod sep = duty("2026年9月", "MET");
    ObligationPeriod oct = duty("2026年10月", "NOT_DUE");
    ConditionVerdict met =
        AcceptanceEvaluator.judge(c, facts(at, List.of(), List.of(sep, oct), List.of()));
    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(met.statement())
        .isEqualTo("每月系统巡检并出具巡检报告：考核期 2 期，已履行 1 期，未履行 0 期，未到期 1 期。没有未履行或无数据的考核期。");

    ConditionVerdict notMet =
        AcceptanceEvaluator.judge(
            c, facts(at, List.of(), List.of(duty("2026年8月", "MISSED"), sep), List.of()));
    assertThat(notMet.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(notMet.statement())
        .isEqualTo("每月系统巡检并出具巡检报告：考核期 2 期，已履行 1 期，未履行 1 期。未履行或无数据的考核期：每月系统巡检并出具巡检报告 2026年8月（未履行）。");
  }

  private static ObligationPeriod duty(String label, String status) {
    return new ObligationPeriod(
        "monthly_inspection",
        "每月系统巡检并出具巡检报告",
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 30),
        label,
        status,
        "要求",
        "情况",
        null,
        null);
  }

  @Test
  void changesAreAcceptableOnceEveryOneHasWaitedItsWorkingDays() {
    Condition c = condition(CheckKind.CHANGES_ACCEPTABLE, List.of(), List.of());
    ChangeRequest c1 =
        new ChangeRequest(
            "C1",
            "临床用血管理系统",
            "CHANGE",
            LocalDateTime.of(2026, 9, 1, 9, 0),
            LocalDateTime.of(2026, 9, 15, 15, 0),
            LocalDateTime.of(2026, 11, 2, 15, 0),
            null,
            null);
    ConditionVerdict before =
        AcceptanceEvaluator.judge(
            c, facts(LocalDateTime.of(2026, 11, 2, 14, 59), List.of(), List.of(), List.of(c1)));
    assertThat(before.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(before.statement())
        .isEqualTo(
            "统计期间内提出的修改调整共 1 项（上线未满规定工作日 1 项）。尚不能验收的：C1于 2026-09-15 15:00 上线，最早 2026-11-02 15:00 可申请验收。");
    ConditionVerdict at =
        AcceptanceEvaluator.judge(
            c, facts(LocalDateTime.of(2026, 11, 2, 15, 0), List.of(), List.of(), List.of(c1)));
    assertThat(at.verdict()).isEqualTo(Verdict.MET);
    assertThat(at.statement())
        .isEqualTo("统计期间内提出的修改调整共 1 项（可申请验收 1 项），均已上线并满 30 个工作日，截至2026年11月2日均可申请验收。");
  }

  @Test
  void aMilestoneWithOnlyManualConditionsLeftIsToBeConfirmedAndOneUnmetConditionFailsIt() {
    LocalDateTime at = LocalDateTime.of(2026, 11, 5, 10, 0);
    Condition started =
        new Condition("s", "服务期已开始", CheckKind.SERVICE_STARTED, null, List.of(), List.of(), null);
    Condition invoice =
        new Condition("i", "已开具发票", CheckKind.MANUAL, null, List.of(), List.of(), "由院方财务核对发票。");
    Condition records =
        new Condition(
            "r", "维护记录完整", CheckKind.TICKETS_CLOSED, null, List.of("CORRECTIVE"), List.of(), null);
    AcceptanceSpec spec =
        new AcceptanceSpec(
            "HT-2025-002",
            1,
            null,
            List.of(
                new Milestone("m1", "第一笔付款", 30, CLAUSE, List.of(started, invoice)),
                new Milestone("m2", "第二笔付款", 70, CLAUSE, List.of(records, invoice))),
            "test");
    List<MilestoneVerdict> v =
        AcceptanceEvaluator.evaluate(
            spec,
            facts(at, List.of(ticket("F9", "CORRECTIVE", "IN_PROGRESS")), List.of(), List.of()));
    assertThat(v.get(0).verdict()).isEqualTo(Verdict.MANUAL);
    assertThat(v.get(0).statement()).isEqualTo("第一笔付款中可由数据核对的条件均已满足，尚需人工确认：已开具发票。");
    assertThat(v.get(0).conditions().get(0).statement())
        .isEqualTo("服务期已于2025年10月20日开始，资料包生成日为2026年11月5日。");
    assertThat(v.get(1).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(v.get(1).statement()).isEqualTo("第二笔付款的付款条件尚不满足：维护记录完整 未满足；另有 1 项需人工确认。");
  }
}
