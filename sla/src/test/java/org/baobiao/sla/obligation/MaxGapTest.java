package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.evaluate;

import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;

/**
 * {@code max_gap}: seed 004's releases, at most 3 months apart, each with its test document. From
 * 2026-03-24 the next release is due by 2026-06-24 (same day of the month, three months on).
 */
class MaxGapTest {
  private static final Contract SEED_004 =
      contract(
          "2025-11-01",
          "2026-10-31",
          """
          - id: release_cadence
            name: 在用版本不超过3个月不更新
            kind: max_gap
            activity: RELEASE
            max_gap: {amount: 3, unit: months}
            requires_report: true
            clause: {section: 二、（一）7, text: 甲方在用版本不能超过 3个月不进行更新}
          """);

  private static LoggedActivity release(String day, String version) {
    return new LoggedActivity(
        "REL-" + day,
        "RELEASE",
        Obligations.t(day + " 19:30"),
        null,
        null,
        version,
        "CSWD-" + day,
        null,
        false);
  }

  private static List<LoggedActivity> releasesThen(String fourth) {
    return List.of(
        release("2025-11-18", "V1.0.12"),
        release("2026-01-20", "V1.0.13"),
        release("2026-03-24", "V1.0.14"),
        release(fourth, "V1.0.15"));
  }

  @Test
  void aGapOfThreeMonthsAndOneDayIsMissed() {
    List<ObligationResult> results =
        evaluate(SEED_004, releasesThen("2026-06-25"), "2026-07-01 00:00");

    assertThat(results)
        .extracting(ObligationResult::periodLabel, ObligationResult::status)
        .containsExactly(
            tuple("2025-11-01 至 2025-11-18（17 天）", ObligationStatus.MET),
            tuple("2025-11-18 至 2026-01-20（63 天）", ObligationStatus.MET),
            tuple("2026-01-20 至 2026-03-24（63 天）", ObligationStatus.MET),
            tuple("2026-03-24 至 2026-06-25（93 天）", ObligationStatus.MISSED),
            tuple("2026-06-25 至 2026-09-25（下次期限）", ObligationStatus.NOT_DUE));
    ObligationResult gap = results.get(3);
    assertThat(gap.found())
        .isEqualTo(
            "间隔 93 天：自 2026-03-24（V1.0.14）至 2026-06-25（V1.0.15）；"
                + "允许不超过 3 个月，即不晚于 2026-06-24，超出 1 天");
    assertThat(gap.missing()).isEqualTo("2026-03-24 后 3 个月内（至 2026-06-24）无版本更新，2026-06-25 才有");
    assertThat(gap.evidence())
        .isEqualTo(
            "REL-2026-03-24（2026-03-24，版本 V1.0.14，报告 CSWD-2026-03-24）；"
                + "REL-2026-06-25（2026-06-25，版本 V1.0.15，报告 CSWD-2026-06-25）");
    assertThat(results.get(0).found())
        .startsWith("间隔 17 天：自 合同生效 2025-11-01 至 2025-11-18（V1.0.12）；");
  }

  @Test
  void aGapOfExactlyThreeMonthsIsMet() {
    List<ObligationResult> results =
        evaluate(SEED_004, releasesThen("2026-06-24"), "2026-07-01 00:00");

    assertThat(results.get(3).periodLabel()).isEqualTo("2026-03-24 至 2026-06-24（92 天）");
    assertThat(results.get(3).status()).isEqualTo(ObligationStatus.MET);
    assertThat(results.get(3).missing()).isNull();
  }

  @Test
  void theOpenGapIsMissedOnceItsDeadlineHasPassed() {
    List<LoggedActivity> log = releasesThen("2026-06-24").subList(0, 3);

    ObligationResult open = evaluate(SEED_004, log, "2026-07-01 00:00").get(3);

    assertThat(open.periodLabel()).isEqualTo("2026-03-24 至 2026-07-01（99 天，未再更新）");
    assertThat(open.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(open.found())
        .isEqualTo("自 2026-03-24（V1.0.14）起，截至 2026-07-01 00:00 已 99 天无版本更新；应不晚于 2026-06-24");
  }

  @Test
  void aReleaseWithoutTestDocumentDoesNotCountAndTheLastGapEndsWithTheTerm() {
    LoggedActivity undocumented =
        LoggedActivity.of("REL-2026-09-08", "RELEASE", Obligations.t("2026-09-08 19:30"));
    List<LoggedActivity> log =
        List.of(
            release("2025-11-18", "V1.0.12"),
            release("2026-01-20", "V1.0.13"),
            release("2026-03-24", "V1.0.14"),
            release("2026-06-24", "V1.0.15"),
            release("2026-09-01", "V1.0.16"),
            undocumented);

    List<ObligationResult> results = evaluate(SEED_004, log, "2026-10-31 21:57");

    ObligationResult last = results.get(results.size() - 1);
    // From 09-01 the next release would be due 12-01, after the term: nothing more is due.
    assertThat(last.periodLabel()).isEqualTo("2026-09-01 至 2026-10-31（合同期末）");
    assertThat(last.status()).isEqualTo(ObligationStatus.MET);
    assertThat(last.evidence()).endsWith("REL-2026-09-08（2026-09-08）不计入：无报告编号");
  }
}
