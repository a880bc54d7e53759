package org.baobiao.spec.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitizenIdTest {

  @Test
  void checkCharacterFollowsIso7064Mod112() {
    // The worked example of GB 11643-1999 appendix: 11010519491231002X.
    assertThat(CitizenId.problem("11010519491231002X")).isNull();
    assertThat(CitizenId.problem("11010519491231002x")).isNull();
    assertThat(CitizenId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(CitizenId.problem("110105194912310021")).contains("校验位应为 X");
  }

  @Test
  void birthDateMustBeReal() {
    assertThat(CitizenId.problem("110105194902300021")).contains("不是真实的出生日期");
    assertThat(CitizenId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void fifteenDigitNumbersCarryATwentiethCenturyBirthDate() {
    assertThat(CitizenId.problem("110105491231002")).isNull();
    assertThat(CitizenId.birthDate("110105491231002")).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(CitizenId.problem("110105491331002")).contains("不是真实的出生日期");
    assertThat(CitizenId.problem("11010549123100A")).contains("应全为数字");
  }

  @Test
  void otherLengthsAreRejected() {
    assertThat(CitizenId.problem("1101051949123100")).contains("实有 16 位");
  }

  @Test
  void normaliseUpgradesFifteenDigitNumbersAndUpperCasesTheCheckCharacter() {
    // GB 11643-1999's own pair: the 15-digit 110105491231002 is 11010519491231002X.
    assertThat(CitizenId.normalise("110105491231002")).isEqualTo("11010519491231002X");
    assertThat(CitizenId.normalise("11010519491231002x")).isEqualTo("11010519491231002X");
    assertThat(CitizenId.normalise("11010519491231002X")).isEqualTo("11010519491231002X");
    // The sample number of the Chinese Wikipedia article on the identity card is valid as it is.
    assertThat(CitizenId.normalise("440524188001010014")).isEqualTo("440524188001010014");
    // A second upgrade, its check character computed by hand: the weighted sum of
    // 44052419800101001 is 196, 196 mod 11 = 9, and index 9 of "10X98765432" is '3'.
    assertThat(CitizenId.normalise("440524800101001")).isEqualTo("440524198001010013");
  }

  @Test
  void normaliseLeavesInvalidNumbersAsTheyAreForTheQualityRules() {
    assertThat(CitizenId.normalise("110105194912310021")).isEqualTo("110105194912310021");
    assertThat(CitizenId.normalise("12345")).isEqualTo("12345");
    assertThat(CitizenId.normalise(null)).isNull();
  }
}
