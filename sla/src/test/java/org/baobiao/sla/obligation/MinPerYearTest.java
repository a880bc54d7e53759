package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baobiao.sla.obligation.Obligations.activity;
import static org.baobiao.sla.obligation.Obligations.contract;
import static org.baobiao.sla.obligation.Obligations.evaluate;

import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.junit.jupiter.api.Test;

/**
 * {@code min_per_year}: seed 003's database performance inspections, at least four a year and one
 * in each of the windows of May Day, National Day and Spring Festival (14 days before the first day
 * off to the last). 2026 holidays: Spring Festival 02-15 to 02-23 (window from 02-01), May Day
 * 05-01 to 05-05 (from 04-17), National Day 10-01 to 10-07 (from 09-17).
 */
class MinPerYearTest {
  private static final String INSPECTIONS =
      """
      - id: db_performance_inspection
        name: 数据库性能巡检每年不少于四次（五一、国庆、春节必检）
        kind: min_per_year
        activity: DB_PERFORMANCE_INSPECTION
        min_count: 4
        requires_report: true
        must_cover_windows: [LABOUR_DAY, NATIONAL_DAY, SPRING_FESTIVAL]
        window_days: 14
        clause: {section: 四、第7条, text: 五一节、国庆节和春节必须进行巡检}
      """;
  private static final Contract SEED_003 = contract("2025-11-01", "2026-10-31", INSPECTIONS);

  private static LoggedActivity inspection(String day) {
    return activity("XN-" + day, "DB_PERFORMANCE_INSPECTION", day + " 19:30")
        .withReport("XNXJ-" + day);
  }

  @Test
  void fourInspectionsCoveringTheThreeHolidaysMeetTheYear() {
    List<LoggedActivity> log =
        List.of(
            inspection("2025-12-15"),
            inspection("2026-02-09"),
            inspection("2026-04-27"),
            inspection("2026-09-25"));

    ObligationResult year = evaluate(SEED_003, log, "2026-11-01 00:00").get(0);

    assertThat(year.periodLabel()).isEqualTo("第1合同年（2025-11-01 至 2026-10-31）");
    assertThat(year.status()).isEqualTo(ObligationStatus.MET);
    assertThat(year.found())
        .isEqualTo(
            "合同年内计入 4 次，应至少 4 次；"
                + "劳动节（假期 2026-05-01 至 2026-05-05，窗口 2026-04-17 至 2026-05-05）：2026-04-27 已覆盖；"
                + "国庆节（假期 2026-10-01 至 2026-10-07，窗口 2026-09-17 至 2026-10-07）：2026-09-25 已覆盖；"
                + "春节（假期 2026-02-15 至 2026-02-23，窗口 2026-02-01 至 2026-02-23）：2026-02-09 已覆盖");
    assertThat(year.required())
        .isEqualTo("每合同年至少 4 次数据库性能巡检，须有报告编号；劳动节、国庆节、春节各须在假期第一天前 14 天内或假期中至少 1 次");
  }

  @Test
  void aLateNationalDayInspectionMissesTheYearAndNamesTheWindow() {
    // The demo's seed 003: National Day inspected on 10-27, after the holiday; still four in all.
    List<LoggedActivity> log =
        List.of(
            inspection("2025-12-15"),
            inspection("2026-02-09"),
            inspection("2026-04-27"),
            inspection("2026-10-27"));

    ObligationResult year = evaluate(SEED_003, log, "2026-10-31 21:57").get(0);

    assertThat(year.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(year.missing()).isEqualTo("国庆节窗口 2026-09-17 至 2026-10-07 内无数据库性能巡检");
    assertThat(year.found())
        .contains("国庆节（假期 2026-10-01 至 2026-10-07，窗口 2026-09-17 至 2026-10-07）：未覆盖");
  }

  @Test
  void threeInspectionsAreTooFewWhenTheYearEnds() {
    List<LoggedActivity> log =
        List.of(inspection("2026-02-09"), inspection("2026-04-27"), inspection("2026-09-25"));

    ObligationResult open = evaluate(SEED_003, log, "2026-10-20 00:00").get(0);
    ObligationResult ended = evaluate(SEED_003, log, "2026-11-01 00:00").get(0);

    assertThat(open.status()).isEqualTo(ObligationStatus.NOT_DUE);
    assertThat(ended.status()).isEqualTo(ObligationStatus.MISSED);
    assertThat(ended.missing()).isEqualTo("合同年内数据库性能巡检只有 3 次，少于要求的 4 次");
  }

  @Test
  void the2025NationalDayIsFoundUnderItsSharedNameWithMidAutumn() {
    // 2025: 10-01 to 10-08 off as 国庆节、中秋节; the window opens 09-17.
    Contract earlier = contract("2024-11-01", "2025-10-31", INSPECTIONS);
    List<LoggedActivity> log =
        List.of(
            inspection("2025-01-20"),
            inspection("2025-04-25"),
            inspection("2025-07-01"),
            inspection("2025-09-30"));

    ObligationResult year = evaluate(earlier, log, "2025-11-01 00:00").get(0);

    assertThat(year.found())
        .contains("国庆节（假期 2025-10-01 至 2025-10-08，窗口 2025-09-17 至 2025-10-08）：2025-09-30 已覆盖")
        .contains("春节（假期 2025-01-28 至 2025-02-04，窗口 2025-01-14 至 2025-02-04）：2025-01-20 已覆盖");
    assertThat(year.status()).isEqualTo(ObligationStatus.MET);
  }
}
