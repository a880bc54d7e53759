package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baobiao.sla.obligation.Obligations.activity;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;

/** {@code daily_activity}: seed 003's daily backup kept for a week. */
class DailyActivityTest {
  private static final Contract BACKUP =
      contract(
          "2026-01-01",
          "2026-12-31",
          """
          - id: daily_backup
            name: 数据库每日备份并保留一周
            kind: daily_activity
            activity: BACKUP
            retention_days: 7
            clause: {section: 四、第6条, text: 数据库备份要求每日一备份，保留一周的备份文件。}
          """);

  /** One backup at 01:30 every day from 01-01 to {@code last}, leaving out {@code skipped}. */
  private static List<LoggedActivity> backups(String last, String... skipped) {
    List<LoggedActivity> log = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 1, 1);
        !d.isAfter(LocalDate.parse(last));
        d = d.plusDays(1)) {
      if (!List.of(skipped).contains(d.toString())) {
        log.add(activity("BK-" + d.toString().replace("-", ""), "BACKUP", d + " 01:30"));
      }
    }
    return log;
  }

  @Test
  void aMonthWithAFailedBackupIsMissedAndNamesTheDay() {
    List<LoggedActivity> log = backups("2026-02-03", "2026-01-17");
    log.add(activity("BK-20260117", "BACKUP", "2026-01-17 01:40").asFailed());

    List<ObligationResult> results = evaluate(BACKUP, log, "2026-02-03 10:00");

    assertThat(results).hasSize(2);
    ObligationResult january = results.get(0);
    assertThat(january.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(january.found())
        .isEqualTo("核对 2026-01-01 至 2026-01-31 共 31 天：成功 30 天，只有失败记录 1 天，无记录 0 天");
    assertThat(january.missing()).isEqualTo("2026-01-17 数据库备份失败，当天无成功记录");
    assertThat(january.evidence())
        .isEqualTo(
            "成功 30 次：BK-20260101（2026-01-01） 至 BK-20260131（2026-01-31）；"
                + "BK-20260117（2026-01-17，失败）");
    assertThat(january.required()).isEqualTo("每天至少 1 次成功的数据库备份；结果保留 7 天（最近 7 天每天都应有成功记录）");
    // February has run fine so far, and the week before the evaluation is complete.
    ObligationResult february = results.get(1);
    assertThat(february.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(february.found())
        .isEqualTo(
            "核对 2026-02-01 至 2026-02-03 共 3 天：成功 3 天，只有失败记录 0 天，无记录 0 天；"
                + "保留期核对：最近 7 天（2026-01-28 至 2026-02-03）每天均有成功记录，保留的结果齐全");
  }

  @Test
  void aDayWithoutAnyRunIsMissedAndShortensTheKeptWeek() {
    List<ObligationResult> results =
        evaluate(BACKUP, backups("2026-02-03", "2026-02-01"), "2026-02-03 10:00");

    ObligationResult february = results.get(1);
    assertThat(february.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(february.missing()).isEqualTo("2026-02-01 无数据库备份记录");
    assertThat(february.found()).endsWith("中 2026-02-01 无成功记录，保留的结果不足 7 份");
    assertThat(results.get(0).status()).isEqualTo(ObligationStatus.MET);
  }

  @Test
  void theEvaluationDayIsNotHeldAgainstTheVendorBeforeItsRun() {
    // Evaluated at 01:00, before the 01:30 run of 02-03.
    ObligationResult february = evaluate(BACKUP, backups("2026-02-02"), "2026-02-03 01:00").get(1);

    assertThat(february.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(february.found())
        .startsWith("核对 2026-02-01 至 2026-02-02 共 2 天：成功 2 天")
        .contains("最近 7 天（2026-01-27 至 2026-02-02）");
  }
}
