package org.baobiao.spec.config;

/**
 * The kinds of specification file a configuration folder holds, each in a subfolder of its own
 * ({@code conf/contracts/}, {@code conf/calendars/}, ...).
 */
public enum ConfigKind {
  CONTRACTS("contracts", "合同条款"),
  CALENDARS("calendars", "法定节假日安排"),
  QC_RULES("qc-rules", "病案首页质控规则"),
  MCH_QC_RULES("mch-qc-rules", "妇幼数据质控规则"),
  LAYOUTS("layouts", "上报版式"),
  REPORTS("reports", "报表定义"),
  SOURCES("sources", "数据源定义"),
  EXTRACTS("extracts", "数据提取目录"),
  ACCEPTANCE("acceptance", "验收条件"),
  CODE_LISTS("code-lists", "敏感编码清单");

  private final String folder;
  private final String title;

  ConfigKind(String folder, String title) {
    this.folder = folder;
    this.title = title;
  }

  /** The subfolder's name. */
  public String folder() {
    return folder;
  }

  /** What users call these files, in Chinese. */
  public String title() {
    return title;
  }
}
