package org.baobiao.etl.mch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The birth-defect monitoring cards of the mch domain: columns, row rules and masking. */
class BirthDefectKindsTest {

  private static final String CARD =
      "org_code,card_id,birth_id,pregnancy_id,name,id_number,address,born_on,gestational_week,"
          + "outcome,baby_sex,birth_weight,defect_codes,defect_text,diagnosis_basis,diagnosed_on";

  private static Object[] map(String row) {
    return MchRows.map("mch_defect_cards", CARD, row);
  }

  private static String rejected(String row) {
    return MchRows.rejected("mch_defect_cards", CARD, row);
  }

  @Test
  void aCardWithTwoDefectsMapsWithItsListsNormalised() {
    Object[] v =
        map(
            "441700001,C1,B1,G1,陈小红,441702199001011233,阳江市江城区东风路1号,2026-09-30,39,LIVE,M,"
                + "3300, CHD ；POLYDACTYLY ,,ULTRASOUND;CLINICAL,2026-06-10");
    assertThat(v[7]).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(v[8]).isEqualTo(39);
    assertThat(v[12]).isEqualTo("CHD;POLYDACTYLY");
    assertThat(v[14]).isEqualTo("ULTRASOUND;CLINICAL");
  }

  @Test
  void anUnknownOrRepeatedDefectCodeIsRejectedAndTheMotherMasked() {
    assertThat(
            rejected(
                "441700001,C2,B2,G2,陈小红,441702199001011233,阳江市江城区东风路1号,2026-09-30,39,"
                    + "LIVE,F,3100,CHD;HEART,,CLINICAL,2026-10-01"))
        .startsWith("defect_codes HEART BAD_CODE 缺陷类别代码应为全国出生缺陷监测 23 类的代码或 OTHER")
        .contains("陈**", "441702********1233")
        .doesNotContain("小红", "东风路", "199001011");
    assertThat(
            rejected(
                "441700001,C3,B3,G3,李四,,,2026-09-30,39,LIVE,F,3100,CHD;CHD,,CLINICAL,2026-10-01"))
        .startsWith("defect_codes CHD;CHD INCONSISTENT 缺陷类别代码 CHD 重复填写");
    assertThat(
            rejected("441700001,C4,B4,G4,李四,,,2026-09-30,39,LIVE,F,3100,CHD;,,CLINICAL,2026-10-01"))
        .startsWith("defect_codes CHD; BAD_FORMAT");
    assertThat(rejected("441700001,C5,B5,G5,李四,,,2026-09-30,39,LIVE,F,3100,CHD,,XRAY,2026-10-01"))
        .startsWith("diagnosis_basis XRAY BAD_CODE 诊断依据代码应为CLINICAL（临床）");
  }

  @Test
  void anOtherDefectNeedsItsNameAndADiagnosisAfterDaySevenIsOutsideMonitoring() {
    assertThat(
            rejected(
                "441700001,C6,B6,G6,李四,,,2026-09-30,39,LIVE,F,3100,OTHER,,CLINICAL,2026-10-01"))
        .startsWith("defect_text null MISSING_VALUE 缺陷类别含“其他”（OTHER）时应填写缺陷诊断名称");
    assertThat(
            map(
                "441700001,C7,B7,G7,李四,,,2026-09-30,39,LIVE,F,3100,OTHER,先天性白内障,CLINICAL,2026-10-07"))
        .isNotNull();
    assertThat(
            rejected("441700001,C8,B8,G8,李四,,,2026-09-30,39,LIVE,F,3100,CHD,,CLINICAL,2026-10-08"))
        .startsWith("diagnosed_on 2026-10-08 INCONSISTENT 出生缺陷监测期至出生后第 7 天（2026-10-07）");
  }

  @Test
  void aTerminationFollowsItsDiagnosisAndAWeekOutsideTheRangeIsRejected() {
    assertThat(
            map(
                "441700001,C9,,G9,李四,,,2026-05-10,30,TERMINATION,,,ANENCEPHALY,,ULTRASOUND,2026-05-08"))
        .isNotNull();
    assertThat(
            rejected(
                "441700001,C10,,G10,李四,,,2026-05-10,30,TERMINATION,,,ANENCEPHALY,,AUTOPSY,2026-05-11"))
        .startsWith("diagnosed_on 2026-05-11 INCONSISTENT 治疗性引产（TERMINATION）应在产前诊断之后");
    assertThat(
            rejected(
                "441700001,C11,,G11,李四,,,2026-05-10,8,TERMINATION,,,ANENCEPHALY,,ULTRASOUND,2026-05-08"))
        .startsWith("gestational_week 8 BAD_NUMBER");
    assertThat(
            rejected(
                "441700001,C12,,G12,李四,,,2026-05-10,30,ABORTION,,,ANENCEPHALY,,ULTRASOUND,2026-05-08"))
        .startsWith("outcome ABORTION BAD_CODE");
  }
}
