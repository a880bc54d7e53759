package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
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
}
