package org.baobiao.etl.mch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.spec.personal.PersonalData;

/**
 * The thalassemia (地贫) file kinds of the {@code mch} domain (docs/formats.md), in load order:
 * screenings, gene tests, couples, the pregnancies of couples with their outcome, and prenatal
 * diagnoses. People are named by the MCH system's person id ({@code person_id}, {@code female_id},
 * {@code male_id}); names, ID numbers, phones and addresses are personal and masked in every
 * reject.
 */
public final class ThalKinds {
  private ThalKinds() {}

  /** Screen-positive thresholds (docs/formats.md): MCV &lt; 82 fL, MCH &lt; 27 pg. */
  static final BigDecimal MCV_LOW = new BigDecimal("82");

  static final BigDecimal MCH_LOW = new BigDecimal("27");

  /** HbA2 outside [2.5, 3.5] % is abnormal. */
  static final BigDecimal HBA2_LOW = new BigDecimal("2.5");

  static final BigDecimal HBA2_HIGH = new BigDecimal("3.5");

  /** 地贫筛查 (thal_screenings*.csv): one blood count and haemoglobin analysis of a person. */
  static final List<Field> SCREENINGS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("screening_id", "筛查编号", Field.Type.ID).mandatory(),
          Field.of("person_id", "个人编号", Field.Type.ID).mandatory(),
          Field.text("name", "姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.code("sex", "性别", ThalCodes.SEX).mandatory(),
          Field.text("phone", "联系电话"),
          Field.text("address", "现住址"),
          Field.of("screened_on", "筛查日期", Field.Type.DATE).mandatory(),
          Field.of("mcv", "红细胞平均体积MCV", Field.Type.DECIMAL1).mandatory(),
          Field.of("mch", "平均红细胞血红蛋白量MCH", Field.Type.DECIMAL1).mandatory(),
          Field.of("hba2", "HbA2", Field.Type.DECIMAL1),
          Field.code("result", "初筛结果", ThalCodes.SCREEN_RESULTS).mandatory());

