package org.baobiao.sla.engine;

/** The outcome of one clock cycle. */
public enum Verdict {
  /** Stopped within its goal. */
  MET("达标"),
  /** Stopped after its goal, or still running past it. */
  BREACHED("超时"),
  /** Still running, within its goal so far. */
  IN_PROGRESS("进行中"),
  /** The ticket was cancelled while the clock ran. */
  CANCELLED("已撤销"),
  /** The ticket was resolved without the clock's stop event: the clock was never needed. */
  NOT_APPLICABLE("不适用"),
  /** No goal rule of the clock matches the ticket. */
  NO_RULE("未匹配规则");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The Chinese label. */
  public String label() {
    return label;
  }
}
