package org.baobiao.reports.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when report definitions fail validation. Lists every problem found, not only the first, so
 * that one run of the loader tells the author everything to fix.
 */
public final class ReportCatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  public ReportCatalogException(List<SpecProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file and field order. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String describe(List<SpecProblem> problems) {
    return "报表定义有 "
        + problems.size()
        + " 处错误:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