  /** 地贫基因检测 (thal_gene_tests*.csv): α and β genotypes of a person. */
  static final List<Field> GENE_TESTS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("test_id", "检测编号", Field.Type.ID).mandatory(),
          Field.of("person_id", "个人编号", Field.Type.ID).mandatory(),
          Field.of("tested_on", "检测日期", Field.Type.DATE).mandatory(),
          Field.text("alpha_genotype", "α基因型"),
          Field.code("alpha_result", "α地贫结果", ThalCodes.ALPHA_RESULTS).mandatory(),
          Field.text("beta_genotype", "β基因型"),
          Field.code("beta_result", "β地贫结果", ThalCodes.BETA_RESULTS).mandatory());

  /** 地贫筛查夫妇 (thal_couples*.csv): the link between the two partners. */
  static final List<Field> COUPLES =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("couple_id", "夫妇编号", Field.Type.ID).mandatory(),
          Field.of("female_id", "女方个人编号", Field.Type.ID).mandatory(),
          Field.of("male_id", "男方个人编号", Field.Type.ID).mandatory(),
          Field.text("female_name", "女方姓名"),
          Field.text("male_name", "男方姓名"),
          Field.text("phone", "联系电话"),
          Field.of("registered_on", "建档日期", Field.Type.DATE).mandatory(),
          Field.of("followed_up_on", "随访日期", Field.Type.DATE),
          Field.text("follow_up_by", "随访人"));

  /** 高风险夫妇妊娠及结局 (thal_pregnancies*.csv): a pregnancy of a couple and how it ended. */
  static final List<Field> PREGNANCIES =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("pregnancy_id", "妊娠编号", Field.Type.ID).mandatory(),
          Field.of("couple_id", "夫妇编号", Field.Type.ID).mandatory(),
          Field.of("found_on", "孕情登记日期", Field.Type.DATE).mandatory(),
          Field.of("last_period", "末次月经", Field.Type.DATE),
          Field.code("outcome", "妊娠结局", ThalCodes.OUTCOMES),
          Field.of("outcome_on", "结局日期", Field.Type.DATE),
          Field.integer("outcome_week", "结局孕周", 4, 45),
          Field.code("child_result", "新生儿地贫结局", ThalCodes.CHILD_RESULTS));

  /** 地贫产前诊断 (thal_prenatal_diagnoses*.csv): the fetus of a pregnancy diagnosed. */
  static final List<Field> PRENATAL_DIAGNOSES =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("diagnosis_id", "产前诊断编号", Field.Type.ID).mandatory(),
          Field.of("pregnancy_id", "妊娠编号", Field.Type.ID).mandatory(),
          Field.of("sampled_on", "取材日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "取材孕周", 8, 40).mandatory(),
          Field.code("sampling", "取材方式", ThalCodes.SAMPLING).mandatory(),
          Field.text("fetal_genotype", "胎儿基因型"),
          Field.code("fetal_result", "胎儿诊断结果", ThalCodes.FETAL_RESULTS).mandatory(),
          Field.of("reported_on", "报告日期", Field.Type.DATE));

  /** The personal columns of the thalassemia files, with their class (masked as everywhere). */
  static final Map<String, PersonalData> PERSONAL_CLASS =
      Map.of(
          "name", PersonalData.NAME,
          "female_name", PersonalData.NAME,
          "male_name", PersonalData.NAME,
          "id_number", PersonalData.ID_NUMBER,
          "phone", PersonalData.PHONE,
          "address", PersonalData.ADDRESS);

  /**
   * Every thalassemia file is a person's record: its personal columns are masked in rejects, and so
   * is every field of a row that cannot be matched to its header.
   */
  static final PersonalFields PERSONAL = PersonalFields.byClass(PERSONAL_CLASS);

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new Kind("thal_screenings", SCREENINGS, "screening_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            between(f, row, "mcv", "40", "130", "fL");
            between(f, row, "mch", "10", "45", "pg");
            between(f, row, "hba2", "0", "20", "%");
            idNumber(f, row);
            if ("NEGATIVE".equals(row[indexOf("result")]) && f.ok()) {
              String abnormal = abnormal(row);
              if (abnormal != null) {
                f.reject(
                    "result",
                    "NEGATIVE",
                    ReasonCode.INCONSISTENT,
                    abnormal + "，初筛结果应为阳性（POSITIVE）");
              }
            }
          }

          private String abnormal(Object[] row) {
            if (row[indexOf("mcv")] instanceof BigDecimal mcv && mcv.compareTo(MCV_LOW) < 0) {
              return "MCV " + mcv.toPlainString() + " fL 低于 82";
            }
            if (row[indexOf("mch")] instanceof BigDecimal mch && mch.compareTo(MCH_LOW) < 0) {
              return "MCH " + mch.toPlainString() + " pg 低于 27";
            }
            if (row[indexOf("hba2")] instanceof BigDecimal a
                && (a.compareTo(HBA2_LOW) < 0 || a.compareTo(HBA2_HIGH) > 0)) {
              return "HbA2 " + a.toPlainString() + " % 不在 2.5–3.5 之间";
            }
            return null;
          }
        },
        new Kind("thal_gene_tests", GENE_TESTS, "test_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            genotypeGiven(f, row, "alpha_result", "alpha_genotype", "α");
            genotypeGiven(f, row, "beta_result", "beta_genotype", "β");
          }

          private void genotypeGiven(
              FieldReader f, Object[] row, String result, String genotype, String type) {
            Object r = row[indexOf(result)];
            if (r != null && !"NORMAL".equals(r) && row[indexOf(genotype)] == null) {
              f.reject(
                  genotype,
                  null,
                  ReasonCode.MISSING_VALUE,
                  "检出" + type + "地贫基因（" + r + "）时应填写" + type + "基因型");
            }
          }
        },
        new Kind("thal_couples", COUPLES, "couple_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            Object female = row[indexOf("female_id")];
            if (female != null && female.equals(row[indexOf("male_id")])) {
              f.reject("male_id", (String) female, ReasonCode.INCONSISTENT, "男方与女方为同一个人编号");
            }
            dateNotBefore(f, row, "followed_up_on", "registered_on", "随访日期早于建档日期");
          }
        },
        new Kind("thal_pregnancies", PREGNANCIES, "pregnancy_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            Object outcome = row[indexOf("outcome")];
            if (outcome != null && row[indexOf("outcome_on")] == null && f.ok()) {
              f.reject("outcome_on", null, ReasonCode.MISSING_VALUE, "已填写妊娠结局时应填写结局日期");
            }
            if (outcome == null && row[indexOf("outcome_on")] != null && f.ok()) {
              f.reject("outcome", null, ReasonCode.MISSING_VALUE, "已填写结局日期时应填写妊娠结局");
            }
            if (row[indexOf("child_result")] != null && !"BIRTH".equals(outcome)) {
              f.reject(
                  "child_result",
                  f.raw("child_result"),
                  ReasonCode.INCONSISTENT,
                  "只有分娩（BIRTH）的妊娠才有新生儿地贫结局");
            }
            dateNotBefore(f, row, "found_on", "last_period", "孕情登记日期早于末次月经");
            dateNotBefore(f, row, "outcome_on", "last_period", "结局日期早于末次月经");
          }
        },
        new Kind("thal_prenatal_diagnoses", PRENATAL_DIAGNOSES, "diagnosis_id") {
          @Override
          protected void check(FieldReader f, Object[] row) {
            dateNotBefore(f, row, "reported_on", "sampled_on", "报告日期早于取材日期");
          }
        });
  }

  /** A thalassemia kind: its personal columns masked (see {@link MchKind} for the shared rules). */
  private static class Kind extends MchKind {
    Kind(String name, List<Field> fields, String id) {
      super(name, fields, id, PERSONAL);
    }
  }
}
