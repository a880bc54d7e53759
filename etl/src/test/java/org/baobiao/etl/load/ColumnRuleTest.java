package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The SQL a rule generates rests on the same definitions as its Java read. */
class ColumnRuleTest {
  @Test
  void aTokensRegexAcceptsExactlyWhatTheTokenAccepts() {
    Token t = Token.of("A-Za-z0-9_.:-", 1, 8, "x");
    Pattern p = Pattern.compile(t.regex());
    for (String v :
        List.of(
            "a", "A-1", "a.b:c_d", "", "123456789", "a b", "中", "a]", "a\\", "^", "a-z", "ab^")) {
      assertThat(p.matcher(v).matches()).as(v).isEqualTo(t.matches(v));
    }
  }

  @Test
  void timestampFormsAreTheJavaFormsWithAtMostSixFractionDigits() {
    Pattern p = Pattern.compile(ColumnRule.TIMESTAMP_FORMS);
    for (String v :
        List.of(
            "2026-10-01 08:30",
            "2026/10/01 08:30:05",
            "2026-10-01T08:30:05.123456+08:00",
            "2026-10-01T08:30+0800",
            "2026-10-01 23:59:59.1")) {
      assertThat(p.matcher(v).matches()).as(v).isTrue();
      assertThat(Timestamps.parse(v)).as(v).isNotNull();
    }
    for (String v :
        List.of(
            "2026-10-01 24:00:00",
            "2026-10-01 08:30:60",
            "2026/10/01T08:30:05",
            "2026-10-01T08:30:05Z",
            "2026-10-01 08:30:05+08:00",
            "2026-10-01 08:30:05.1234567")) {
      assertThat(p.matcher(v).matches()).as(v).isFalse();
    }
  }

  @Test
  void requiredAndOptionalColumnsGenerateTheirConditions() {
    String sql = ColumnRule.integer("retries", false, 0, 1000).sureSql("v", "FALSE");
    assertThat(sql).contains("BETWEEN 0 AND 1000").contains("ELSE NOT (FALSE)");
  }

  private static final List<ColumnRule> RULES =
      List.of(
          ColumnRule.code("type", true, Map.of("A", "甲", "B", "乙")),
          ColumnRule.integerCode("level", false, Map.of("1", "一级", "2", "二级"))
              .requiredWhen("type", "A"),
          ColumnRule.raw("note"));

  private static final List<ColumnDef> COLUMNS =
      List.of(
          ColumnDef.required("type", "类型"),
          ColumnDef.optional("level", "级别"),
          ColumnDef.optional("note", "说明"));

  /** The values {@link ColumnRule#readAll} reads from one CSV line, or the reasons it rejects. */
  private static String read(String line) {
    HeaderMap header =
        HeaderMap.of(
            new SourceRecord("t.csv", 1, -1, new String[] {"type", "level", "note"}, ""), COLUMNS);
    FieldReader f =
        new FieldReader(new SourceRecord("t.csv", 2, 0, line.split(",", -1), line), header);
    Object[] v = ColumnRule.readAll(RULES, f);
    try {
      f.finish();
    } catch (RowRejectedException e) {
      return e.rejects().stream().map(r -> r.field() + " " + r.reasonCode()).toList().toString();
    }
    return java.util.Arrays.stream(v)
        .map(o -> o == null ? "null" : o.getClass().getSimpleName() + ":" + o)
        .toList()
        .toString();
  }

  @Test
  void aColumnIsRequiredWhereAnEarlierColumnHasTheGivenCode() {
    assertThat(read("A,,")).isEqualTo("[level MISSING_VALUE]");
    assertThat(read("B,,")).isEqualTo("[String:B, null, null]");
    // a rejected type is no code: the level is not required then
    assertThat(read("C,,")).isEqualTo("[type BAD_CODE]");
    assertThat(RULES.get(1).requiredSql(c -> "t." + c)).isEqualTo("coalesce(t.type = 'A', FALSE)");
    assertThat(RULES.get(0).requiredSql(c -> "t." + c)).isEqualTo("TRUE");
    assertThat(RULES.get(2).requiredSql(c -> "t." + c)).isEqualTo("FALSE");
    assertThatThrownBy(
            () ->
                ColumnRule.readAll(
                    List.of(ColumnRule.text("x", false, 5).requiredWhen("type", "A"), RULES.get(0)),
                    null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anIntegerCodeIsReadAsItsIntegerAndCheckedAsACode() {
    assertThat(read("A,2,")).isEqualTo("[String:A, Integer:2, null]");
    assertThat(read("A,02,")).isEqualTo("[level BAD_CODE]");
    assertThat(read("A,3,")).isEqualTo("[level BAD_CODE]");
    assertThat(RULES.get(1).valueSql("v")).isEqualTo("TRY_CAST(v AS INTEGER)");
    assertThat(RULES.get(1).sureSql("v", "FALSE")).contains("v IN (");
    assertThatThrownBy(() -> ColumnRule.integerCode("level", false, Map.of("A", "甲")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void freeTextIsPassedThroughAsReadAndBoundOnlyByTheLongestText() {
    assertThat(read("B,, 两端空格 ")).isEqualTo("[String:B, null, String: 两端空格 ]");
    assertThat(read("B,," + "x".repeat(FieldReader.MAX_TEXT + 1))).isEqualTo("[note BAD_FORMAT]");
    assertThat(RULES.get(2).sureSql("v", "FALSE"))
        .contains("strlen(v) <= " + FieldReader.MAX_TEXT)
        .contains("ELSE NOT (FALSE)");
    assertThat(RULES.get(2).valueSql("v")).isEqualTo("v");
    assertThatThrownBy(() -> ColumnRule.raw("note").requiredWhen("type", "A"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachRuleIsCheckedAsItsRowRequiresIt() {
    List<String> sql = ColumnRule.sureSqlOf(RULES, c -> "t." + c, c -> "u." + c);
    assertThat(sql).hasSize(3);
    assertThat(sql.get(0)).contains("t.type IN (").contains("ELSE NOT (TRUE)");
    assertThat(sql.get(1))
        .contains("t.level IN (")
        .contains("ELSE NOT (coalesce(t.type = 'A', FALSE))");
  }
}
