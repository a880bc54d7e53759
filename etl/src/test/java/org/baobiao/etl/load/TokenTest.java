package org.baobiao.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenTest {
  private final Token id = Token.of("A-Za-z0-9_.:-", 1, 64, "ids");

  @Test
  void acceptsExactlyWhatTheEquivalentPatternAccepts() {
    Pattern same = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    for (String v :
        new String[] {
          "a",
          "YJFY-MCH-20261001-000123",
          "X:1.2_3",
          "-",
          "",
          "a b",
          "中文",
          "a/b",
          "é",
          "A".repeat(64),
          "A".repeat(65),
          "a\u0000",
          "~",
          "[",
          "@",
          "`",
          "{"
        }) {
      assertThat(id.matches(v)).as(v).isEqualTo(same.matcher(v).matches());
    }
  }
}
