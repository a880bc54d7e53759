package org.baobiao.etl.mch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.etl.load.CodeLists;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.source.ReasonCode;

/**
 * The birth-defect monitoring file kind of the {@code mch} domain (docs/formats.md): one 出生缺陷儿登记卡
 * per baby or fetus with a defect, linked to its birth record ({@code mch_births}) when it was
 * delivered here. A card may tick several defect categories and several diagnosis bases: both are
 * lists separated by {@code ;}, stored normalised ({@code CHD;POLYDACTYLY}). The mother's name, ID
 * number and address are personal and masked in every reject.
 */
public final class BirthDefectKinds {
  private BirthDefectKinds() {}

  /** 出生缺陷儿登记卡 (mch_defect_cards*.csv). */
  static final List<Field> CARDS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("card_id", "登记卡编号", Field.Type.ID).mandatory(),
          Field.of("birth_id", "出生编号", Field.Type.ID),
          Field.of("pregnancy_id", "孕产妇编号", Field.Type.ID),
          Field.text("name", "产妇姓名").mandatory(),
          Field.text("id_number", "产妇身份证号"),
          Field.text("address", "产妇现住址"),
          Field.of("born_on", "出生或引产日期", Field.Type.DATE).mandatory(),
          Field.integer("gestational_week", "孕周", 12, 45).mandatory(),
          Field.code("outcome", "结局", BirthDefectCodes.OUTCOMES).mandatory(),
          Field.code("baby_sex", "性别", MaternalCodes.BABY_SEX),
          Field.integer("birth_weight", "出生体重", 100, 6500),
          Field.text("defect_codes", "缺陷类别").mandatory(),
          Field.text("defect_text", "缺陷诊断名称"),
          Field.text("diagnosis_basis", "诊断依据").mandatory(),
          Field.of("diagnosed_on", "诊断日期", Field.Type.DATE).mandatory());

  /** The monitoring period ends on the 7th day after birth (围产期: 孕28周至产后7天). */
  static final int MONITORED_DAYS_AFTER_BIRTH = 7;

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new MchKind("mch_defect_cards", CARDS, "card_id", MaternalKinds.PERSONAL) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            idNumber(f, row);
            List<String> defects =
                codes(
                    f,
                    row,
                    "defect_codes",
                    BirthDefectCodes.CATEGORIES,
                    "缺陷类别",
                    "全国出生缺陷监测 23 类的代码或 OTHER（其他），见 docs/formats.md");
            codes(
                f,
                row,
                "diagnosis_basis",
                BirthDefectCodes.DIAGNOSIS_BASES,
                "诊断依据",
                CodeLists.describe(BirthDefectCodes.DIAGNOSIS_BASES) + " 之一");
            if (defects.contains("OTHER") && row[indexOf("defect_text")] == null) {
              f.reject("defect_text", null, ReasonCode.MISSING_VALUE, "缺陷类别含“其他”（OTHER）时应填写缺陷诊断名称");
            }
            if (row[indexOf("born_on")] instanceof LocalDate born
                && row[indexOf("diagnosed_on")] instanceof LocalDate diagnosed) {
              if (diagnosed.isAfter(born.plusDays(MONITORED_DAYS_AFTER_BIRTH))) {
                f.reject(
                    "diagnosed_on",
                    f.raw("diagnosed_on"),
                    ReasonCode.INCONSISTENT,
                    "出生缺陷监测期至出生后第 7 天（"
                        + born.plusDays(MONITORED_DAYS_AFTER_BIRTH)
                        + "），诊断日期晚于监测期");
              }
              if ("TERMINATION".equals(row[indexOf("outcome")]) && diagnosed.isAfter(born)) {
                f.reject(
                    "diagnosed_on",
                    f.raw("diagnosed_on"),
                    ReasonCode.INCONSISTENT,
                    "治疗性引产（TERMINATION）应在产前诊断之后，诊断日期晚于引产日期 " + f.raw("born_on"));
              }
            }
            if ("LIVE".equals(row[indexOf("outcome")])
                && row[indexOf("gestational_week")] instanceof Integer week
                && week < 20) {
              f.reject(
                  "gestational_week",
                  f.raw("gestational_week"),
                  ReasonCode.INCONSISTENT,
                  "活产（LIVE）的孕周应不少于 20 周");
            }
          }

          /**
           * The codes of a {@code ;}-separated list column, each checked against its list
           * (BAD_CODE) and once only (INCONSISTENT); the column is stored normalised.
           */
          private List<String> codes(
              FieldReader f,
              Object[] row,
              String column,
              Map<String, String> list,
              String what,
              String expected) {
            if (!(row[indexOf(column)] instanceof String value)) {
              return List.of();
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String token : value.split("[;；]", -1)) {
              String code = token.strip();
              if (code.isEmpty()) {
                f.reject(column, value, ReasonCode.BAD_FORMAT, what + "应为以分号（;）分隔的代码，不能有空项");
              } else if (!list.containsKey(code)) {
                f.reject(column, code, ReasonCode.BAD_CODE, what + "代码应为" + expected);
              } else if (!seen.add(code)) {
                f.reject(column, value, ReasonCode.INCONSISTENT, what + "代码 " + code + " 重复填写");
              }
            }
            row[indexOf(column)] = String.join(";", seen);
            return new ArrayList<>(seen);
          }
        });
  }
}
