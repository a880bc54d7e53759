package org.baobiao.etl.blood;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/** The code lists of the blood-use files, as docs/formats.md lists them. */
public final class BloodCodes {
  private BloodCodes() {}

  /** Blood components; red cells and whole blood are what 用血量 counts. */
  public static final Map<String, String> COMPONENTS =
      CodeLists.of("WB", "全血", "RBC", "红细胞类", "PLASMA", "血浆", "PLT", "血小板", "CRYO", "冷沉淀");

  public static final Map<String, String> ABO =
      CodeLists.of("A", "A型", "B", "B型", "O", "O型", "AB", "AB型");

  public static final Map<String, String> RH = CodeLists.of("+", "RhD阳性", "-", "RhD阴性");

  public static final Map<String, String> FEEDBACK =
      CodeLists.of("CONFIRMED", "已确认", "PARTIAL", "部分满足", "REJECTED", "不能满足", "PENDING", "待反馈");

  public static final Map<String, String> SOURCES =
      CodeLists.of("CENTER", "血站", "AUTOLOGOUS", "贮存式自体血");

  /** Movements of the blood bank's stock after receipt (blood_inventory.movement). */
  public static final Map<String, String> MOVEMENTS =
      CodeLists.of("ISSUE", "发血", "RETURN", "退回入库", "EXPIRED", "过期报废", "DISCARD", "其他报废");

  public static final Map<String, String> PURPOSES =
      CodeLists.of("SURGERY", "手术用血", "MEDICAL", "非手术用血");

  public static final Map<String, String> OPERATION_LEVELS =
      CodeLists.of("1", "一级手术", "2", "二级手术", "3", "三级手术", "4", "四级手术");

  public static final Map<String, String> RESULTS =
      CodeLists.of("COMPATIBLE", "相合", "INCOMPATIBLE", "不相合");

  public static final Map<String, String> LAB_ITEMS =
      CodeLists.of(
          "ABO",
          "ABO血型鉴定",
          "RHD",
          "RhD血型鉴定",
          "ANTIBODY_SCREEN",
          "抗体筛查",
          "CROSSMATCH",
          "交叉配血",
          "ANTIBODY_ID",
          "抗体鉴定");

  public static final Map<String, String> AUTOLOGOUS =
      CodeLists.of(
          "NONE", "异体输血", "STORED", "贮存式自体输血", "DILUTION", "稀释式自体输血", "SALVAGE", "回收式自体输血");

  public static final Map<String, String> REACTIONS =
      CodeLists.of(
          "FEBRILE",
          "发热反应",
          "ALLERGIC",
          "过敏反应",
          "HEMOLYTIC",
          "溶血反应",
          "TACO",
          "输血相关循环超负荷",
          "TRALI",
          "输血相关急性肺损伤",
          "OTHER",
          "其他");

  public static final Map<String, String> CRITICAL_TYPES =
      CodeLists.of(
          "DIFFICULT_CROSSMATCH",
          "疑难交叉配血",
          "DIFFICULT_TYPING",
          "疑难血型鉴定",
          "RHD_NEGATIVE",
          "RhD阴性",
          "ANTIBODY_POSITIVE",
          "抗体筛查阳性");
}
