package org.baobiao.etl.extract;

import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;

/**
 * A source definition file cannot be used; the message lists every problem with its line and field
 * path, in Chinese, for the person who wrote the file. The message keeps the wording the {@code
 * extract} command has always printed ({@code 第 N 行 field: message} under a heading naming the
 * file).
 */
public class SourceDefinitionException extends SpecException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the definition file as given
   * @param problems its problems, in line order
   */
  public SourceDefinitionException(String file, List<SpecProblem> problems) {
    super(
        problems,
        "数据源定义 "
            + file
            + " 有 "
            + problems.size()
            + " 处问题:\n  "
            + String.join("\n  ", lines(problems)));
  }

  /** One line per problem: {@code 第 N 行 field: message}, without the file name. */
  public List<String> lines() {
    return lines(problems());
  }

  private static List<String> lines(List<SpecProblem> problems) {
    return problems.stream()
        .map(
            p ->
                (p.line() > 0 ? "第 " + p.line() + " 行 " : "")
                    + (p.field().isEmpty() ? "" : p.field() + ": ")
                    + p.message())
        .toList();
  }
}
