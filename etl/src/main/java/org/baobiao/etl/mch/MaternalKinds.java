package org.baobiao.etl.mch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.etl.load.CodeLists;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.spec.personal.PersonalData;

/**
 * The maternal health (孕产妇保健) file kinds of the {@code mch} domain (docs/formats.md), in load
 * order: registrations (建册), antenatal visits (with the haemoglobin measured, when it was), births,
 * postpartum visits, risk assessments, HIV/syphilis/HBV tests, prenatal screenings and diagnoses
 * and maternal deaths. Every record but a registration and a death names its pregnancy by the MCH
 * system's {@code pregnancy_id}; names, ID numbers, phones and addresses are personal and masked in
 * every reject.
 */
public final class MaternalKinds {
  private MaternalKinds() {}

  /** 出生医学证明编号: one capital letter and nine digits (e.g. R440123456). */
  static final Pattern BIRTH_CERTIFICATE = Pattern.compile("[A-Z][0-9]{9}");

  /** 孕产妇建册 (mch_registrations*.csv): a pregnancy registered, with the week it was. */
  static final List<Field> REGISTRATIONS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.of("person_id", "个人编号", Field.Type.ID).mandatory(),
          Field.text("name", "姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.text("phone", "联系电话"),
          Field.text("address", "现住址"),
          Field.of("last_period", "末次月经", Field.Type.DATE),
          Field.of("registered_on", "建册日期", Field.Type.DATE).mandatory(),
          Field.integer("registration_week", "建册孕周", 1, 42).mandatory());

