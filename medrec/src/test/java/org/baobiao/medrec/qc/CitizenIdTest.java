package org.baobiao.medrec.qc;

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
}
