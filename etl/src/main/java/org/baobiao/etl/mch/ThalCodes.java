package org.baobiao.etl.mch;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/**
 * The code lists of the thalassemia (地贫) files of the {@code mch} domain, as docs/formats.md lists
 * them.
 */
public final class ThalCodes {
  private ThalCodes() {}

  public static final Map<String, String> SEX = CodeLists.of("F", "女", "M", "男");

  /** 初筛结果: positive when the blood count or the haemoglobin analysis is abnormal. */
  public static final Map<String, String> SCREEN_RESULTS =
      CodeLists.of("NEGATIVE", "阴性", "POSITIVE", "阳性");

  /** α-thalassemia gene test result: what the α genotype means. */
  public static final Map<String, String> ALPHA_RESULTS =
      CodeLists.of(
          "NORMAL", "未检出α地贫基因",
          "SILENT", "静止型α地贫（α+杂合，如 -α3.7/αα）",
          "TRAIT", "标准型α地贫（α0杂合或α+纯合，如 --SEA/αα）",
          "HBH", "HbH病（如 --SEA/-α3.7）");

  /** β-thalassemia gene test result: what the β genotype means. */
  public static final Map<String, String> BETA_RESULTS =
      CodeLists.of(
          "NORMAL", "未检出β地贫基因",
          "TRAIT", "轻型β地贫（杂合子，如 CD41-42/βN）",
          "DISEASE", "中间型或重型β地贫（纯合子或双重杂合子）");

  /** 产前诊断取材方式. */
  public static final Map<String, String> SAMPLING =
      CodeLists.of("CVS", "绒毛取材", "AMNIO", "羊膜腔穿刺", "CORD", "脐静脉穿刺");

  /** 胎儿地贫诊断结果. */
  public static final Map<String, String> FETAL_RESULTS =
      CodeLists.of("NORMAL", "正常", "CARRIER", "携带者（轻型）", "INTERMEDIATE", "中间型", "SEVERE", "重型");

  /** 妊娠结局. */
  public static final Map<String, String> OUTCOMES =
      CodeLists.of("TERMINATION", "终止妊娠", "BIRTH", "分娩", "LOST", "失访");

  /** 新生儿地贫结局 (births only). */
  public static final Map<String, String> CHILD_RESULTS =
      CodeLists.of(
          "NORMAL",
          "正常",
          "CARRIER",
          "携带者（轻型）",
          "INTERMEDIATE",
          "中间型",
          "SEVERE",
          "重型",
          "UNKNOWN",
          "未明");
}
