package org.baobiao.sla.contract.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baobiao.sla.contract.ContractProblem;
import org.baobiao.sla.contract.ContractProblem.Code;
import org.baobiao.spec.YamlTree;

/** The problems found in one contract file, collected rather than thrown one by one. */
public final class ProblemLog implements YamlTree.Problems {
  private final String file;
  private final List<ContractProblem> problems = new ArrayList<>();

  public ProblemLog(String file) {
    this.file = requireNonNull(file, "file is null");
  }

  /** The file name the problems refer to. */
  public String file() {
    return file;
  }

  /** Records a problem. */
  public void add(Code code, int line, String field, String message) {
    problems.add(new ContractProblem(code, file, line, field, message));
  }

  @Override
  public void syntax(int line, String field, String message) {
    add(Code.SYNTAX, line, field, message);
  }

  @Override
  public void duplicate(int line, String field, String message) {
    add(Code.DUPLICATE, line, field, message);
  }

  /** Whether no problem was recorded. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems, by line (stable for problems on the same line). */
  public List<ContractProblem> problems() {
    List<ContractProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(ContractProblem::line));
    return List.copyOf(sorted);
  }
}
