package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.FindingSpec;
import org.baobiao.reports.catalog.FindingSpec.Condition;
import org.baobiao.reports.catalog.FindingSpec.Operator;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.catalog.internal.ReportDefinitionReader;
import org.junit.jupiter.api.Test;

/**
 * The findings mechanism: rules read from a report.yaml (as a user's config folder would hold
 * them), conditions true and false, the formatting of percentages and percentage-point changes, and
 * a missing previous year giving the 无上年同期数据 sentence instead of a change.
 */
class FindingsTest {
  private static final ColumnSpec RATE =
      new ColumnSpec("rate", "达标率", ColumnType.PERCENT, "%", 1, 10);

  /** A report with a one-row dataset `summary` and the given findings section. */
  private static ReportSpec spec(String findings) {
    String yaml =
        """
        id: demo
        version: 1
        title: 演示
        description: 演示
        formats: [csv]
        datasets:
          - name: summary
            title: 全年概况
            query: summary.sql
            columns:
              - {name: tickets, label: 本年工单, type: INTEGER}
              - {name: tickets_year_ago, label: 上年同期工单, type: INTEGER}
              - {name: rate, label: 达标率, type: PERCENT, scale: 1}
              - {name: rate_change, label: 达标率变化, type: PERCENT, scale: 1}
              - {name: note, label: 说明, type: TEXT}
        """
            + findings;
    ReportDefinitionReader reader = new ReportDefinitionReader("reports/demo", r -> true);
    Optional<ReportSpec> spec = reader.read(yaml, "demo");
    assertThat(reader.problems()).isEmpty();
    return spec.orElseThrow();
  }

  private static final String YEAR_ON_YEAR =
      """
      findings:
        - id: no_year_ago
          dataset: summary
          when: [tickets_year_ago is null]
          column: tickets
          text: 本年工单 {tickets} 件；无上年同期数据，不作同比。
        - id: rate_up
          dataset: summary
          when: [rate_change > 0]
          column: rate_change
          text: 故障修复达标率 {rate}，较上年上升 {rate_change|pp} 个百分点。
        - id: rate_down
          dataset: summary
          when: [rate_change < 0]
          column: rate_change
          text: 故障修复达标率 {rate}，较上年下降 {rate_change|abs|pp} 个百分点。
      """;

