package org.baobiao.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;
import org.baobiao.spec.SpecProblem.Code;
import org.junit.jupiter.api.Test;

/**
 * Broken contract files: every message names the file, the line and the field path, and says what
 * was expected. Each fixture under {@code sla/contract/broken/} is the valid fixture with one
 * change, except {@code many-problems.yaml}.
 */
class ContractValidationTest {

  @Test
  void theValidFixtureLoads() {
    Contract contract = Fixtures.parse("valid", "HT-TEST-001.yaml");
    assertThat(contract.id()).isEqualTo("HT-TEST-001");
    assertThat(contract.clocks()).extracting(ClockDef::id).containsExactly("response", "fix");
  }

  @Test
  void aTypoInAKeyIsNamedWithTheKeyItProbablyMeant() {
    assertThat(Fixtures.problems("unknown-key.yaml"))
        .containsExactly(
            "unknown-key.yaml:33:9 clocks[0].goals[1].target: 缺少必填字段",
            "unknown-key.yaml:34:9 clocks[0].goals[1].traget: 未知字段（拼写错误？）是否应为 'target'？"
                + "可用字段: rule, when, target, calendar, clause");
  }

  @Test
  void aBadUnitListsTheAllowedUnits() {
    assertThat(Fixtures.problems("bad-unit.yaml"))
        .containsExactly(
            "bad-unit.yaml:34:35 clocks[0].goals[1].target.unit: 'hour' 不是以下之一: "
                + "minutes, hours, calendar_days, working_days");
  }

  @Test
  void aReferenceToAnUndefinedCalendarListsTheDefinedOnes() {
    assertThat(Fixtures.problems("missing-calendar.yaml"))
        .containsExactly(
            "missing-calendar.yaml:47:19 clocks[1].goals[0].calendar: "
                + "日历 'work_hour' 未在 calendars 中定义；已定义: always, work_hours");
  }

  @Test
  void aBadEventTypeNamesTheListElement() {
    assertThat(Fixtures.problems("bad-event.yaml"))
        .containsExactly(
            "bad-event.yaml:25:12 clocks[0].stop[0]: 'ACKNOWLEDGE' 不是以下之一: REPORTED, ACKNOWLEDGED, "
                + "REMOTE_STARTED, ON_SITE, PAUSED, RESUMED, RESOLVED, REOPENED, CLOSED, CANCELLED");
  }

  @Test
  void aWindowEndingBeforeItStartsIsRejected() {
    assertThat(Fixtures.problems("window-end-before-start.yaml"))
        .containsExactly(
            "window-end-before-start.yaml:18:10 calendars.work_hours.end: 结束时间 08:00 不晚于开始时间 18:00"
                + "（时段不能跨午夜；到午夜结束请写 \"24:00\"）");
  }

  @Test
  void aSyntaxErrorNamesTheLineOfTheProblem() {
    assertThat(Fixtures.problems("syntax-error.yaml"))
        .singleElement()
        .asString()
        .startsWith("syntax-error.yaml:39:4: YAML 语法错误: ")
        .contains("第 22 行起");
  }

  @Test
  void anUnsupportedFormatStopsBeforeTheRestIsRead() {
    assertThat(Fixtures.problems("unsupported-format.yaml"))
        .containsExactly("unsupported-format.yaml:2:9 format: 格式版本 2 不受支持；本程序支持: [1]");
  }

  @Test
  void everyProblemOfAFileIsReportedTogetherInLineOrder() {
    List<String> problems = Fixtures.problems("many-problems.yaml");
    assertThat(problems)
        .containsExactly(
            "many-problems.yaml:7:1 title: 字段重复出现（第 6 行已有），只保留第一次的值",
            "many-problems.yaml:9:35 effective.to: 结束日期 2025-10-20 早于开始日期 2026-10-31",
            "many-problems.yaml:33:9 clocks[0].goals[1]: 前面的 clocks[0].goals[0] 是默认规则（没有 when），"
                + "此规则永远不会被匹配；默认规则应放在最后",
            "many-problems.yaml:34:49 clocks[0].goals[1].when.severity[0]: '4' 不是以下之一: 1, 2, 3",
            "many-problems.yaml:38:9 clocks[1].id: 时钟 id 'response' 重复（第 23 行已定义）",
            "many-problems.yaml:42:12 clocks[1].resume: pause 与 resume 须同时给出或同时省略",
            "many-problems.yaml:47:19 clocks[1].goals[0].calendar: "
                + "以 working_days 计的时限应在 WORKDAYS、WORKDAY_WINDOW 或 WEEKLY 日历中计算，'always' 是 ALWAYS",
            "many-problems.yaml:51:5 obligations[0].clause: 缺少必填字段",
            "many-problems.yaml:55:12 obligations[0].every: 'fortnight' 不是以下之一: "
                + "week, month, quarter, year, term",
            "many-problems.yaml:56:22 obligations[0].requires_report: 应为 true 或 false，实际是'yes please'",
            "many-problems.yaml:57:5 obligations[1].window_days: "
                + "给出 must_cover_windows 时必须给出 window_days（节前提前的天数）",
            "many-problems.yaml:62:38 obligations[1].must_cover_windows[1]: 'HALLOWEEN' 不是以下之一: "
                + "NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY",
            "many-problems.yaml:64:5 obligations[1].title: 未知字段（拼写错误？）可用字段: id, name, kind, "
                + "clause, activity, min_count, requires_report, must_cover_windows, window_days");
  }

  @Test
  void problemsCarryAStableCode() {
    assertThatThrownBy(() -> Fixtures.parse("broken", "missing-calendar.yaml"))
        .isInstanceOfSatisfying(
            SpecException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(
                      SpecProblem::code,
                      SpecProblem::file,
                      SpecProblem::line,
                      SpecProblem::column,
                      SpecProblem::field,
                      SpecProblem::value)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          Code.BAD_REFERENCE,
                          "missing-calendar.yaml",
                          47,
                          19,
                          "clocks[1].goals[0].calendar",
                          "work_hour"));
              assertThat(e.getMessage()).startsWith("合同条款文件有 1 处错误:");
            });
  }

  @Test
  void obligationParametersAreCheckedPerKind() {
    String yaml =
        Fixtures.text("valid/HT-TEST-001.yaml")
            .replace(
                "    every: week\n", "    every: week\n    max_count: 3\n    retention_days: 7\n");
    assertThatThrownBy(() -> ContractLoader.parse("kinds.yaml", yaml))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SpecProblem::field)
                    .containsExactly("obligations[0].max_count", "obligations[0].retention_days"));
  }

  @Test
  void codesMayBeWrittenUnquotedBecauseTheTextIsKeptAsWritten() {
    String yaml =
        Fixtures.text("valid/HT-TEST-001.yaml")
            .replace("org_code: \"440100002\"", "org_code: 440100002")
            .replace("seed_doc: \"002\"", "seed_doc: 002")
            .replace("start: \"08:00\"", "start: 08:00");
    Contract contract = ContractLoader.parse("unquoted.yaml", yaml);
    assertThat(contract.orgCode()).isEqualTo("440100002");
    assertThat(contract.seedDoc()).isEqualTo("002");
    assertThat(contract.calendar("work_hours").orElseThrow().start()).hasToString("08:00");
  }
}
