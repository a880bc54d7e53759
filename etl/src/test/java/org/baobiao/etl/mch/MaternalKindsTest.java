package org.baobiao.etl.mch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The maternal health files of the mch domain: their columns, row rules and masking. */
class MaternalKindsTest {

  private static final String REGISTRATION =
      "org_code,pregnancy_id,person_id,name,id_number,phone,address,last_period,registered_on,"
          + "registration_week";
  private static final String BIRTH =
      "org_code,birth_id,pregnancy_id,delivered_on,gestational_week,place,mode,outcome,baby_sex,"
          + "birth_weight,birth_certificate";

  @Test
  void aRegistrationMapsAndItsWeekMustAgreeWithTheLastPeriod() {
    Object[] v =
        MchRows.map(
            "mch_registrations",
            REGISTRATION,
            "441700001,G1,P1,陈小红,441702199001011233,13800138000,阳江市江城区东风路1号,"
                + "2026-01-05,2026-03-20,10");
    assertThat(v[8]).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(v[9]).isEqualTo(10);
    String problems =
        MchRows.rejected(
            "mch_registrations",
            REGISTRATION,
            "441700001,G2,P2,陈小红,441702199001011233,13800138000,阳江市江城区东风路1号,"
                + "2026-01-05,2026-03-20,16");
    assertThat(problems)
        .startsWith("registration_week 16 INCONSISTENT 按末次月经 2026-01-05 推算建册时孕 10 周，相差超过 1 周")
        .contains("陈**", "441702********1233", "138****8000")
        .doesNotContain("小红", "199001011", "东风路");
  }

  @Test
  void aRegistrationBeforeTheLastPeriodAndABadIdNumberAreRejected() {
    assertThat(
            MchRows.rejected(
                "mch_registrations",
                REGISTRATION,
                "441700001,G3,P3,李四,441702199001011234,,,2026-03-01,2026-02-01,12"))
        .contains("registered_on 2026-02-01 INCONSISTENT 建册日期早于末次月经 2026-03-01")
        .contains("id_number 441702********1234 BAD_FORMAT 校验位应为 3");
  }

  @Test
  void aBirthOutsideTwentyToFortyFiveWeeksIsRejected() {
    Object[] v =
        MchRows.map(
            "mch_births",
            BIRTH,
            "441700001,B1,G1,2026-09-30,39,HOSPITAL,CAESAREAN,LIVE,F,3250,R440123456");
    assertThat(v[3]).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(v[6]).isEqualTo("CAESAREAN");
    assertThat(v[9]).isEqualTo(3250);
    assertThat(
            MchRows.rejected(
                "mch_births",
                BIRTH,
                "441700001,B2,G1,2026-09-30,18,HOSPITAL,VAGINAL,STILLBIRTH,M,400,"))
        .startsWith("gestational_week 18 BAD_NUMBER");
  }

  @Test
  void aLiveBirthNeedsItsWeightAndAStillbirthHasNoCertificate() {
    assertThat(
            MchRows.rejected(
                "mch_births",
                BIRTH,
                "441700001,B3,G1,2026-09-30,39,HOSPITAL,VAGINAL,LIVE,M,,R440123457"))
        .startsWith("birth_weight null MISSING_VALUE 活产（LIVE）应填写出生体重（克）");
    assertThat(
            MchRows.rejected(
                "mch_births",
                BIRTH,
                "441700001,B4,G1,2026-09-30,30,HOSPITAL,VAGINAL,STILLBIRTH,M,1400,R440123458"))
        .startsWith("birth_certificate R44***3458 INCONSISTENT 死胎死产（STILLBIRTH）不签发出生医学证明");
    assertThat(
            MchRows.rejected(
                "mch_births",
                BIRTH,
                "441700001,B5,G1,2026-09-30,39,CLINIC,VAGINAL,LIVE,M,3100,44012345"))
        .contains("place CLINIC BAD_CODE")
        .contains("birth_certificate *******5 BAD_FORMAT 应为 1 位大写字母加 9 位数字");
  }

  @Test
  void aHighRiskColourNeedsItsFactors() {
    String header =
        "org_code,assessment_id,pregnancy_id,assessed_on,gestational_week,risk_colour,"
            + "risk_factors,managed";
    Object[] v =
        MchRows.map("mch_risk_assessments", header, "441700001,R1,G1,2026-03-20,10,ORANGE,瘢痕子宫,Y");
    assertThat(v[5]).isEqualTo("ORANGE");
    assertThat(v[7]).isEqualTo("Y");
    assertThat(
            MchRows.rejected(
                "mch_risk_assessments", header, "441700001,R2,G1,2026-03-20,10,RED,,Y"))
        .startsWith("risk_factors null MISSING_VALUE 风险分级为红色（高风险）时应填写高危因素");
    assertThat(
            MchRows.rejected(
                "mch_risk_assessments", header, "441700001,R3,G1,2026-03-20,10,GREEN,,"))
        .startsWith("managed null MISSING_VALUE");
  }

  @Test
  void visitsAndTestsCheckTheirCodesAndRanges() {
    assertThat(
            MchRows.rejected(
                "mch_postpartum_visits",
                "org_code,visit_id,pregnancy_id,kind,visited_on,days_after",
                "441700001,V1,G1,CHECK42,2026-11-11,120"))
        .startsWith("days_after 120 BAD_NUMBER");
    assertThat(
            MchRows.rejected(
                "mch_infection_tests",
                "org_code,test_id,pregnancy_id,tested_on,infection,stage,result",
                "441700001,T1,G1,2026-03-20,HCV,PREGNANCY,NEGATIVE"))
        .startsWith("infection HCV BAD_CODE");
    assertThat(
            MchRows.rejected(
                "mch_antenatal_visits",
                "org_code,visit_id,pregnancy_id,visited_on,gestational_week",
                "441700001,A1,,2026-03-20,10"))
        .startsWith("pregnancy_id null MISSING_VALUE");
  }

