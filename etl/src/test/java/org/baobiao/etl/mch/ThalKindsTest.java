package org.baobiao.etl.mch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.junit.jupiter.api.Test;

/** The thalassemia files of the mch domain: their columns, their row rules and their masking. */
class ThalKindsTest {

  private static final String SCREENING =
      "org_code,screening_id,person_id,name,id_number,sex,phone,address,screened_on,mcv,mch,hba2,result";

  @Test
  void theMchDomainLoadsItsThalassemiaFilesInOrder() {
    assertThat(Domains.kinds("mch"))
        .extracting(FileKind::name)
        .containsExactly(
            "thal_screenings",
            "thal_gene_tests",
            "thal_couples",
            "thal_pregnancies",
            "thal_prenatal_diagnoses",
            "mch_registrations",
            "mch_antenatal_visits",
            "mch_births",
            "mch_postpartum_visits",
            "mch_risk_assessments",
            "mch_infection_tests",
            "mch_prenatal_screenings",
            "mch_maternal_deaths",
            "mch_children",
            "mch_newborn_visits",
            "mch_child_checks",
            "mch_newborn_screenings",
            "mch_hearing_screenings",
            "mch_child_deaths",
            "mch_defect_cards",
            "mch_premarital_checks",
            "mch_preconception_checks");
    assertThat(Domains.kindOf("mch", "thal_couples_441700001.csv")).isPresent();
  }

  @Test
  void aScreeningMapsToItsTypedColumns() {
    Object[] v =
        MchRows.map(
            "thal_screenings",
            SCREENING,
            "441700001,S1,P1,陈小红,441702199001011233,F,13800138000,广东省阳江市江城区东风路1号,"
                + "2026-09-30,76.5,24.1,2.3,POSITIVE");
    assertThat(v[8]).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(v[9]).isEqualTo(new BigDecimal("76.5"));
    assertThat(v[12]).isEqualTo("POSITIVE");
  }

  @Test
  void aNegativeResultWithALowMcvIsInconsistentAndTheRejectIsMasked() {
    String problems =
        MchRows.rejected(
            "thal_screenings",
            SCREENING,
            "441700001,S2,P2,陈小红,441702199001011233,F,13800138000,广东省阳江市江城区东风路1号,"
                + "2026-09-30,76.5,28.1,3.0,NEGATIVE");
    assertThat(problems)
        .startsWith("result NEGATIVE INCONSISTENT MCV 76.5 fL 低于 82，初筛结果应为阳性（POSITIVE）")
        .contains("陈**", "441702********1233", "138****8000", "广东省阳江市*")
        .doesNotContain("小红", "199001011", "0013", "江城区");
  }

  @Test
  void valuesOutOfRangeAndABadIdNumberAreRejectedWithTheirReasons() {
    assertThat(
            MchRows.rejected(
                "thal_screenings",
                SCREENING,
                "441700001,S3,P3,李四,441702199001011234,M,,,2026-10-01,160.0,27.5,,POSITIVE"))
        .contains("mcv 160.0 BAD_NUMBER 应在 40–130 fL 之间")
        .contains("id_number 441702********1234 BAD_FORMAT 校验位应为 3");
  }

  @Test
  void aGeneTestWithACarrierResultNeedsItsGenotype() {
    String header =
        "org_code,test_id,person_id,tested_on,alpha_genotype,alpha_result,beta_genotype,beta_result";
    Object[] v =
        MchRows.map(
            "thal_gene_tests", header, "441700001,G1,P1,2026-10-08,--SEA/αα,TRAIT,βN/βN,NORMAL");
    assertThat(v[5]).isEqualTo("TRAIT");
    assertThat(
            MchRows.rejected("thal_gene_tests", header, "441700001,G2,P1,2026-10-08,,TRAIT,,TRAIT"))
        .contains("alpha_genotype null MISSING_VALUE 检出α地贫基因（TRAIT）时应填写α基因型")
        .contains("beta_genotype null MISSING_VALUE");
  }

  @Test
  void aCoupleNeedsTwoDifferentPartners() {
    String header =
        "org_code,couple_id,female_id,male_id,female_name,male_name,phone,registered_on,followed_up_on,follow_up_by";
    assertThat(
            MchRows.rejected(
                "thal_couples", header, "441700001,C1,P1,P1,陈小红,王大明,13800138000,2026-10-01,,"))
        .startsWith("male_id P1 INCONSISTENT 男方与女方为同一个人编号")
        .contains("陈**", "王**")
        .doesNotContain("小红", "大明");
    assertThat(MchRows.rejected("thal_couples", header, "441700001,C2,P1,,陈小红,,,2026-10-01,,"))
        .startsWith("male_id null MISSING_VALUE");
    assertThat(
            MchRows.rejected(
                "thal_couples", header, "441700001,C3,P1,P2,,,,2026-10-01,2026-09-01,林医生"))
        .startsWith("followed_up_on 2026-09-01 INCONSISTENT 随访日期早于建档日期 2026-10-01");
  }

  @Test
  void anOutcomeNeedsItsDateAndOnlyABirthHasAChildResult() {
    String header =
        "org_code,pregnancy_id,couple_id,found_on,last_period,outcome,outcome_on,outcome_week,child_result";
    Object[] v =
        MchRows.map(
            "thal_pregnancies",
            header,
            "441700001,Y1,C1,2026-03-01,2026-01-10,BIRTH,2026-10-15,39,CARRIER");
    assertThat(v[5]).isEqualTo("BIRTH");
    assertThat(v[7]).isEqualTo(39);
    assertThat(
            MchRows.rejected(
                "thal_pregnancies",
                header,
                "441700001,Y2,C1,2026-03-01,2026-01-10,TERMINATION,2026-05-02,16,SEVERE"))
        .startsWith("child_result SEVERE INCONSISTENT 只有分娩（BIRTH）的妊娠才有新生儿地贫结局");
    assertThat(
            MchRows.rejected(
                "thal_pregnancies", header, "441700001,Y3,C1,2026-03-01,2026-01-10,LOST,,,"))
        .startsWith("outcome_on null MISSING_VALUE");
  }

  @Test
  void aPrenatalDiagnosisIsReportedAfterItsSample() {
    String header =
        "org_code,diagnosis_id,pregnancy_id,sampled_on,gestational_week,sampling,fetal_genotype,fetal_result,reported_on";
    Object[] v =
        MchRows.map(
            "thal_prenatal_diagnoses",
            header,
            "441700001,D1,Y1,2026-04-20,18,AMNIO,--SEA/--SEA,SEVERE,2026-04-27");
    assertThat(v[7]).isEqualTo("SEVERE");
    assertThat(
            MchRows.rejected(
                "thal_prenatal_diagnoses",
                header,
                "441700001,D2,Y1,2026-04-20,6,AMNIO,,SEVERE,2026-04-01"))
        .contains("gestational_week 6 BAD_NUMBER")
        .contains("reported_on 2026-04-01 INCONSISTENT 报告日期早于取材日期 2026-04-20");
  }
}
