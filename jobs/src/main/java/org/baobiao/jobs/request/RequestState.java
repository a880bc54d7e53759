package org.baobiao.jobs.request;

import java.util.Arrays;

/**
 * The states of an extraction request: 草稿 → 已提交 → 已批准 | 已驳回 | 已撤回 → 已交付 → 已过期. The Chinese name is
 * what the store keeps and people read.
 */
public enum RequestState {
  DRAFT("草稿"),
  SUBMITTED("已提交"),
  APPROVED("已批准"),
  REJECTED("已驳回"),
  WITHDRAWN("已撤回"),
  DELIVERED("已交付"),
  EXPIRED("已过期");

  private final String title;

  RequestState(String title) {
    this.title = title;
  }

  /** The state in Chinese, as stored. */
  public String title() {
    return title;
  }

  /** The state stored as {@code title}. */
  public static RequestState ofTitle(String title) {
    return Arrays.stream(values())
        .filter(s -> s.title.equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown request state " + title));
  }
}
