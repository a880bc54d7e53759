package org.baobiao.medrec.qc;

import java.util.List;

/** A rule file is wrong; the message names every problem with its file and line. */
public class RuleBookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleBookException(List<String> problems) {
    super("质控规则文件有误：\n  " + String.join("\n  ", problems));
  }
}
