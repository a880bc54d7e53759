package org.baobiao.etl.mch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.baobiao.etl.load.CodeLists;

/**
 * The code lists of the maternal health (孕产妇保健) files of the {@code mch} domain, as docs/formats.md
 * lists them.
 */
public final class MaternalCodes {
  private MaternalCodes() {}

  /**
   * 分娩地点: a delivery in a hospital or township health centre (医疗卫生机构, the 住院分娩 of the national
   * tables), at home, or elsewhere (on the way, ...).
   */
  public static final Map<String, String> PLACES =
      CodeLists.of("HOSPITAL", "医疗卫生机构（住院分娩）", "HOME", "家中", "OTHER", "途中及其他");

  /** 分娩方式. */
  public static final Map<String, String> MODES =
      CodeLists.of("VAGINAL", "阴道自然分娩", "ASSISTED", "阴道助产", "CAESAREAN", "剖宫产");

  /** 妊娠结局 of one baby: live birth, or stillbirth (死胎、死产). */
  public static final Map<String, String> BIRTH_OUTCOMES =
      CodeLists.of("LIVE", "活产", "STILLBIRTH", "死胎死产");

  /** 新生儿性别. */
  public static final Map<String, String> BABY_SEX = CodeLists.of("F", "女", "M", "男", "U", "性别不明");

  /** 产后访视类别: a home visit within the puerperium, or the 42-day health check. */
  public static final Map<String, String> POSTPARTUM_KINDS =
      CodeLists.of("VISIT", "产后访视", "CHECK42", "产后42天健康检查");

  /** 妊娠风险分级 (孕产妇妊娠风险评估与管理工作规范, 国卫办妇幼发〔2017〕35号): five colours; all but GREEN are high-risk (高危). */
  public static final Map<String, String> RISK_COLOURS =
      CodeLists.of(
          "GREEN", "绿色（低风险）",
          "YELLOW", "黄色（一般风险）",
          "ORANGE", "橙色（较高风险）",
          "RED", "红色（高风险）",
          "PURPLE", "紫色（传染性疾病）");

  /** 检测项目: HIV, syphilis, hepatitis B surface antigen. */
  public static final Map<String, String> INFECTIONS =
      CodeLists.of("HIV", "艾滋病病毒抗体", "SYPHILIS", "梅毒", "HBV", "乙肝表面抗原");

  /** 检测时期. */
  public static final Map<String, String> TEST_STAGES =
      CodeLists.of("PREGNANCY", "孕期", "DELIVERY", "临产（产时）", "POSTPARTUM", "产后");

  /** 检测结果. */
  public static final Map<String, String> TEST_RESULTS =
      CodeLists.of("NEGATIVE", "阴性", "POSITIVE", "阳性");

  /** 产前筛查与产前诊断的类别: a screening (产前筛查) or a diagnosis (产前诊断). */
  public static final Map<String, String> PRENATAL_KINDS =
      CodeLists.of("SCREENING", "产前筛查", "DIAGNOSIS", "产前诊断");

  /**
   * 产前筛查与诊断方法: serum screening (血清学筛查, the only method the national screening rate counts),
   * non-invasive prenatal testing of cell-free fetal DNA (无创产前DNA检测), ultrasound (超声, a screening
   * or a diagnosis), amniocentesis (羊膜腔穿刺), chorionic villus sampling (绒毛取材) and cordocentesis
   * (脐血管穿刺).
   */
  public static final Map<String, String> PRENATAL_METHODS =
      CodeLists.of(
          "SERUM", "血清学筛查",
          "NIPT", "无创产前DNA检测",
          "ULTRASOUND", "超声",
          "AMNIOCENTESIS", "羊膜腔穿刺",
          "CVS", "绒毛取材",
          "CORDOCENTESIS", "脐血管穿刺");

  /** The methods of a screening; ULTRASOUND is both. */
  public static final Set<String> SCREENING_METHODS = Set.of("SERUM", "NIPT", "ULTRASOUND");

  /** The methods of a diagnosis; ULTRASOUND is both. */
  public static final Set<String> DIAGNOSIS_METHODS =
      Set.of("AMNIOCENTESIS", "CVS", "CORDOCENTESIS", "ULTRASOUND");

  /** 产前筛查结果. */
  public static final Map<String, String> SCREENING_RESULTS =
      CodeLists.of("LOW", "低风险", "BORDERLINE", "临界风险", "HIGH", "高风险");

  /** 产前诊断结果. */
  public static final Map<String, String> DIAGNOSIS_RESULTS =
      CodeLists.of("NORMAL", "未见异常", "ABNORMAL", "异常（确诊）");

  /** Every result, screening or diagnosis, as the {@code result} column accepts them. */
  public static final Map<String, String> PRENATAL_RESULTS =
      union(SCREENING_RESULTS, DIAGNOSIS_RESULTS);

  private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return Collections.unmodifiableMap(all);
  }

  /** 死亡时期 of a maternal death. */
  public static final Map<String, String> DEATH_STAGES =
      CodeLists.of("PREGNANCY", "妊娠期", "DELIVERY", "分娩期", "POSTPARTUM", "产褥期（产后42天内）");
}