  /** 产前检查 (mch_antenatal_visits*.csv): one antenatal check of a pregnancy. */
  static final List<Field> ANTENATAL_VISITS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("visit_id", "检查编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.of("visited_on", "检查日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "孕周", 1, 45).mandatory(),
          Field.integer("hb_g_l", "血红蛋白", 20, 250));

  /**
   * 产前筛查与产前诊断 (mch_prenatal_screenings*.csv): one prenatal screening or diagnosis of a pregnancy,
   * with its method and result.
   */
  static final List<Field> PRENATAL_SCREENINGS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("screening_id", "筛查诊断编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.code("kind", "类别", MaternalCodes.PRENATAL_KINDS).mandatory(),
          Field.code("method", "方法", MaternalCodes.PRENATAL_METHODS).mandatory(),
          Field.of("performed_on", "检查日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "孕周", 1, 45),
          Field.code("result", "结果", MaternalCodes.PRENATAL_RESULTS).mandatory());

  /**
   * 分娩及出生 (mch_births*.csv): one baby of a delivery; the delivery's date, place and mode are
   * repeated on each baby of a multiple birth.
   */
  static final List<Field> BIRTHS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.of("delivered_on", "分娩日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "分娩孕周", 20, 45).mandatory(),
          Field.code("place", "分娩地点", MaternalCodes.PLACES).mandatory(),
          Field.code("mode", "分娩方式", MaternalCodes.MODES).mandatory(),
          Field.code("outcome", "妊娠结局", MaternalCodes.BIRTH_OUTCOMES).mandatory(),
          Field.code("baby_sex", "新生儿性别", MaternalCodes.BABY_SEX),
          Field.integer("birth_weight", "出生体重", 300, 6500),
          Field.text("birth_certificate", "出生医学证明编号"));

  /** 产后访视 (mch_postpartum_visits*.csv): a postpartum visit or the 42-day check. */
  static final List<Field> POSTPARTUM_VISITS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("visit_id", "访视编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.code("kind", "访视类别", MaternalCodes.POSTPARTUM_KINDS).mandatory(),
          Field.of("visited_on", "访视日期", Field.Type.DATE).mandatory(),
          Field.integer("days_after", "产后天数", 0, 90).mandatory());

  /** 妊娠风险评估 (mch_risk_assessments*.csv): a five-colour risk assessment of a pregnancy. */
  static final List<Field> RISK_ASSESSMENTS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("assessment_id", "评估编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.of("assessed_on", "评估日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "孕周", 1, 45),
          Field.code("risk_colour", "风险分级", MaternalCodes.RISK_COLOURS).mandatory(),
          Field.text("risk_factors", "高危因素"),
          Field.of("managed", "纳入高危专案管理", Field.Type.FLAG).mandatory());

  /** 孕产妇艾滋病、梅毒和乙肝检测 (mch_infection_tests*.csv): one test of a pregnant woman. */
  static final List<Field> INFECTION_TESTS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("test_id", "检测编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID).mandatory(),
          Field.of("tested_on", "检测日期", Field.Type.DATE).mandatory(),
          Field.code("infection", "检测项目", MaternalCodes.INFECTIONS).mandatory(),
          Field.code("stage", "检测时期", MaternalCodes.TEST_STAGES).mandatory(),
          Field.code("result", "检测结果", MaternalCodes.TEST_RESULTS).mandatory());

  /** 孕产妇死亡 (mch_maternal_deaths*.csv): a death in pregnancy or within 42 days after it. */
  static final List<Field> MATERNAL_DEATHS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("death_id", "死亡编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID),
          Field.of("person_id", "个人编号", Field.Type.ID).mandatory(),
          Field.text("name", "姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.of("died_on", "死亡日期", Field.Type.DATE).mandatory(),
          Field.code("stage", "死亡时期", MaternalCodes.DEATH_STAGES).mandatory(),
          Field.integer("days_after_delivery", "产后天数", 0, 42),
          Field.text("cause", "根本死因").mandatory());

  private static final Map<String, PersonalData> PERSONAL_CLASS =
      Map.of(
          "name", PersonalData.NAME,
          "id_number", PersonalData.ID_NUMBER,
          "phone", PersonalData.PHONE,
          "address", PersonalData.ADDRESS,
          // the number of a child's birth certificate identifies the child (PIPL art. 4)
          "birth_certificate", PersonalData.OTHER_ID);

  /** The personal columns of the maternal files are masked in rejects, as everywhere. */
  static final PersonalFields PERSONAL = PersonalFields.byClass(PERSONAL_CLASS);

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new Kind("mch_registrations", REGISTRATIONS, "pregnancy_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            dateNotBefore(f, row, "registered_on", "last_period", "建册日期早于末次月经");
            if (row[indexOf("last_period")] instanceof LocalDate lmp
                && row[indexOf("registered_on")] instanceof LocalDate on
                && row[indexOf("registration_week")] instanceof Integer week
                && !on.isBefore(lmp)) {
              long weeks = ChronoUnit.DAYS.between(lmp, on) / 7;
              if (Math.abs(weeks - week) > 1) {
                f.reject(
                    "registration_week",
                    f.raw("registration_week"),
                    ReasonCode.INCONSISTENT,
                    "按末次月经 " + f.raw("last_period") + " 推算建册时孕 " + weeks + " 周，相差超过 1 周");
              }
            }
          }
        },
        new Kind("mch_antenatal_visits", ANTENATAL_VISITS, "visit_id"),
        new Kind("mch_births", BIRTHS, "birth_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            Object outcome = row[indexOf("outcome")];
            Object certificate = row[indexOf("birth_certificate")];
            if ("LIVE".equals(outcome) && row[indexOf("birth_weight")] == null && f.ok()) {
              f.reject("birth_weight", null, ReasonCode.MISSING_VALUE, "活产（LIVE）应填写出生体重（克）");
            }
            if (certificate instanceof String c && !BIRTH_CERTIFICATE.matcher(c).matches()) {
              f.reject(
                  "birth_certificate", c, ReasonCode.BAD_FORMAT, "应为 1 位大写字母加 9 位数字，如 R440123456");
            }
            if ("STILLBIRTH".equals(outcome) && certificate != null) {
              f.reject(
                  "birth_certificate",
                  f.raw("birth_certificate"),
                  ReasonCode.INCONSISTENT,
                  "死胎死产（STILLBIRTH）不签发出生医学证明");
            }
          }
        },
        new Kind("mch_postpartum_visits", POSTPARTUM_VISITS, "visit_id"),
        new Kind("mch_risk_assessments", RISK_ASSESSMENTS, "assessment_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            Object colour = row[indexOf("risk_colour")];
            if (colour != null && !"GREEN".equals(colour) && row[indexOf("risk_factors")] == null) {
              f.reject(
                  "risk_factors",
                  null,
                  ReasonCode.MISSING_VALUE,
                  "风险分级为" + MaternalCodes.RISK_COLOURS.get(colour) + "时应填写高危因素");
            }
          }
        },
        new Kind("mch_infection_tests", INFECTION_TESTS, "test_id"),
        new Kind("mch_prenatal_screenings", PRENATAL_SCREENINGS, "screening_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            boolean screening = "SCREENING".equals(row[indexOf("kind")]);
            String kind = screening ? "产前筛查（SCREENING）" : "产前诊断（DIAGNOSIS）";
            if (row[indexOf("kind")] != null
                && row[indexOf("method")] instanceof String method
                && !(screening ? MaternalCodes.SCREENING_METHODS : MaternalCodes.DIAGNOSIS_METHODS)
                    .contains(method)) {
              f.reject(
                  "method",
                  method,
                  ReasonCode.INCONSISTENT,
                  "方法 " + MaternalCodes.PRENATAL_METHODS.get(method) + " 不用于" + kind);
            }
            if (row[indexOf("kind")] != null
                && row[indexOf("result")] instanceof String result
                && !(screening ? MaternalCodes.SCREENING_RESULTS : MaternalCodes.DIAGNOSIS_RESULTS)
                    .containsKey(result)) {
              f.reject(
                  "result",
                  result,
                  ReasonCode.INCONSISTENT,
                  kind
                      + "的结果应为 "
                      + CodeLists.describe(
                          screening
                              ? MaternalCodes.SCREENING_RESULTS
                              : MaternalCodes.DIAGNOSIS_RESULTS));
            }
          }
        },
        new Kind("mch_maternal_deaths", MATERNAL_DEATHS, "death_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            Object stage = row[indexOf("stage")];
            Object days = row[indexOf("days_after_delivery")];
            if ("POSTPARTUM".equals(stage) && days == null && f.ok()) {
              f.reject(
                  "days_after_delivery",
                  null,
                  ReasonCode.MISSING_VALUE,
                  "产褥期（POSTPARTUM）死亡应填写产后天数");
            }
            if ("PREGNANCY".equals(stage) && days != null) {
              f.reject(
                  "days_after_delivery",
                  f.raw("days_after_delivery"),
                  ReasonCode.INCONSISTENT,
                  "妊娠期（PREGNANCY）死亡没有产后天数");
            }
          }
        });
  }

  /** A maternal kind: its personal columns masked (see {@link MchKind} for the shared rules). */
  private static class Kind extends MchKind {
    Kind(String name, List<Field> fields, String id) {
      super(name, fields, id, PERSONAL);
    }
  }
}
