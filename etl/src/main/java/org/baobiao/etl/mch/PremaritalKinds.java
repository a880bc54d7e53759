package org.baobiao.etl.mch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.baobiao.etl.load.CodeLists;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.source.ReasonCode;

/**
 * The premarital and pre-pregnancy health care file kinds of the {@code mch} domain
 * (docs/formats.md): one row per person examined at a premarital medical check (婚前医学检查) or a
 * pre-pregnancy eugenic health check (孕前优生健康检查). The two partners of a couple share a {@code
 * couple_id}. Names, ID numbers and phones are personal and masked in every reject.
 */
public final class PremaritalKinds {
  private PremaritalKinds() {}

  /** 婚前医学检查 (mch_premarital_checks*.csv). */
  static final List<Field> PREMARITAL_CHECKS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("check_id", "婚检编号", Field.Type.ID).mandatory(),
          Field.of("couple_id", "双方编号", Field.Type.ID),
          Field.text("name", "姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.text("phone", "联系电话"),
          Field.code("sex", "性别", PremaritalCodes.SEX).mandatory(),
          Field.of("checked_on", "检查日期", Field.Type.DATE).mandatory(),
          Field.text("findings", "检出疾病分类").mandatory(),
          Field.code("advice", "医学意见", PremaritalCodes.ADVICE).mandatory());

  /** 孕前优生健康检查 (mch_preconception_checks*.csv). */
  static final List<Field> PRECONCEPTION_CHECKS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("check_id", "孕前检查编号", Field.Type.ID).mandatory(),
          Field.of("couple_id", "夫妇编号", Field.Type.ID).mandatory(),
          Field.text("name", "姓名").mandatory(),
          Field.text("id_number", "身份证号"),
          Field.code("sex", "性别", PremaritalCodes.SEX).mandatory(),
          Field.of("checked_on", "检查日期", Field.Type.DATE).mandatory(),
          Field.code("risk", "风险评估结果", PremaritalCodes.RISKS).mandatory(),
          Field.text("risk_factors", "风险因素"));

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new MchKind(
            "mch_premarital_checks", PREMARITAL_CHECKS, "check_id", MaternalKinds.PERSONAL) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            if (!(row[indexOf("findings")] instanceof String value)) {
              return;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String token : value.split("[;；]", -1)) {
              String code = token.strip();
              if (code.isEmpty()) {
                f.reject("findings", value, ReasonCode.BAD_FORMAT, "检出疾病分类应为以分号（;）分隔的代码，不能有空项");
              } else if (!PremaritalCodes.FINDINGS.containsKey(code)) {
                f.reject(
                    "findings",
                    code,
                    ReasonCode.BAD_CODE,
                    "检出疾病分类代码应为" + CodeLists.describe(PremaritalCodes.FINDINGS) + " 之一");
              } else if (!seen.add(code)) {
                f.reject("findings", value, ReasonCode.INCONSISTENT, "检出疾病分类代码 " + code + " 重复填写");
              }
            }
            row[indexOf("findings")] = String.join(";", seen);
            if (seen.contains("NONE") && seen.size() > 1) {
              f.reject("findings", value, ReasonCode.INCONSISTENT, "未检出疾病（NONE）不能与疾病分类同时填写");
            }
            if (seen.equals(Set.of("NONE"))
                && row[indexOf("advice")] instanceof String advice
                && !"NO_OBJECTION".equals(advice)) {
              f.reject(
                  "advice",
                  advice,
                  ReasonCode.INCONSISTENT,
                  "未检出疾病（NONE）时医学意见应为 NO_OBJECTION（未发现医学上不宜结婚的情形），而非"
                      + PremaritalCodes.ADVICE.get(advice));
            }
          }
        },
        new MchKind(
            "mch_preconception_checks", PRECONCEPTION_CHECKS, "check_id", MaternalKinds.PERSONAL) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            if ("HIGH".equals(row[indexOf("risk")]) && row[indexOf("risk_factors")] == null) {
              f.reject("risk_factors", null, ReasonCode.MISSING_VALUE, "风险评估为高风险人群（HIGH）时应填写风险因素");
            }
          }
        });
  }
}
