package org.baobiao.etl.mch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The premarital and pre-pregnancy checks of the mch domain: columns, row rules and masking. */
class PremaritalKindsTest {

  private static final String PREMARITAL =
      "org_code,check_id,couple_id,name,id_number,phone,sex,checked_on,findings,advice";
  private static final String PRECONCEPTION =
      "org_code,check_id,couple_id,name,id_number,sex,checked_on,risk,risk_factors";

  private Object[] premarital(String row) {
    return MchRows.map("mch_premarital_checks", PREMARITAL, row);
  }

  private String premaritalRejected(String row) {
    return MchRows.rejected("mch_premarital_checks", PREMARITAL, row);
  }

  @Test
  void aCheckWithTwoFindingsMapsWithItsListNormalised() {
    Object[] v =
        premarital(
            "441700001,P1,CP1,陈小红,441702199001011233,13800138000,F,2026-03-02,"
                + " REPRODUCTIVE ；INFECTIOUS ,MEDICAL_MEASURES");
    assertThat(v[2]).isEqualTo("CP1");
    assertThat(v[6]).isEqualTo("F");
    assertThat(v[7]).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(v[8]).isEqualTo("REPRODUCTIVE;INFECTIOUS");
    assertThat(premarital("441700001,P2,,李四,,,M,2026-03-02,NONE,NO_OBJECTION")[2]).isNull();
  }

  @Test
  void anUnknownRepeatedOrEmptyFindingIsRejectedAndThePersonMasked() {
    assertThat(
            premaritalRejected(
                "441700001,P3,CP3,陈小红,441702199001011233,13800138000,F,2026-03-02,"
                    + "INFECTIOUS;HEART,POSTPONE"))
        .startsWith("findings HEART BAD_CODE 检出疾病分类代码应为INFECTIOUS（指定传染病）")
        .contains("陈**", "441702********1233")
        .doesNotContain("小红", "199001011", "13800138000");
    assertThat(premaritalRejected("441700001,P4,,李四,,,M,2026-03-02,GENETIC;GENETIC,POSTPONE"))
        .startsWith("findings GENETIC;GENETIC INCONSISTENT 检出疾病分类代码 GENETIC 重复填写");
    assertThat(premaritalRejected("441700001,P5,,李四,,,M,2026-03-02,GENETIC;,POSTPONE"))
        .startsWith("findings GENETIC; BAD_FORMAT");
    assertThat(premaritalRejected("441700001,P6,,李四,,,M,2026-03-02,,NO_OBJECTION"))
        .startsWith("findings null MISSING_VALUE");
  }

  @Test
  void noneStandsAloneAndAdviceOtherThanNoObjectionNeedsAFinding() {
    assertThat(premaritalRejected("441700001,P7,,李四,,,M,2026-03-02,NONE;MENTAL,POSTPONE"))
        .startsWith("findings NONE;MENTAL INCONSISTENT 未检出疾病（NONE）不能与疾病分类同时填写");
    assertThat(premaritalRejected("441700001,P8,,李四,,,M,2026-03-02,NONE,NOT_MARRY"))
        .startsWith("advice NOT_MARRY INCONSISTENT 未检出疾病（NONE）时医学意见应为 NO_OBJECTION")
        .contains("建议不宜结婚");
    assertThat(premarital("441700001,P9,,李四,,,M,2026-03-02,INTERNAL,NO_OBJECTION")[9])
        .isEqualTo("NO_OBJECTION");
    assertThat(premaritalRejected("441700001,P10,,李四,,,X,2026-03-02,NONE,NO_OBJECTION"))
        .startsWith("sex X BAD_CODE");
    assertThat(premaritalRejected("441700001,P11,,李四,,,M,2026-03-02,NONE,MAYBE"))
        .startsWith("advice MAYBE BAD_CODE");
  }

  @Test
  void aPrePregnancyCheckMapsAndAHighRiskNeedsItsFactors() {
    Object[] v =
        MchRows.map(
            "mch_preconception_checks",
            PRECONCEPTION,
            "441700001,Y1,CY1,陈小红,441702199001011233,F,2026-04-01,HIGH,TSH异常");
    assertThat(v[2]).isEqualTo("CY1");
    assertThat(v[6]).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(v[7]).isEqualTo("HIGH");
    assertThat(
            MchRows.map(
                "mch_preconception_checks",
                PRECONCEPTION,
                "441700001,Y2,CY1,李四,,M,2026-04-01,GENERAL,")[8])
        .isNull();
    assertThat(
            MchRows.rejected(
                "mch_preconception_checks",
                PRECONCEPTION,
                "441700001,Y3,CY3,陈小红,441702199001011233,F,2026-04-01,HIGH,"))
        .startsWith("risk_factors null MISSING_VALUE 风险评估为高风险人群（HIGH）时应填写风险因素")
        .contains("陈**")
        .doesNotContain("小红");
    assertThat(
            MchRows.rejected(
                "mch_preconception_checks",
                PRECONCEPTION,
                "441700001,Y4,,李四,,M,2026-04-01,GENERAL,"))
        .startsWith("couple_id null MISSING_VALUE");
    assertThat(
            MchRows.rejected(
                "mch_preconception_checks",
                PRECONCEPTION,
                "441700001,Y5,CY5,李四,,M,2026-04-01,LOW,"))
        .startsWith("risk LOW BAD_CODE");
  }
}
