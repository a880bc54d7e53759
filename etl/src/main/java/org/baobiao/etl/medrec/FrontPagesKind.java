package org.baobiao.etl.medrec;

import static org.baobiao.etl.load.Field.Type.DATE;
import static org.baobiao.etl.load.Field.Type.DECIMAL1;
import static org.baobiao.etl.load.Field.Type.MONEY;
import static org.baobiao.etl.load.Field.Type.TIMESTAMP;
import static org.baobiao.etl.load.Field.integer;
import static org.baobiao.etl.load.Field.of;
import static org.baobiao.etl.load.Field.text;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.load.Field;

/**
 * Inpatient front pages ({@code medrec_front_pages*.csv}), one row per stay, keyed by ({@code
 * org_code}, {@code record_no}, {@code admission_no}); see docs/formats.md.
 */
public final class FrontPagesKind extends MedrecKind {
  static final List<Field> FIELDS;

  static {
    List<Field> f = new ArrayList<>(STAY);
    f.addAll(
        List.of(
            text("payment_method", "医疗付费方式"),
            text("patient_name", "姓名"),
            text("sex", "性别"),
            of("birth_date", "出生日期", DATE),
            integer("age_years", "年龄", 0, 150),
            integer("age_months", "年龄不足1周岁", 0, 150),
            text("nationality", "国籍"),
            text("ethnicity", "民族"),
            text("id_type", "证件类别"),
            text("id_number", "证件号码"),
            text("phone", "联系电话"),
            integer("newborn_birth_weight_g", "新生儿出生体重", 100, 9999),
            integer("newborn_admission_weight_g", "新生儿入院体重", 100, 9999),
            text("admission_route", "入院途径"),
            of("admitted_at", "入院时间", TIMESTAMP).mandatory(),
            text("admission_dept", "入院科别"),
            of("discharged_at", "出院时间", TIMESTAMP).mandatory(),
            text("discharge_dept", "出院科别"),
            integer("los_days", "实际住院天数", 0, 99999),
            text("main_diagnosis_code", "主要诊断编码"),
            text("main_diagnosis_name", "主要诊断名称"),
            text("main_admission_condition", "主要诊断入院病情"),
            text("external_cause_code", "损伤中毒外部原因编码"),
            text("pathology_code", "病理诊断编码"),
            text("pathology_no", "病理号"),
            text("drug_allergy", "有无药物过敏"),
            text("abo", "ABO血型"),
            text("rh", "Rh血型"),
            text("discharge_method", "离院方式"),
            text("attending_doctor", "主治医师"),
            text("coder", "编码员"),
            of("qc_date", "质控日期", DATE),
            of("total_cost", "总费用", MONEY),
            of("cost_service", "综合医疗服务类", MONEY),
            of("cost_diagnosis", "诊断类", MONEY),
            of("cost_treatment", "治疗类", MONEY),
            of("cost_rehab", "康复类", MONEY),
            of("cost_tcm", "中医类", MONEY),
            of("cost_western_medicine", "西药费", MONEY),
            of("cost_antibiotics", "抗菌药物费用", MONEY),
            of("cost_chinese_medicine", "中药类", MONEY),
            of("cost_blood", "血费", MONEY),
            of("cost_blood_products", "血液制品费", MONEY),
            of("cost_consumables", "耗材类", MONEY),
            of("cost_other", "其他类", MONEY),
            of("red_cells_u", "红细胞", DECIMAL1),
            integer("plasma_ml", "血浆", 0, 100_000),
            of("platelets_u", "血小板", DECIMAL1),
            of("whole_blood_u", "全血", DECIMAL1),
            integer("autologous_ml", "自体血回输", 0, 100_000),
            text("transfusion_reaction", "输血反应")));
    FIELDS = List.copyOf(f);
  }

  public FrontPagesKind() {
    super("medrec_front_pages", FIELDS, List.of("org_code", "record_no", "admission_no"));
  }
}
