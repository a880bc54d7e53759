package org.baobiao.sla.calendar;

import java.util.List;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.SpecProblem;

/**
 * A holiday calendar data file (or its year index) is malformed. Carries one {@link SpecProblem},
 * the problem type of every specification file; the message is that problem, e.g. {@code
 * cn-statutory-2026.csv:4 kind: 值 'MAKEUP': 应为 HOLIDAY（放假）或 WORKDAY（调休上班）}.
 */
public class CalendarDataException extends SpecException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file name, e.g. {@code cn-statutory-2026.csv}
   * @param line 1-based line number
   * @param field the field at fault, e.g. {@code date}
   * @param value the offending text
   * @param problem what is wrong and what was expected, in Chinese
   */
  public CalendarDataException(String file, int line, String field, String value, String problem) {
    this(
        new SpecProblem(
            SpecProblem.Code.INVALID,
            file,
            line,
            0,
            field,
            value,
            (value.isEmpty() ? "" : "值 '" + value + "': ") + problem));
  }

  private CalendarDataException(SpecProblem problem) {
    super(List.of(problem), problem.toString());
  }

  /** The file name. */
  public String file() {
    return problems().get(0).file();
  }

  /** The 1-based line number. */
  public int line() {
    return problems().get(0).line();
  }

  /** The field at fault. */
  public String field() {
    return problems().get(0).field();
  }
}
