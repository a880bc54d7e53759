package org.baobiao.jobs.request;

import java.util.Arrays;
import java.util.Optional;

/** Why data is asked for; the code is also what people type ({@code 科研}). */
public enum Purpose {
  RESEARCH("科研"),
  REPORTING("上报"),
  QUALITY("质控"),
  MANAGEMENT("管理"),
  OTHER("其他");

  private final String title;

  Purpose(String title) {
    this.title = title;
  }

  /** The purpose in Chinese, as typed and stored. */
  public String title() {
    return title;
  }

  /** The purpose written as {@code title}. */
  public static Optional<Purpose> ofTitle(String title) {
    return Arrays.stream(values()).filter(p -> p.title.equals(title)).findFirst();
  }
}
