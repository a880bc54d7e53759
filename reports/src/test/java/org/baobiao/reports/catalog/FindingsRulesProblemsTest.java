package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baobiao.reports.catalog.internal.ReportDefinitionReader;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.junit.jupiter.api.Test;

/**
 * A bad findings rule in a report.yaml (a bundled one or one in the user's config folder) is
 * reported like any other problem of the file: file, line, field and what is wrong, in Chinese.
 */
class FindingsRulesProblemsTest {
  private static final String HEAD =
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
            - {name: rate, label: 达标率, type: PERCENT, scale: 1}
            - {name: note, label: 说明, type: TEXT}
            - {name: day, label: 日期, type: DATE}
      findings:
      """;

  private static List<SpecProblem> problems(String rules) {
    ReportDefinitionReader reader = new ReportDefinitionReader("reports/demo", r -> true);
    assertThat(reader.read(HEAD + rules, "demo")).isEmpty();
    return reader.problems();
  }

  @Test
  void anUnknownColumnInAConditionNamesFileLineAndField() {
    List<SpecProblem> problems =
        problems(
            """
              - id: a
                dataset: summary
                when: [tickets > 0, tickets_year_ago is null]
                column: tickets
                text: 本年 {tickets} 件
            """);
    assertThat(problems).hasSize(1);
    SpecProblem p = problems.get(0);
    assertThat(p.code()).isEqualTo(Code.BAD_REFERENCE);
    assertThat(p.file()).isEqualTo("reports/demo/report.yaml");
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("findings[0].when[1]");
    assertThat(p.message()).contains("没有列 'tickets_year_ago'", "可用: tickets, rate, note, day");
    assertThat(p.toString()).startsWith("reports/demo/report.yaml:18:");
  }

  @Test
  void eachMalformedPartIsReportedAtItsField() {
    List<SpecProblem> problems =
        problems(
            """
              - id: Bad-Id
                dataset: summary
                when: [note > 3, rate >= '95%', day = 1, tickets ~ 3]
                column: missing
                text: "达标率 {rate|pp|pct} {note|pp} {tickets"
                max: 0
              - id: b
                dataset: totals
                column: tickets
                text: x
              - id: c
                dataset: summary
                column: tickets
                text: y
                wen: [tickets > 0]
            """);
    assertThat(problems)
        .extracting(SpecProblem::field)
        .containsExactly(
            "findings[0].id",
            "findings[0].when[0]",
            "findings[0].when[1]",
            "findings[0].when[2]",
            "findings[0].when[3]",
            "findings[0].column",
            "findings[0].text",
            "findings[0].text",
            "findings[0].text",
            "findings[0].max",
            "findings[1].dataset",
            "findings[2].wen");
    assertThat(problems.get(1).message()).contains("文本列");
    assertThat(problems.get(2).message()).contains("百分比列按小数比较");
    assertThat(problems.get(3).message()).contains("is null");
    assertThat(problems.get(4).message()).contains("格式不对");
    assertThat(problems.stream().filter(p -> p.field().equals("findings[0].text")))
        .extracting(SpecProblem::message)
        .anySatisfy(m -> assertThat(m).contains("'pct' 不是以下之一: abs, pp, month"))
        .anySatisfy(m -> assertThat(m).contains("pp（百分点）只用于 PERCENT 列"))
        .anySatisfy(m -> assertThat(m).contains("花括号不成对"));
    assertThat(problems.get(10).message()).contains("报表没有数据集 'totals'");
    assertThat(problems.get(11).code()).isEqualTo(Code.UNKNOWN_FIELD);
  }

  @Test
  void aRuleIdUsedTwiceIsADuplicate() {
    List<SpecProblem> problems =
        problems(
            """
              - {id: a, dataset: summary, column: tickets, text: x}
              - {id: a, dataset: summary, column: tickets, text: y}
            """);
    assertThat(problems).extracting(SpecProblem::code).containsExactly(Code.DUPLICATE);
    assertThat(problems.get(0).field()).isEqualTo("findings[1].id");
  }

  @Test
  void theBundledRulesOfOpsAnnualRead() {
    ReportSpec spec = ReportCatalog.loadDefault().get("ops-annual");
    assertThat(spec.findings())
        .extracting(FindingSpec::id)
        .contains("tickets_no_year_ago", "sla_up");
  }
}
