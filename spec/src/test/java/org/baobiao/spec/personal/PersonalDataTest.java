package org.baobiao.spec.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The pattern the county-level scan replaces: the scan must end where its match ends. */
  private static final Pattern COUNTY =
      Pattern.compile("^(.{2,8}?(省|自治区|市))?(.{2,9}?(市|自治州|地区|盟))?(.{1,9}?(区|县|旗|市))");

  @Test
  void theCountyScanEndsWhereThePatternDid() {
    // addresses built from the units' characters, a few others, line breaks and a surrogate pair
    String[] parts = {
      "省", "自治区", "市", "自治州", "地区", "盟", "区", "县", "旗", "自治", "地", "州", "湖南", "长", "沙", "芙蓉", "1号",
      "路", "\n", "\r", "𠀀", "a", " "
    };
    Random random = new Random(20261206);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int k = random.nextInt(14);
      for (int j = 0; j < k; j++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String s = b.toString();
      Matcher m = COUNTY.matcher(s);
      int expected = m.find() ? m.end() : -1;
      assertThat(PersonalData.countyEnd(s)).as(s).isEqualTo(expected);
    }
    for (String s :
        new String[] {
          "湖南省长沙市芙蓉区五一大道1号",
          "北京市朝阳区建国路88号",
          "广东省阳江市阳春市春城街道1号",
          "内蒙古自治区呼和浩特市新城区",
          "新疆维吾尔自治区伊犁哈萨克自治州伊宁市",
          "五一大道1号",
          ""
        }) {
      Matcher m = COUNTY.matcher(s);
      assertThat(PersonalData.countyEnd(s)).as(s).isEqualTo(m.find() ? m.end() : -1);
    }
  }
}
