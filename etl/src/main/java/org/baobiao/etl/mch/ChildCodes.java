package org.baobiao.etl.mch;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/**
 * The code lists of the child health (儿童保健) files of the {@code mch} domain, as docs/formats.md
 * lists them.
 */
public final class ChildCodes {
  private ChildCodes() {}

  /** 性别 of a child (as the births' 新生儿性别). */
  public static final Map<String, String> SEX = MaternalCodes.BABY_SEX;

  /** 喂养方式 recorded at a check-up (儿童健康检查记录表): exclusive, partial or no breastfeeding. */
  public static final Map<String, String> FEEDING =
      CodeLists.of("EXCLUSIVE", "纯母乳喂养", "PARTIAL", "部分母乳喂养", "FORMULA", "人工喂养");

  /**
   * 筛查病种 of newborn disease screening (新生儿疾病筛查管理办法): phenylketonuria and congenital hypothyroidism,
   * the two every province screens, and the others Guangdong adds.
   */
  public static final Map<String, String> DISEASES =
      CodeLists.of(
          "PKU", "苯丙酮尿症",
          "CH", "先天性甲状腺功能减低症",
          "CAH", "先天性肾上腺皮质增生症",
          "G6PD", "葡萄糖-6-磷酸脱氢酶缺乏症",
          "OTHER", "其他");

  /** 筛查结果 of a blood-spot screening. */
  public static final Map<String, String> SCREENING_RESULTS =
      CodeLists.of("NEGATIVE", "阴性", "POSITIVE", "初筛阳性（召回）");

  /** 听力筛查阶段: the initial screening and the re-screening of those who did not pass. */
  public static final Map<String, String> HEARING_STAGES =
      CodeLists.of("INITIAL", "初筛", "RESCREEN", "复筛");

  /** 听力筛查结果 (OAE/AABR): pass or refer. */
  public static final Map<String, String> HEARING_RESULTS =
      CodeLists.of("PASS", "通过", "REFER", "未通过");
}
