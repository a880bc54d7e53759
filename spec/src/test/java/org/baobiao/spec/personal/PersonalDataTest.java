package org.baobiao.spec.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void eachClassKeepsOnlyWhatItsRuleAllows() {
    assertThat(PersonalData.NAME.mask("张三丰")).isEqualTo("张**");
    assertThat(PersonalData.NAME.mask("张")).isEqualTo("张*");
    assertThat(PersonalData.ID_NUMBER.mask("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(PersonalData.PHONE.mask("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalData.ADDRESS.mask("广东省广州市越秀区中山二路1号")).isEqualTo("广东省广州市*********");
    assertThat(PersonalData.OTHER_ID.mask("A123456789")).isEqualTo("A12***6789");
  }

  @Test
  void countyAddressesKeepProvinceCityAndCounty() {
    assertThat(PersonalData.COUNTY_ADDRESS.mask("湖南省长沙市芙蓉区五一大道1号")).isEqualTo("湖南省长沙市芙蓉区******");
    assertThat(PersonalData.COUNTY_ADDRESS.mask("北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区******");
    assertThat(PersonalData.COUNTY_ADDRESS.mask("广东省阳江市阳春市春城街道1号")).isEqualTo("广东省阳江市阳春市******");
    assertThat(PersonalData.COUNTY_ADDRESS.mask("五一大道1号")).isEqualTo("******");
  }

  @Test
  void shortValuesKeepOnlyTheirLastCharacter() {
    assertThat(PersonalData.ID_NUMBER.mask("12345")).isEqualTo("****5");
    assertThat(PersonalData.PHONE.mask("8123")).isEqualTo("***3");
    assertThat(PersonalData.ADDRESS.mask("广州")).isEqualTo("**");
    assertThat(PersonalData.PHONE.mask(null)).isNull();
    assertThat(PersonalData.NAME.mask("")).isEmpty();
  }
}
