package org.baobiao.sla.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Contract files failed validation. Lists every problem found, not only the first, so that one run
 * tells the author everything to fix.
 */
public final class ContractException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ContractProblem> problems;

  public ContractException(List<ContractProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file and line order. */
  public List<ContractProblem> problems() {
    return problems;
  }

  private static String describe(List<ContractProblem> problems) {
    return "合同条款文件有 "
        + problems.size()
        + " 处错误:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
