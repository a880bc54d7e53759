package org.baobiao.medrec.qc;

/** What part of a stay a rule looks at: the front page itself, or each of its rows of a kind. */
public enum RuleScope {
  FRONT_PAGE,
  DIAGNOSIS,
  OPERATION
}
