package org.baobiao.medrec.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.spec.SpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every front-page quality rule against its golden cases (medrec/rule-cases.yaml): the base stay
 * breaks no rule, each passing variant breaks not the rule it is for, each failing variant breaks
 * it at exactly the expected fields. A rule without cases fails the build.
 */
class RuleBookTest {
  /** A code-lists file of one list, without its version. */
  private static final String SEX_LIST =
      "lists:\n  sex:\n    name: 性别\n    source: x\n    codes: {\"1\": 男}\n";

  private static final RuleBook BOOK = RuleBook.load();
  private static final RuleCases CASES = RuleCases.load();

  static Stream<RuleCases.Case> cases() {
    return CASES.byRule.values().stream().flatMap(List::stream);
  }

  @Test
  void theBaseStayBreaksNoRule() {
    assertThat(new FrontPageQc(BOOK).check(CASES.base)).isEmpty();
  }

  @Test
  void everyRuleHasAPassingAndAFailingCaseAndEveryCaseARule() {
    List<String> ids = BOOK.rules().stream().map(QcRule::id).toList();
    assertThat(CASES.byRule.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    for (String id : ids) {
      List<RuleCases.Case> cs = CASES.byRule.get(id);
      assertThat(cs).as(id).anyMatch(c -> c.expect() == null).anyMatch(c -> c.expect() != null);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleGivesTheExpectedViolations(RuleCases.Case c) {
    QcRule rule = BOOK.rules().stream().filter(r -> r.id().equals(c.rule())).findFirst().get();
    List<Violation> found = FrontPageQc.check(rule, c.stay());
    if (c.expect() == null) {
      assertThat(found).as(c.toString()).isEmpty();
    } else {
      assertThat(found)
          .as(c.toString())
          .extracting(Violation::field)
          .containsExactlyElementsOf(c.expect());
      assertThat(found).allSatisfy(v -> assertThat(v.message()).startsWith(rule.message()));
    }
  }

  @Test
  void personalValuesAreMaskedInViolations() {
    QcRule rule = BOOK.rules().stream().filter(r -> r.id().equals("S3-03")).findFirst().get();
    Map<String, Object> front = new LinkedHashMap<>(CASES.base.frontPage());
    front.put("id_number", "430102198505123416");
    List<Violation> v = FrontPageQc.check(rule, new Stay(front, List.of(), List.of()));
    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.value()).isEqualTo("430102********3416");
              assertThat(x.message()).doesNotContain("198505123416").contains("校验位应为 5");
            });
  }

  @Test
  void aWrongRuleFileIsReportedWithFileLineAndWhatIsWrong() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("code-lists.yaml", "version: \"1\"\n" + SEX_LIST);
    files.put(
        "bad.yaml",
        "set: bad\nversion: \"1\"\nrules:\n"
            + "  - {id: B-1, severity: fatal, check: required, fields: [nope], clause: c, message: m}\n"
            + "  - {id: B-2, severity: warning, check: in_list, fields: [sex], list: gender, clause: c, message: m}\n"
            + "  - {id: B-3, severity: warning, check: magic, clause: c, message: m}\n");
    assertThatThrownBy(() -> RuleBook.parse(files))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("质控规则文件有 4 处错误")
        .hasMessageContaining(
            "bad.yaml:4:25 rules[0].severity: severity 应为 blocking 或 warning，实为 'fatal'")
        .hasMessageContaining("bad.yaml:4:58 rules[0].fields[0]: 规则 B-1 的字段 'nope' 不是")
        .hasMessageContaining("bad.yaml:5:71 rules[1].list: 规则 B-2 引用了不存在的代码表 'gender'")
        .hasMessageContaining("bad.yaml:6:41 rules[2].check: 规则 B-3 的 check 'magic' 未知");
  }

  @Test
  void aMisspelledRuleKeyIsNamedWithTheKeyItProbablyMeant() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("code-lists.yaml", "version: \"1\"\n" + SEX_LIST);
    files.put(
        "typo.yaml",
        "set: t\nversion: \"1\"\nrules:\n"
            + "  - id: T-1\n    severity: warning\n    check: required\n    fields: [sex]\n"
            + "    clause: c\n    mesage: m\n");
    assertThatThrownBy(() -> RuleBook.parse(files))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "typo.yaml:4:5 rules[0].message: 缺少必填字段",
                        "typo.yaml:9:5 rules[0].mesage: 未知字段（拼写错误？）是否应为 'message'？可用字段: "
                            + "id, severity, check, scope, fields, list, pattern, expected, left, op,"
                            + " right, from, to, min_days, max_days, when, clause, message"));
  }

  @Test
  void everyRuleFileNamesItsVersionAndTheBookListsThemInOrder() {
    RuleBook book = RuleBook.load();
    assertThat(book.sets())
        .extracting(RuleBook.RuleSet::id)
        .containsExactly("code-lists", "national-required", "national-codes", "seed-003", "logic");
    assertThat(book.version())
        .isEqualTo(
            "code-lists 2026.1；national-required 2026.1；national-codes 2026.1；seed-003 2026.1；"
                + "logic 2026.1");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("code-lists.yaml", SEX_LIST);
    files.put("v.yaml", "set: v\nrules: []\n");
    assertThatThrownBy(() -> RuleBook.parse(files))
        .isInstanceOfSatisfying(
            SpecException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .contains("code-lists.yaml:1:1 version: 缺少必填字段", "v.yaml:1:1 version: 缺少必填字段"));
  }
}