  private static List<Object[]> sentences(ReportSpec spec, Object... row) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(row);
    DatasetResult summary = new DatasetResult(spec.dataset("summary").orElseThrow(), rows);
    return Findings.evaluate(spec, List.of(summary)).rows();
  }

  @Test
  void aRiseIsWrittenInPercentagePointsAndNamesItsFigure() {
    List<Object[]> rows =
        sentences(
            spec(YEAR_ON_YEAR), 12L, 10L, new BigDecimal("0.961"), new BigDecimal("0.021"), null);
    assertThat(rows).hasSize(1);
    assertThat(Arrays.asList(rows.get(0)))
        .containsExactly(
            1L,
            "故障修复达标率 96.1%，较上年上升 2.1 个百分点。",
            "rate_up",
            "summary",
            "全年概况",
            1L,
            "rate_change",
            "达标率变化",
            "2.1%");
  }

  @Test
  void aFallPrintsItsSizeWithoutTheSign() {
    List<Object[]> rows =
        sentences(
            spec(YEAR_ON_YEAR), 12L, 10L, new BigDecimal("0.900"), new BigDecimal("-0.035"), null);
    assertThat(rows).extracting(r -> r[1]).containsExactly("故障修复达标率 90.0%，较上年下降 3.5 个百分点。");
  }

  @Test
  void aMissingPreviousYearGivesTheNoDataSentenceAndNoChange() {
    List<Object[]> rows =
        sentences(spec(YEAR_ON_YEAR), 12L, null, new BigDecimal("0.961"), null, "无上年同期数据");
    assertThat(rows).extracting(r -> r[1]).containsExactly("本年工单 12 件；无上年同期数据，不作同比。");
    assertThat(rows).extracting(r -> r[2]).containsExactly("no_year_ago");
  }

  @Test
  void aConditionOnNullIsFalseAndIsNullTrue() {
    Condition gt = new Condition("rate", Operator.GT, BigDecimal.ZERO);
    assertThat(Findings.holds(gt, null)).isFalse();
    assertThat(Findings.holds(new Condition("rate", Operator.NE, BigDecimal.ZERO), null)).isFalse();
    assertThat(Findings.holds(new Condition("rate", Operator.IS_NULL, null), null)).isTrue();
    assertThat(Findings.holds(new Condition("rate", Operator.IS_NOT_NULL, null), null)).isFalse();
  }

  @Test
  void numbersCompareByValueAndTextsExactly() {
    BigDecimal threshold = new BigDecimal("0.95");
    assertThat(
            Findings.holds(new Condition("rate", Operator.GE, threshold), new BigDecimal("0.950")))
        .isTrue();
    assertThat(
            Findings.holds(new Condition("rate", Operator.GT, threshold), new BigDecimal("0.950")))
        .isFalse();
    assertThat(
            Findings.holds(new Condition("rate", Operator.LT, threshold), new BigDecimal("0.949")))
        .isTrue();
    assertThat(Findings.holds(new Condition("n", Operator.EQ, new BigDecimal("3")), 3L)).isTrue();
    assertThat(Findings.holds(new Condition("n", Operator.LE, new BigDecimal("2")), 3L)).isFalse();
    assertThat(Findings.holds(new Condition("s", Operator.EQ, "未履行"), "未履行")).isTrue();
    assertThat(Findings.holds(new Condition("s", Operator.NE, "未履行"), "已履行")).isTrue();
    assertThat(Findings.holds(new Condition("s", Operator.EQ, "未履行"), "已履行")).isFalse();
  }

  @Test
  void valuesAreFormattedAsPeopleReadThem() {
    assertThat(Findings.format(new BigDecimal("0.961"), RATE, List.of())).isEqualTo("96.1%");
    assertThat(Findings.format(new BigDecimal("0.9615"), RATE, List.of())).isEqualTo("96.2%");
    assertThat(Findings.format(new BigDecimal("1.000"), RATE, List.of())).isEqualTo("100.0%");
    assertThat(Findings.format(new BigDecimal("0.021"), RATE, List.of("pp"))).isEqualTo("2.1");
    assertThat(Findings.format(new BigDecimal("-0.021"), RATE, List.of("pp"))).isEqualTo("-2.1");
    assertThat(Findings.format(new BigDecimal("-0.021"), RATE, List.of("abs", "pp")))
        .isEqualTo("2.1");
    assertThat(Findings.format(new BigDecimal("-1.5"), RATE, List.of("abs"))).isEqualTo("150.0%");
    ColumnSpec count = new ColumnSpec("n", "件数", ColumnType.INTEGER, "件", 0, 8);
    assertThat(Findings.format(-3L, count, List.of("abs"))).isEqualTo("3");
    assertThat(Findings.format(-3L, count, List.of())).isEqualTo("-3");
    ColumnSpec hours = new ColumnSpec("h", "时长", ColumnType.DECIMAL, "小时", 1, 8);
    assertThat(Findings.format(new BigDecimal("4.1667"), hours, List.of())).isEqualTo("4.2");
    ColumnSpec day = new ColumnSpec("d", "日期", ColumnType.DATE, null, 0, 8);
    assertThat(Findings.format(LocalDate.of(2026, 5, 6), day, List.of())).isEqualTo("2026年5月6日");
    assertThat(Findings.format(LocalDate.of(2026, 5, 6), day, List.of("month"))).isEqualTo("5月");
    ColumnSpec time = new ColumnSpec("t", "时间", ColumnType.TIMESTAMP, null, 0, 8);
    assertThat(Findings.format(LocalDateTime.of(2026, 5, 6, 9, 5), time, List.of()))
        .isEqualTo("2026年5月6日 09:05");
    assertThat(Findings.format(null, RATE, List.of())).isEqualTo("—");
  }

  @Test
  void aRuleWritesOneSentencePerMatchingRowUpToItsMax() {
    ReportSpec spec =
        spec(
            """
            findings:
              - id: many
                dataset: summary
                when: [tickets >= 3, note = '重复']
                column: tickets
                max: 2
                text: 第 {tickets} 件
            """);
    List<Object[]> rows = new ArrayList<>();
    for (long n = 1; n <= 5; n++) {
      rows.add(new Object[] {n, null, null, null, n == 4 ? "其他" : "重复"});
    }
    DatasetResult summary = new DatasetResult(spec.dataset("summary").orElseThrow(), rows);
    List<Object[]> out = Findings.evaluate(spec, List.of(summary)).rows();
    assertThat(out).extracting(r -> r[1]).containsExactly("第 3 件", "第 5 件");
    assertThat(out).extracting(r -> r[5]).containsExactly(3L, 5L);
    assertThat(out).extracting(r -> r[0]).containsExactly(1L, 2L);
  }

  @Test
  void theFindingsDatasetIsFirstOnlyForAReportWithRules() {
    FindingSpec rule = spec(YEAR_ON_YEAR).findings().get(0);
    assertThat(rule.when())
        .containsExactly(new Condition("tickets_year_ago", Operator.IS_NULL, null));
    assertThat(spec("").findings()).isEmpty();
    DatasetSpec findings = Findings.DATASET;
    assertThat(findings.name()).isEqualTo("findings");
    assertThat(findings.columns()).extracting(ColumnSpec::name).startsWith("seq", "sentence");
  }
}
