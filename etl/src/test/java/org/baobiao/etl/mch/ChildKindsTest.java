package org.baobiao.etl.mch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The child health files of the mch domain: their columns, row rules and masking. */
class ChildKindsTest {

  private static final String CHILD =
      "org_code,child_id,birth_id,name,sex,birth_date,id_number,guardian_name,phone,address,"
          + "registered_on";
  private static final String CHECK =
      "org_code,check_id,child_id,birth_date,checked_on,age_months,height_cm,weight_kg,feeding";
  private static final String DEATH =
      "org_code,death_id,child_id,birth_id,name,id_number,sex,birth_date,died_on,age_days,cause";

  @Test
  void aChildMapsAndItsPersonalFieldsAreMaskedInRejects() {
    Object[] v =
        MchRows.map(
            "mch_children",
            CHILD,
            "441700001,C1,B1,陈小明,M,2026-01-15,,陈大文,13800138000,阳江市江城区东风路1号,2026-01-20");
    assertThat(v[5]).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(v[4]).isEqualTo("M");
    String problems =
        MchRows.rejected(
            "mch_children",
            CHILD,
            "441700001,C2,B2,陈小明,M,2026-01-15,441702199001011234,陈大文,13800138000,"
                + "阳江市江城区东风路1号,2026-01-10");
    assertThat(problems)
        .contains("registered_on 2026-01-10 INCONSISTENT 建档日期早于出生日期 2026-01-15")
        .contains("id_number 441702********1234 BAD_FORMAT")
        .contains("陈**", "138****8000")
        .doesNotContain("小明", "大文", "东风路", "199001011");
  }

  @Test
  void aCheckUpsAgeMustAgreeWithItsDates() {
    Object[] v =
        MchRows.map(
            "mch_child_checks", CHECK, "441700001,K1,C1,2025-10-01,2026-04-02,6,67.5,7.8,PARTIAL");
    assertThat(v[5]).isEqualTo(6);
    assertThat(v[6]).isEqualTo(new BigDecimal("67.5"));
    assertThat(v[8]).isEqualTo("PARTIAL");
    assertThat(
            MchRows.rejected(
                "mch_child_checks", CHECK, "441700001,K2,C1,2025-10-01,2026-04-02,12,,,"))
        .startsWith("age_months 12 INCONSISTENT 按出生日期 2025-10-01 推算检查时 6 月龄，相差超过 1 个月");
    assertThat(
            MchRows.rejected(
                "mch_child_checks", CHECK, "441700001,K3,C1,2025-10-01,2025-09-02,0,,,"))
        .startsWith("checked_on 2025-09-02 INCONSISTENT 检查日期早于出生日期 2025-10-01");
    assertThat(
            MchRows.rejected(
                "mch_child_checks", CHECK, "441700001,K4,C1,2018-10-01,2026-04-02,90,,,"))
        .startsWith("age_months 90 BAD_NUMBER");
    assertThat(
            MchRows.rejected(
                "mch_child_checks", CHECK, "441700001,K5,C1,2025-10-01,2026-04-02,6,67.5,78,MILK"))
        .contains("feeding MILK BAD_CODE")
        .contains("weight_kg 78.0 BAD_NUMBER 应在 1–50 千克 之间");
  }

  @Test
  void newbornVisitsAndScreeningsCheckTheirCodesAndRanges() {
    assertThat(
            MchRows.rejected(
                "mch_newborn_visits",
                "org_code,visit_id,birth_id,visited_on,days_after_birth",
                "441700001,NV1,B1,2026-03-20,75"))
        .startsWith("days_after_birth 75 BAD_NUMBER");
    assertThat(
            MchRows.rejected(
                "mch_newborn_screenings",
                "org_code,screening_id,birth_id,disease,sampled_on,result",
                "441700001,S1,B1,MSUD,2026-03-20,NEGATIVE"))
        .startsWith("disease MSUD BAD_CODE");
    assertThat(
            MchRows.rejected(
                "mch_hearing_screenings",
                "org_code,screening_id,birth_id,stage,screened_on,result",
                "441700001,H1,,INITIAL,2026-03-20,PASS"))
        .startsWith("birth_id null MISSING_VALUE");
    Object[] v =
        MchRows.map(
            "mch_hearing_screenings",
            "org_code,screening_id,birth_id,stage,screened_on,result",
            "441700001,H2,B1,RESCREEN,2026-04-20,REFER");
    assertThat(v[3]).isEqualTo("RESCREEN");
    assertThat(v[5]).isEqualTo("REFER");
  }

  @Test
  void aChildDeathIsBeforeTheFifthBirthdayWithItsAgeInDays() {
    Object[] v =
        MchRows.map(
            "mch_child_deaths", DEATH, "441700001,CD1,C1,B1,陈小明,,M,2026-01-15,2026-02-01,17,新生儿肺炎");
    assertThat(v[9]).isEqualTo(17);
    assertThat(
            MchRows.rejected(
                "mch_child_deaths",
                DEATH,
                "441700001,CD2,C1,B1,陈小明,,M,2026-01-15,2026-02-01,20,肺炎"))
        .startsWith("age_days 20 INCONSISTENT 按出生日期 2026-01-15 与死亡日期推算日龄为 17 天")
        .contains("陈**")
        .doesNotContain("小明");
    assertThat(
            MchRows.rejected(
                "mch_child_deaths",
                DEATH,
                "441700001,CD3,C1,,陈小明,,M,2020-01-15,2025-01-15,1827,溺水"))
        .contains("age_days 1827 BAD_NUMBER")
        .contains("died_on 2025-01-15 INCONSISTENT 死亡时已满 5 周岁");
    assertThat(
            MchRows.rejected(
                "mch_child_deaths", DEATH, "441700001,CD4,C1,,陈小明,,M,2026-01-15,2026-01-10,0,窒息"))
        .startsWith("died_on 2026-01-10 INCONSISTENT 死亡日期早于出生日期 2026-01-15");
  }
}
