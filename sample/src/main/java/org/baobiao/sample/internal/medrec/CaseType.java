package org.baobiao.sample.internal.medrec;

import java.util.List;

/**
 * A kind of inpatient case the sample hospitals treat: its department, main diagnosis, usual
 * operation, length of stay and costs. The codes are of the national clinical version 2.0.
 *
 * @param dept the department (discharge department)
 * @param diagnosisCode the main diagnosis code
 * @param diagnosisName its name
 * @param operation the usual operation, or null for a medical case
 * @param minAge youngest patient, in days
 * @param maxAge oldest patient, in days
 * @param minLos shortest stay, days
 * @param maxLos longest stay, days
 * @param costPerDay typical cost per day, yuan
 * @param transfusionRate share of stays with a transfusion
 * @param pathology the morphology code of a neoplasm, or null
 * @param externalCause the external cause of an injury, or null
 * @param female whether only women are patients
 * @param weight relative frequency within the hospital
 */
record CaseType(
    String dept,
    String diagnosisCode,
    String diagnosisName,
    Op operation,
    int minAge,
    int maxAge,
    int minLos,
    int maxLos,
    int costPerDay,
    double transfusionRate,
    String pathology,
    String externalCause,
    boolean female,
    int weight) {

  /** An operation: code, name, level, incision class, anaesthesia method, elective. */
  record Op(
      String code,
      String name,
      String level,
      String incision,
      String anaesthesia,
      boolean elective) {}

  private static final int Y = 365;

  /** Other diagnoses a patient may have, with their admission condition usually 1 (有). */
  static final List<String[]> COMORBIDITIES =
      List.of(
          new String[] {"I10.x00x002", "高血压"},
          new String[] {"E11.900", "2型糖尿病"},
          new String[] {"E78.500", "高脂血症"},
          new String[] {"K21.000", "胃食管反流病伴食管炎"},
          new String[] {"D64.900", "贫血"},
          new String[] {"N18.900", "慢性肾脏病"});

  /** In-hospital complications of an operation (admission condition 4, 无). */
  static final List<String[]> COMPLICATIONS =
      List.of(
          new String[] {"T81.400", "手术后切口感染"},
          new String[] {"T81.000x002", "手术后出血"},
          new String[] {"J95.800", "手术后肺部并发症"},
          new String[] {"K91.800", "手术后肠梗阻"});

  /** The case mix of a general hospital. */
  static final List<CaseType> GENERAL =
      List.of(
          new CaseType(
              "普通外科",
              "K80.100",
              "胆囊结石伴慢性胆囊炎",
              new Op("51.2300", "腹腔镜下胆囊切除术", "3", "Ⅱ类", "全身麻醉", true),
              25 * Y,
              80 * Y,
              4,
              9,
              2200,
              0.02,
              null,
              null,
              false,
              10),
          new CaseType(
              "普通外科",
              "K35.800",
              "急性阑尾炎",
              new Op("47.0100", "腹腔镜下阑尾切除术", "2", "Ⅱ类", "全身麻醉", false),
              10 * Y,
              70 * Y,
              3,
              7,
              2500,
              0.0,
              null,
              null,
              false,
              8),
          new CaseType(
              "呼吸内科", "J18.900", "肺炎", null, 1 * Y, 90 * Y, 5, 14, 1100, 0.0, null, null, false,
              14),
          new CaseType(
              "呼吸内科",
              "J44.100",
              "慢性阻塞性肺疾病伴有急性加重",
              null,
              50 * Y,
              90 * Y,
              7,
              16,
              1200,
              0.01,
              null,
              null,
              false,
              8),
          new CaseType(
              "心血管内科",
              "I21.900",
              "急性心肌梗死",
              new Op("00.6600x004", "经皮冠状动脉药物洗脱支架置入术", "4", "0类", "局部浸润麻醉", false),
              40 * Y,
              90 * Y,
              6,
              14,
              5200,
              0.05,
              null,
              null,
              false,
              6),
          new CaseType(
              "心血管内科", "I50.900", "心力衰竭", null, 50 * Y, 95 * Y, 6, 15, 1300, 0.03, null, null,
              false, 8),
          new CaseType(
              "神经内科", "I63.900", "脑梗死", null, 45 * Y, 95 * Y, 8, 18, 1400, 0.01, null, null, false,
              10),
          new CaseType(
              "骨科",
              "S72.000",
              "股骨颈骨折",
              new Op("81.5100x001", "全髋关节置换术", "4", "Ⅰ类", "腰硬联合麻醉", false),
              55 * Y,
              95 * Y,
              8,
              20,
              4800,
              0.45,
              null,
              "W19.x00",
              false,
              5),
          new CaseType(
              "骨科",
              "M17.100",
              "单侧原发性膝关节病",
              new Op("81.5400", "全膝关节置换术", "4", "Ⅰ类", "神经阻滞麻醉", true),
              50 * Y,
              85 * Y,
              7,
              15,
              5500,
              0.25,
              null,
              null,
              false,
              4),
          new CaseType(
              "胸外科",
              "C34.900",
              "肺恶性肿瘤",
              new Op("32.4100x001", "胸腔镜下肺叶切除术", "4", "Ⅱ类", "全身麻醉", true),
              40 * Y,
              85 * Y,
              7,
              16,
              4200,
              0.15,
              "M81400/3",
              null,
              false,
              4),
          new CaseType(
              "肿瘤科",
              "C16.900",
              "胃恶性肿瘤",
              null,
              40 * Y,
              85 * Y,
              5,
              12,
              2600,
              0.2,
              "M81400/3",
              null,
              false,
              4),
          new CaseType(
              "产科",
              "O80.000",
              "单胎顺产",
              new Op("73.5901", "手法助产", "1", "0类", "局部浸润麻醉", false),
              20 * Y,
              40 * Y,
              2,
              4,
              1300,
              0.02,
              null,
              null,
              true,
              7),
          new CaseType(
              "产科",
              "O82.000",
              "剖宫产术的单胎分娩",
              new Op("74.1x00", "子宫下段剖宫产术", "3", "Ⅱ类", "腰硬联合麻醉", true),
              20 * Y,
              42 * Y,
              4,
              7,
              1900,
              0.06,
              null,
              null,
              true,
              6),
          new CaseType(
              "儿科", "J06.900", "急性上呼吸道感染", null, 60, 14 * Y, 3, 7, 900, 0.0, null, null, false, 8),
          new CaseType(
              "新生儿科", "P59.900", "新生儿黄疸", null, 1, 20, 4, 9, 900, 0.01, null, null, false, 4));

  /** The case mix of the maternal and child health hospital (妇幼保健院). */
  static final List<CaseType> MATERNAL_CHILD =
      List.of(
          new CaseType(
              "产科",
              "O80.000",
              "单胎顺产",
              new Op("73.5901", "手法助产", "1", "0类", "局部浸润麻醉", false),
              20 * Y,
              40 * Y,
              2,
              4,
              1300,
              0.02,
              null,
              null,
              true,
              16),
          new CaseType(
              "产科",
              "O82.000",
              "剖宫产术的单胎分娩",
              new Op("74.1x00", "子宫下段剖宫产术", "3", "Ⅱ类", "腰硬联合麻醉", true),
              20 * Y,
              42 * Y,
              4,
              7,
              1900,
              0.06,
              null,
              null,
              true,
              12),
          new CaseType(
              "妇科",
              "D25.900",
              "子宫平滑肌瘤",
              new Op("68.4100", "腹腔镜下全子宫切除术", "3", "Ⅱ类", "全身麻醉", true),
              30 * Y,
              55 * Y,
              4,
              8,
              2800,
              0.08,
              "M88900/0",
              null,
              true,
              6),
          new CaseType(
              "儿科", "J18.900", "肺炎", null, 60, 14 * Y, 5, 10, 1000, 0.0, null, null, false, 10),
          new CaseType(
              "儿科", "J06.900", "急性上呼吸道感染", null, 60, 14 * Y, 3, 6, 900, 0.0, null, null, false, 8),
          new CaseType(
              "新生儿科", "P07.300", "早产儿", null, 1, 10, 10, 30, 1600, 0.1, null, null, false, 5),
          new CaseType(
              "新生儿科", "P59.900", "新生儿黄疸", null, 1, 20, 4, 9, 900, 0.01, null, null, false, 7));
}
