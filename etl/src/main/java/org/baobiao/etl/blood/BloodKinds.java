package org.baobiao.etl.blood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.FieldReader;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.PersonalFields;
import org.baobiao.etl.load.TabularKind;
import org.baobiao.etl.source.ReasonCode;

/**
 * The file kinds of the {@code blood} domain (clinical blood use, docs/formats.md), in load order:
 * the columns of each file, its key, and the few rules across columns.
 */
public final class BloodKinds {
  private BloodKinds() {}

  /** 输血科人员 (blood_staff*.csv). */
  static final List<Field> STAFF =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.integer("year", "年度", 2000, 2100).mandatory(),
          Field.integer("staff", "专职人员数", 0, 1000).mandatory());

  /** 用血预约及反馈 (blood_orders*.csv). */
  static final List<Field> ORDERS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("order_id", "预约单号", Field.Type.ID).mandatory(),
          Field.of("ordered_at", "预约时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("component", "血液成分", BloodCodes.COMPONENTS).mandatory(),
          Field.code("abo", "ABO血型", BloodCodes.ABO).mandatory(),
          Field.code("rh", "Rh血型", BloodCodes.RH).mandatory(),
          Field.of("units", "预约量", Field.Type.DECIMAL1).mandatory(),
          Field.code("feedback", "反馈结果", BloodCodes.FEEDBACK).mandatory(),
          Field.of("feedback_at", "反馈时间", Field.Type.TIMESTAMP),
          Field.of("units_confirmed", "确认量", Field.Type.DECIMAL1));

  /** 血液入库 (blood_receipts*.csv). */
  static final List<Field> RECEIPTS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("bag_no", "血袋编号", Field.Type.ID).mandatory(),
          Field.of("received_at", "入库时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("source", "来源", BloodCodes.SOURCES).mandatory(),
          Field.code("component", "血液成分", BloodCodes.COMPONENTS).mandatory(),
          Field.code("abo", "ABO血型", BloodCodes.ABO).mandatory(),
          Field.code("rh", "Rh血型", BloodCodes.RH).mandatory(),
          Field.of("units", "单位数", Field.Type.DECIMAL1).mandatory(),
          Field.of("expires_at", "失效时间", Field.Type.TIMESTAMP),
          Field.of("order_id", "预约单号", Field.Type.ID));

  /** 血液出库、退库与报废 (blood_inventory*.csv): what leaves (or comes back to) the blood bank's stock. */
  static final List<Field> INVENTORY =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("movement_id", "流水号", Field.Type.ID).mandatory(),
          Field.of("bag_no", "血袋编号", Field.Type.ID).mandatory(),
          Field.of("moved_at", "发生时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("movement", "变动类型", BloodCodes.MOVEMENTS).mandatory(),
          Field.code("component", "血液成分", BloodCodes.COMPONENTS).mandatory(),
          Field.of("units", "单位数", Field.Type.DECIMAL1).mandatory(),
          Field.text("dept", "领血科室"),
          Field.text("reason", "原因"));

  /** 临床输血申请 (blood_requests*.csv). */
  static final List<Field> REQUESTS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("request_id", "申请单号", Field.Type.ID).mandatory(),
          Field.text("record_no", "病案号").mandatory(),
          Field.integer("admission_no", "住院次数", 1, 999).mandatory(),
          Field.text("dept", "申请科室").mandatory(),
          Field.of("requested_at", "申请时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("component", "血液成分", BloodCodes.COMPONENTS).mandatory(),
          Field.of("units", "申请量", Field.Type.DECIMAL1).mandatory(),
          Field.code("purpose", "用血类型", BloodCodes.PURPOSES).mandatory(),
          Field.code("operation_level", "手术级别", BloodCodes.OPERATION_LEVELS),
          Field.of("form_ok", "申请单合格", Field.Type.FLAG).mandatory(),
          Field.of("retyped", "血型复查", Field.Type.FLAG).mandatory());

  /** 交叉配血 (blood_crossmatches*.csv). */
  static final List<Field> CROSSMATCHES =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("crossmatch_id", "配血编号", Field.Type.ID).mandatory(),
          Field.of("request_id", "申请单号", Field.Type.ID).mandatory(),
          Field.of("bag_no", "血袋编号", Field.Type.ID).mandatory(),
          Field.of("tested_at", "配血时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("result", "配血结果", BloodCodes.RESULTS).mandatory());

  /** 输血相容性检测质控 (blood_lab_qc*.csv). */
  static final List<Field> LAB_QC =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("month", "月份", Field.Type.DATE).mandatory(),
          Field.code("item", "检测项目", BloodCodes.LAB_ITEMS).mandatory(),
          Field.of("internal_qc", "室内质控", Field.Type.FLAG).mandatory(),
          Field.of("eqa", "室间质评", Field.Type.FLAG).mandatory());

  /** 输血记录 (blood_transfusions*.csv). */
  static final List<Field> TRANSFUSIONS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("transfusion_id", "输血编号", Field.Type.ID).mandatory(),
          Field.of("request_id", "申请单号", Field.Type.ID),
          Field.text("record_no", "病案号").mandatory(),
          Field.integer("admission_no", "住院次数", 1, 999).mandatory(),
          Field.of("bag_no", "血袋编号", Field.Type.ID),
          Field.code("component", "血液成分", BloodCodes.COMPONENTS).mandatory(),
          Field.of("units", "单位数", Field.Type.DECIMAL1).mandatory(),
          Field.integer("volume_ml", "输注量", 0, 10000),
          Field.of("started_at", "开始时间", Field.Type.TIMESTAMP).mandatory(),
          Field.of("ended_at", "结束时间", Field.Type.TIMESTAMP),
          Field.code("autologous", "自体输血方式", BloodCodes.AUTOLOGOUS).mandatory(),
          Field.of("collected_at", "采集时间", Field.Type.TIMESTAMP));

  /** 输血不良反应 (blood_reactions*.csv). */
  static final List<Field> REACTIONS =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("reaction_id", "反应编号", Field.Type.ID).mandatory(),
          Field.of("transfusion_id", "输血编号", Field.Type.ID).mandatory(),
          Field.of("occurred_at", "发生时间", Field.Type.TIMESTAMP).mandatory(),
          Field.code("reaction_type", "反应类型", BloodCodes.REACTIONS).mandatory(),
          Field.of("reported", "已上报", Field.Type.FLAG).mandatory());

  /** 输血危急值 (blood_critical_values*.csv). */
  static final List<Field> CRITICAL_VALUES =
      List.of(
          Field.text("org_code", "机构代码").mandatory(),
          Field.of("critical_id", "危急值编号", Field.Type.ID).mandatory(),
          Field.of("request_id", "申请单号", Field.Type.ID),
          Field.text("record_no", "病案号"),
          Field.code("critical_type", "危急值类型", BloodCodes.CRITICAL_TYPES).mandatory(),
          Field.of("detected_at", "发现时间", Field.Type.TIMESTAMP).mandatory(),
          Field.of("notified_at", "通知临床时间", Field.Type.TIMESTAMP));

  /**
   * Blood records are a patient's: no column is a name or an ID number, but a row that cannot be
   * matched to its header (or is malformed) is stored in the rejects masked, like a front page's.
   */
  private static final PersonalFields PATIENT_RECORDS =
      new PersonalFields() {
        @Override
        public boolean isPersonal(String column) {
          return false;
        }

        @Override
        public String mask(String column, String value) {
          return value;
        }
      };

  /** The kinds, in load order. */
  public static List<FileKind> all() {
    return List.of(
        new TabularKind(
            "blood", "blood_staff", STAFF, List.of("org_code", "year"), PATIENT_RECORDS),
        new TabularKind(
            "blood", "blood_orders", ORDERS, List.of("org_code", "order_id"), PATIENT_RECORDS),
        new TabularKind(
            "blood", "blood_receipts", RECEIPTS, List.of("org_code", "bag_no"), PATIENT_RECORDS),
        new TabularKind(
            "blood",
            "blood_inventory",
            INVENTORY,
            List.of("org_code", "movement_id"),
            PATIENT_RECORDS) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            Object movement = row[indexOf("movement")];
            if (row[indexOf("units")] instanceof BigDecimal u && u.signum() <= 0 && f.ok()) {
              f.reject("units", u.toPlainString(), ReasonCode.BAD_NUMBER, "单位数应大于 0");
            }
            if (("ISSUE".equals(movement) || "RETURN".equals(movement))
                && row[indexOf("dept")] == null
                && f.ok()) {
              f.reject("dept", null, ReasonCode.MISSING_VALUE, "发血和退血（ISSUE、RETURN）应填写领血科室");
            }
            if ("DISCARD".equals(movement) && row[indexOf("reason")] == null && f.ok()) {
              f.reject("reason", null, ReasonCode.MISSING_VALUE, "其他报废（DISCARD）应填写原因");
            }
          }
        },
        new TabularKind(
            "blood",
            "blood_requests",
            REQUESTS,
            List.of("org_code", "request_id"),
            PATIENT_RECORDS) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            if ("SURGERY".equals(row[indexOf("purpose")])
                && row[indexOf("operation_level")] == null
                && f.ok()) {
              f.reject(
                  "operation_level", null, ReasonCode.MISSING_VALUE, "手术用血（SURGERY）应填写手术级别 1–4");
            }
          }
        },
        new TabularKind(
            "blood",
            "blood_crossmatches",
            CROSSMATCHES,
            List.of("org_code", "crossmatch_id"),
            PATIENT_RECORDS),
        new TabularKind(
            "blood",
            "blood_lab_qc",
            LAB_QC,
            List.of("org_code", "month", "item"),
            PATIENT_RECORDS) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            if (row[indexOf("month")] instanceof LocalDate m && m.getDayOfMonth() != 1) {
              f.reject(
                  "month", m.toString(), ReasonCode.BAD_DATE, "应为月份的第一天，如 " + m.withDayOfMonth(1));
            }
          }
        },
        new TabularKind(
            "blood",
            "blood_transfusions",
            TRANSFUSIONS,
            List.of("org_code", "transfusion_id"),
            PATIENT_RECORDS) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            notBefore(f, row, "ended_at", "started_at", "结束时间早于开始时间");
            notBefore(f, row, "started_at", "collected_at", "回输时间早于自体血采集时间");
          }
        },
        new TabularKind(
            "blood",
            "blood_reactions",
            REACTIONS,
            List.of("org_code", "reaction_id"),
            PATIENT_RECORDS),
        new TabularKind(
            "blood",
            "blood_critical_values",
            CRITICAL_VALUES,
            List.of("org_code", "critical_id"),
            PATIENT_RECORDS) {
          @Override
          protected void check(FieldReader f, Object[] row) {
            notBefore(f, row, "notified_at", "detected_at", "通知临床时间早于发现时间");
          }
        });
  }
}