  private static final String PRENATAL =
      "org_code,screening_id,pregnancy_id,kind,method,performed_on,gestational_week,result";

  @Test
  void aPrenatalScreeningOrDiagnosisMapsAndItsMethodAndResultFitItsKind() {
    Object[] v =
        MchRows.map(
            "mch_prenatal_screenings",
            PRENATAL,
            "441700001,S1,G1,SCREENING,SERUM,2026-03-20,16,HIGH");
    assertThat(v)
        .containsExactly(
            "441700001", "S1", "G1", "SCREENING", "SERUM", LocalDate.of(2026, 3, 20), 16, "HIGH");
    Object[] d =
        MchRows.map(
            "mch_prenatal_screenings",
            "筛查诊断编号,孕产妇编号,机构代码,类别,方法,检查日期,结果",
            "D1,G1,441700001,DIAGNOSIS,AMNIOCENTESIS,2026-04-10,ABNORMAL");
    assertThat(d[6]).as("the gestational week is optional").isNull();
    assertThat(d[7]).isEqualTo("ABNORMAL");
    assertThat(
            MchRows.rejected(
                "mch_prenatal_screenings",
                PRENATAL,
                "441700001,S2,G1,SCREENING,AMNIOCENTESIS,2026-03-20,16,LOW"))
        .isEqualTo(
            "method AMNIOCENTESIS INCONSISTENT 方法 羊膜腔穿刺 不用于产前筛查（SCREENING） | "
                + "441700001,S2,G1,SCREENING,AMNIOCENTESIS,2026-03-20,16,LOW");
    assertThat(
            MchRows.rejected(
                "mch_prenatal_screenings",
                PRENATAL,
                "441700001,D2,G1,DIAGNOSIS,CVS,2026-03-20,12,HIGH"))
        .startsWith("result HIGH INCONSISTENT 产前诊断（DIAGNOSIS）的结果应为 NORMAL（未见异常）、ABNORMAL（异常（确诊））");
    assertThat(
            MchRows.rejected(
                "mch_prenatal_screenings",
                PRENATAL,
                "441700001,S3,G1,SCREENING,MRI,2026-03-20,16,LOW"))
        .startsWith("method MRI BAD_CODE");
    assertThat(
            MchRows.rejected(
                "mch_prenatal_screenings",
                PRENATAL,
                "441700001,S4,G1,DIAGNOSIS,ULTRASOUND,2026-03-20,60,NORMAL"))
        .as("ultrasound is a screening and a diagnosis; the week is bounded")
        .startsWith("gestational_week 60 BAD_NUMBER");
  }

  @Test
  void anAntenatalVisitMayCarryItsHaemoglobinAndOldFilesStillLoad() {
    String header = "org_code,visit_id,pregnancy_id,visited_on,gestational_week,hb_g_l";
    assertThat(MchRows.map("mch_antenatal_visits", header, "441700001,A1,G1,2026-03-20,10,96")[5])
        .isEqualTo(96);
    assertThat(MchRows.map("mch_antenatal_visits", header, "441700001,A2,G1,2026-03-20,10,")[5])
        .isNull();
    assertThat(
            MchRows.map(
                "mch_antenatal_visits",
                "org_code,visit_id,pregnancy_id,visited_on,gestational_week",
                "441700001,A3,G1,2026-03-20,10")[5])
        .as("a file exported before the column existed")
        .isNull();
    assertThat(
            MchRows.map(
                "mch_antenatal_visits",
                "机构代码,检查编号,孕产妇编号,检查日期,孕周,血红蛋白",
                "441700001,A4,G1,2026-03-20,10,118")[5])
        .isEqualTo(118);
    assertThat(
            MchRows.rejected("mch_antenatal_visits", header, "441700001,A5,G1,2026-03-20,10,960"))
        .startsWith("hb_g_l 960 BAD_NUMBER")
        .endsWith("| 441700001,A5,G1,2026-03-20,10,960");
  }

  @Test
  void aMaternalDeathIsWithinFortyTwoDaysAndMasked() {
    String header =
        "org_code,death_id,pregnancy_id,person_id,name,id_number,died_on,stage,"
            + "days_after_delivery,cause";
    assertThat(
            MchRows.rejected(
                "mch_maternal_deaths",
                header,
                "441700001,D1,G1,P1,陈小红,441702199001011233,2026-10-20,POSTPARTUM,,产后出血"))
        .startsWith("days_after_delivery null MISSING_VALUE 产褥期（POSTPARTUM）死亡应填写产后天数")
        .contains("陈**")
        .doesNotContain("小红");
    assertThat(
            MchRows.rejected(
                "mch_maternal_deaths",
                header,
                "441700001,D2,G1,P1,陈小红,,2026-10-20,POSTPARTUM,60,产后出血"))
        .startsWith("days_after_delivery 60 BAD_NUMBER");
    assertThat(
            MchRows.rejected(
                "mch_maternal_deaths",
                header,
                "441700001,D3,G1,P1,陈小红,,2026-10-20,PREGNANCY,3,羊水栓塞"))
        .startsWith("days_after_delivery 3 INCONSISTENT 妊娠期（PREGNANCY）死亡没有产后天数");
  }
}
