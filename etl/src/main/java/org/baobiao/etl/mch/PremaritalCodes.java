package org.baobiao.etl.mch;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/**
 * The code lists of the premarital (婚前医学检查) and pre-pregnancy (孕前优生健康检查) check files of the {@code
 * mch} domain, as docs/formats.md lists them.
 */
public final class PremaritalCodes {
  private PremaritalCodes() {}

  /** 性别 of the person examined. */
  public static final Map<String, String> SEX = ThalCodes.SEX;

  /**
   * 检出疾病分类: the disease categories of the national annual table 婚前保健情况 (指定传染病, 严重遗传性疾病, 有关精神病,
   * 生殖系统疾病, 内科系统疾病), in its order, and NONE when no disease was found. The report mch-premarital
   * lists the same codes in the same order (reports/mch-premarital/cohorts.sql).
   */
  public static final Map<String, String> FINDINGS =
      CodeLists.of(
          "INFECTIOUS", "指定传染病",
          "GENETIC", "严重遗传性疾病",
          "MENTAL", "有关精神病",
          "REPRODUCTIVE", "生殖系统疾病",
          "INTERNAL", "内科系统疾病",
          "NONE", "未检出疾病");

  /** 医学意见 of the premarital check (婚前医学检查证明的医学意见). */
  public static final Map<String, String> ADVICE =
      CodeLists.of(
          "NO_OBJECTION", "未发现医学上不宜结婚的情形",
          "NOT_MARRY", "建议不宜结婚",
          "POSTPONE", "建议暂缓结婚",
          "NO_CHILDBEARING", "建议不宜生育",
          "MEDICAL_MEASURES", "建议采取医学措施，尊重受检者意愿");

  /** 风险评估结果 of the pre-pregnancy check. */
  public static final Map<String, String> RISKS = CodeLists.of("GENERAL", "一般人群", "HIGH", "高风险人群");
}
