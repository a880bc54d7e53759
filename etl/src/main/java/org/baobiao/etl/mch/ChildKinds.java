package org.baobiao.etl.mch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.spec.personal.PersonalData;

/**
 * The child health (儿童保健) file kinds of the {@code mch} domain (docs/formats.md), in load order:
 * the children under management (儿童保健档案), newborn visits, check-ups, newborn disease and hearing
 * screenings, and deaths of children under 5. A newborn's records name its birth by the {@code
 * birth_id} of {@code mch_births} (the maternal files), a check-up its child by {@code child_id};
 * names, ID numbers, phones and addresses are personal and masked in every reject.
 */
public final class ChildKinds {
  private ChildKinds() {}

  /** 儿童保健档案 (mch_children*.csv): a child under 7 registered for health management. */
  static final List<Field> CHILDREN =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("child_id", "儿童编号", Field.Type.ID).mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID),
          Field.text("name", "儿童姓名").mandatory(),
          Field.code("sex", "性别", ChildCodes.SEX).mandatory(),
          Field.of("birth_date", "出生日期", Field.Type.DATE).mandatory(),
          Field.text("id_number", "身份证号"),
          Field.text("guardian_name", "监护人姓名"),
          Field.text("phone", "联系电话"),
          Field.text("address", "现住址"),
          Field.of("registered_on", "建档日期", Field.Type.DATE).mandatory());

  /** 新生儿访视 (mch_newborn_visits*.csv): a home visit of a newborn, by its birth. */
  static final List<Field> NEWBORN_VISITS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("visit_id", "访视编号", Field.Type.ID).mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID).mandatory(),
          Field.of("visited_on", "访视日期", Field.Type.DATE).mandatory(),
          Field.integer("days_after_birth", "出生后天数", 0, 60).mandatory());

  /** 儿童健康检查 (mch_child_checks*.csv): one check-up of a child under 7. */
  static final List<Field> CHILD_CHECKS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("check_id", "检查编号", Field.Type.ID).mandatory(),
          Field.of("child_id", "儿童编号", Field.Type.ID).mandatory(),
          Field.of("birth_date", "出生日期", Field.Type.DATE).mandatory(),
          Field.of("checked_on", "检查日期", Field.Type.DATE).mandatory(),
          Field.integer("age_months", "月龄", 0, 83).mandatory(),
          Field.of("height_cm", "身长（身高）", Field.Type.DECIMAL1),
          Field.of("weight_kg", "体重", Field.Type.DECIMAL1),
          Field.code("feeding", "喂养方式", ChildCodes.FEEDING));

  /** 新生儿疾病筛查 (mch_newborn_screenings*.csv): one disease screened on a newborn's blood spot. */
  static final List<Field> NEWBORN_SCREENINGS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("screening_id", "筛查编号", Field.Type.ID).mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID).mandatory(),
          Field.code("disease", "筛查病种", ChildCodes.DISEASES).mandatory(),
          Field.of("sampled_on", "采血日期", Field.Type.DATE).mandatory(),
          Field.code("result", "筛查结果", ChildCodes.SCREENING_RESULTS).mandatory());

  /** 新生儿听力筛查 (mch_hearing_screenings*.csv): an initial hearing screening or a re-screening. */
  static final List<Field> HEARING_SCREENINGS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("screening_id", "筛查编号", Field.Type.ID).mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID).mandatory(),
          Field.code("stage", "筛查阶段", ChildCodes.HEARING_STAGES).mandatory(),
          Field.of("screened_on", "筛查日期", Field.Type.DATE).mandatory(),
          Field.code("result", "筛查结果", ChildCodes.HEARING_RESULTS).mandatory());

  /** 5岁以下儿童死亡 (mch_child_deaths*.csv): a death of a live-born child before its fifth birthday. */
  static final List<Field> CHILD_DEATHS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("death_id", "死亡编号", Field.Type.ID).mandatory(),
          Field.of("child_id", "儿童编号", Field.Type.ID),
          Field.of("birth_id", "出生编号", Field.Type.ID),
          Field.text("name", "儿童姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.code("sex", "性别", ChildCodes.SEX),
          Field.of("birth_date", "出生日期", Field.Type.DATE).mandatory(),
          Field.of("died_on", "死亡日期", Field.Type.DATE).mandatory(),
          Field.integer("age_days", "死亡时日龄", 0, 1826).mandatory(),
          Field.text("cause", "根本死因").mandatory());

  private static final Map<String, PersonalData> PERSONAL_CLASS =
      Map.of(
          "name", PersonalData.NAME,
          "guardian_name", PersonalData.NAME,
          "id_number", PersonalData.ID_NUMBER,
          "phone", PersonalData.PHONE,
          "address", PersonalData.ADDRESS);

  /** The personal columns of the child files are masked in rejects, as everywhere. */
  static final PersonalFields PERSONAL = PersonalFields.byClass(PERSONAL_CLASS);

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new Kind("mch_children", CHILDREN, "child_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            dateNotBefore(f, row, "registered_on", "birth_date", "建档日期早于出生日期");
          }
        },
        new Kind("mch_newborn_visits", NEWBORN_VISITS, "visit_id"),
        new Kind("mch_child_checks", CHILD_CHECKS, "check_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            dateNotBefore(f, row, "checked_on", "birth_date", "检查日期早于出生日期");
            if (row[indexOf("birth_date")] instanceof LocalDate born
                && row[indexOf("checked_on")] instanceof LocalDate on
                && row[indexOf("age_months")] instanceof Integer months
                && !on.isBefore(born)) {
              long actual = ChronoUnit.MONTHS.between(born, on);
              if (Math.abs(actual - months) > 1) {
                f.reject(
                    "age_months",
                    f.raw("age_months"),
                    ReasonCode.INCONSISTENT,
                    "按出生日期 " + f.raw("birth_date") + " 推算检查时 " + actual + " 月龄，相差超过 1 个月");
              }
            }
            between(f, row, "height_cm", "40", "140", "厘米");
            between(f, row, "weight_kg", "1", "50", "千克");
          }
        },
        new Kind("mch_newborn_screenings", NEWBORN_SCREENINGS, "screening_id"),
        new Kind("mch_hearing_screenings", HEARING_SCREENINGS, "screening_id"),
        new Kind("mch_child_deaths", CHILD_DEATHS, "death_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            dateNotBefore(f, row, "died_on", "birth_date", "死亡日期早于出生日期");
            if (row[indexOf("birth_date")] instanceof LocalDate born
                && row[indexOf("died_on")] instanceof LocalDate died
                && !died.isBefore(born)) {
              if (!died.isBefore(born.plusYears(5))) {
                f.reject(
                    "died_on",
                    f.raw("died_on"),
                    ReasonCode.INCONSISTENT,
                    "死亡时已满 5 周岁（出生日期 " + f.raw("birth_date") + "），不属于5岁以下儿童死亡");
              } else if (row[indexOf("age_days")] instanceof Integer days
                  && days != ChronoUnit.DAYS.between(born, died)) {
                f.reject(
                    "age_days",
                    f.raw("age_days"),
                    ReasonCode.INCONSISTENT,
                    "按出生日期 "
                        + f.raw("birth_date")
                        + " 与死亡日期推算日龄为 "
                        + ChronoUnit.DAYS.between(born, died)
                        + " 天");
              }
            }
          }
        });
  }

  /**
   * A child health kind: its personal columns masked (see {@link MchKind} for the shared rules).
   */
  private static class Kind extends MchKind {
    Kind(String name, List<Field> fields, String id) {
      super(name, fields, id, PERSONAL);
    }
  }
}
