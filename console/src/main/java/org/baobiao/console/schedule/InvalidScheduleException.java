package org.baobiao.console.schedule;

import java.util.List;
import org.baobiao.jobs.service.InvalidRequestException;

/** A schedule refused before anything was saved: every problem found, each in Chinese. */
public class InvalidScheduleException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidScheduleException(List<String> problems) {
    super(String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
