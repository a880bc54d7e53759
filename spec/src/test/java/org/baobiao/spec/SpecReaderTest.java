package org.baobiao.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.YamlNode.Mapping;
import org.junit.jupiter.api.Test;

/** The shared reader of specification files: every problem with file, line, column and field. */
class SpecReaderTest {
  private static final List<String> KEYS = List.of("id", "title", "target", "days", "goals");

  private enum Unit {
    MINUTES,
    HOURS
  }

  private static String code(Unit unit) {
    return unit.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void anUnknownKeyIsNamedWithTheClosestKnownKeyAndTheAllowedKeys() {
    SpecReader in = new SpecReader("contracts/x.yaml");
    Mapping root = in.root("id: a\ntraget: 3\n");
    in.onlyKeys(root, "", KEYS);

    assertThat(in.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Code.UNKNOWN_FIELD);
              assertThat(p.toString())
                  .isEqualTo(
                      "contracts/x.yaml:2:1 traget: 未知字段（拼写错误？）是否应为 'target'？"
                          + "可用字段: id, title, target, days, goals");
            });
  }

  @Test
  void anUnknownKeyFarFromEveryKnownKeyGetsNoGuess() {
    SpecReader in = new SpecReader("x.yaml");
    in.onlyKeys(in.root("colour: red\n"), "", KEYS);

    assertThat(in.problems())
        .extracting(SpecProblem::message)
        .containsExactly("未知字段（拼写错误？）可用字段: id, title, target, days, goals");
  }

  @Test
  void aRepeatedKeyIsAProblemAtItsSecondOccurrence() {
    SpecReader in = new SpecReader("x.yaml");
    Mapping root = in.root("id: a\ntitle: one\n  # comment\ntitle: two\n");

    assertThat(in.text(root, "", "title", true)).isEqualTo("one");
    assertThat(in.problems())
        .extracting(Object::toString)
        .containsExactly("x.yaml:4:1 title: 字段重复出现（第 2 行已有），只保留第一次的值");
    assertThat(in.problems().get(0).code()).isEqualTo(Code.DUPLICATE);
  }

  @Test
  void aWrongTypeNamesLineColumnFieldPathAndValue() {
    SpecReader in = new SpecReader("c.yaml");
    Mapping root = in.root("id: a\ngoals:\n  - days: 2\n  - days: 两天\n");
    List<Integer> days =
        in.list(
            root,
            "",
            "goals",
            true,
            (node, at) -> {
              Mapping goal = in.mapping(node, at, root.line());
              return goal == null ? null : in.integer(goal, at, "days", true, 1, 30);
            });

    assertThat(days).containsExactly(2);
    assertThat(in.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Code.WRONG_TYPE);
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.column()).isEqualTo(11);
              assertThat(p.field()).isEqualTo("goals[1].days");
              assertThat(p.value()).isEqualTo("两天");
              assertThat(p).hasToString("c.yaml:4:11 goals[1].days: 应为整数，实际是'两天'");
            });
  }

  @Test
  void aMissingRequiredFieldPointsAtItsMapping() {
    SpecReader in = new SpecReader("c.yaml");
    Mapping root = in.root("goals:\n  - id: a\n    other: 1\n");
    Mapping goal = in.mapping(((YamlNode.Sequence) root.value("goals")).items().get(0), "", 1);

    assertThat(in.text(goal, "goals[0]", "title", true)).isNull();
    assertThat(in.problems())
        .extracting(Object::toString)
        .containsExactly("c.yaml:2:5 goals[0].title: 缺少必填字段");
  }

  @Test
  void everyProblemIsCollectedAndThrownTogetherInLineOrder() {
    SpecReader in = new SpecReader("c.yaml");
    Mapping root = in.root("unit: hour\ndays: 0\nfrom: 2026-02-30\nwait: soon\ntitle: [a]\n");
    assertThat(in.choice(root, "", "unit", Unit.class, SpecReaderTest::code, true)).isNull();
    assertThat(in.integer(root, "", "days", true, 1, 30)).isNull();
    assertThat(in.date(root, "", "from", true)).isNull();
    assertThat(in.duration(root, "", "wait", true, Duration.ofDays(30))).isNull();
    assertThat(in.text(root, "", "title", true)).isNull();
    assertThat(in.text(root, "", "id", true)).isNull();

    assertThatThrownBy(() -> in.throwIfProblems("测试文件"))
        .isInstanceOfSatisfying(
            SpecException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(SpecProblem::code)
                  .containsExactly(
                      Code.MISSING,
                      Code.UNKNOWN_VALUE,
                      Code.INVALID,
                      Code.INVALID,
                      Code.INVALID,
                      Code.WRONG_TYPE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      String.join(
                          "\n",
                          "测试文件有 6 处错误:",
                          "  c.yaml:1:1 id: 缺少必填字段",
                          "  c.yaml:1:7 unit: 'hour' 不是以下之一: minutes, hours",
                          "  c.yaml:2:7 days: 0 超出允许范围 1–30",
                          "  c.yaml:3:7 from: '2026-02-30' 不是有效日期，应为 yyyy-MM-dd，如 2025-11-01",
                          "  c.yaml:4:7 wait: 'soon' 应为 0 到 30 天之间的时长，如 10m、2h、1d 或 PT10M",
                          "  c.yaml:5:8 title: 应为文本，实际是列表"));
            });
  }

  @Test
  void typedValuesAreReadWhenRight() {
    SpecReader in = new SpecReader("c.yaml");
    Mapping root =
        in.root(
            "unit: hours\ndays: 3\nfrom: 2026-02-28\nwait: 2h\nflag: true\n"
                + "codes: [a, b]\nmap: {x: \"1\"}\n");
    assertThat(in.choice(root, "", "unit", Unit.class, SpecReaderTest::code, true))
        .isEqualTo(Unit.HOURS);
    assertThat(in.integer(root, "", "days", true, 1, 30)).isEqualTo(3);
    assertThat(in.date(root, "", "from", true)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(in.duration(root, "", "wait", true, Duration.ofDays(30)))
        .isEqualTo(Duration.ofHours(2));
    assertThat(in.bool(root, "", "flag", false)).isTrue();
    assertThat(in.codes(root, "", "codes", List.of("a", "b", "c"), true)).containsExactly("a", "b");
    assertThat(in.textMap(root, "", "map", true)).containsEntry("x", "1");
    assertThat(in.problems()).isEmpty();
  }

  @Test
  void aSyntaxErrorIsOneProblemWithItsLine() {
    SpecReader in = new SpecReader("s.yaml");
    assertThat(in.root("a: 1\nb: [1, 2\nc: 3\n")).isNull();
    assertThat(in.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(Code.SYNTAX);
              assertThat(p.line()).isPositive();
              assertThat(p.toString()).startsWith("s.yaml:" + p.line() + ":").contains("YAML 语法错误");
            });
  }

  @Test
  void didYouMeanPicksTheClosestKnownWord() {
    assertThat(DidYouMean.closest("calender", List.of("clause", "calendar"))).contains("calendar");
    assertThat(DidYouMean.closest("x", List.of("calendar"))).isEmpty();
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
  }
}
