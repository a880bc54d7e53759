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
            text("transfusion_reaction", "输血反应"),
            // The rest of the national field set (卫统 4-1《住院病案首页》2016 版 and the
            // performance-assessment upload), added in V011: optional in the file.
            text("health_card_no", "健康卡号"),
            text("birthplace", "出生地"),
            text("native_place", "籍贯"),
            text("occupation", "职业"),
            text("marital_status", "婚姻"),
            text("current_address", "现住址"),
            text("current_postcode", "现住址邮编"),
            text("household_address", "户口地址"),
            text("household_postcode", "户口地址邮编"),
            text("work_unit", "工作单位及地址"),
            text("work_phone", "单位电话"),
            text("work_postcode", "工作单位邮编"),
            text("contact_name", "联系人姓名"),
            text("contact_relation", "联系人关系"),
            text("contact_address", "联系人地址"),
            text("contact_phone", "联系人电话"),
            text("admission_ward", "入院病房"),
            text("transfer_depts", "转科科别"),
            text("discharge_ward", "出院病房"),
            text("outpatient_diagnosis_code", "门（急）诊诊断编码"),
            text("outpatient_diagnosis_name", "门（急）诊诊断名称"),
            text("pathology_name", "病理诊断名称"),
            text("allergy_drugs", "过敏药物"),
            text("autopsy", "死亡患者尸检"),
            text("dept_director", "科主任"),
            text("chief_physician", "主任（副主任）医师"),
            text("resident_physician", "住院医师"),
            text("responsible_nurse", "责任护士"),
            text("trainee_physician", "进修医师"),
            text("intern", "实习医师"),
            text("record_quality", "病案质量"),
            text("qc_physician", "质控医师"),
            text("qc_nurse", "质控护士"),
            text("transfer_org", "拟接收医疗机构名称"),
            text("readmission_plan", "出院31天内再住院计划"),
            text("readmission_purpose", "再住院目的"),
            integer("coma_before_days", "颅脑损伤患者入院前昏迷时间（天）", 0, 999),
            integer("coma_before_hours", "颅脑损伤患者入院前昏迷时间（小时）", 0, 23),
            integer("coma_before_minutes", "颅脑损伤患者入院前昏迷时间（分钟）", 0, 59),
            integer("coma_after_days", "颅脑损伤患者入院后昏迷时间（天）", 0, 999),
            integer("coma_after_hours", "颅脑损伤患者入院后昏迷时间（小时）", 0, 23),
            integer("coma_after_minutes", "颅脑损伤患者入院后昏迷时间（分钟）", 0, 59),
            integer("ventilator_hours", "有创呼吸机使用时间（小时）", 0, 99_999),
            of("cost_self_paid", "自付金额", MONEY)));
    FIELDS = List.copyOf(f);
  }

  public FrontPagesKind() {
    super("medrec_front_pages", FIELDS, List.of("org_code", "record_no", "admission_no"));
  }
}
