package org.baobiao.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Specification files failed validation. Carries every problem found, not only the first, so that
 * one run tells the author everything to fix. The message is {@code <what>有 N 处错误:} followed by one
 * problem per line.
 */
public class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /**
   * @param what what was being read, in Chinese, e.g. {@code 合同条款文件}
   * @param problems the problems, at least one
   */
  public SpecException(String what, List<SpecProblem> problems) {
    this(problems, describe(what, problems));
  }

  /** For subclasses that word the message themselves. */
  protected SpecException(List<SpecProblem> problems, String message) {
    super(message);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one problem");
    }
    this.problems = List.copyOf(new ArrayList<>(problems));
  }

  /** The problems, in file and line order. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String describe(String what, List<SpecProblem> problems) {
    return what
        + "有 "
        + problems.size()
        + " 处错误:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
