package org.baobiao.etl.extract;

import java.util.List;

/**
 * A source definition file cannot be used; the message lists every problem with its line and field
 * path, in Chinese, for the person who wrote the file.
 */
public class SourceDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public SourceDefinitionException(String file, List<String> problems) {
    super("数据源定义 " + file + " 有 " + problems.size() + " 处问题:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem: {@code 第 N 行 field: message}. */
  public List<String> problems() {
    return problems;
  }
}
