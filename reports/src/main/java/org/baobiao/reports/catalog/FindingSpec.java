package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule that writes one sentence of a report's findings (主要发现) from the figures of one dataset:
 * for each row of {@code dataset} on which every condition of {@code when} holds, {@code text} with
 * its placeholders filled from that row, at most {@code max} sentences. The sentence names the
 * figure it states: {@code column} of that row (see {@code findings:} in report.yaml,
 * docs/indicators.md).
 *
 * @param id the rule id, unique in the report (snake_case), printed beside each sentence
 * @param dataset the name of the dataset the rule reads
 * @param when conditions over the row's columns, all of which must hold (none: every row)
 * @param column the column whose value the sentence states (its traceable figure)
 * @param text the sentence in Chinese, with placeholders {@code {column}} or {@code
 *     {column|modifier|...}}
 * @param max the most sentences the rule writes (rows after that are left out)
 */
public record FindingSpec(
    String id, String dataset, List<Condition> when, String column, String text, int max) {
  public FindingSpec {
    requireNonNull(id, "id is null");
    requireNonNull(dataset, "dataset is null");
    requireNonNull(column, "column is null");
    requireNonNull(text, "text is null");
    when = List.copyOf(when);
  }

  /**
   * One condition over a column, e.g. {@code sla_change > 0}, {@code tickets_year_ago is null} or
   * {@code status_label = '未履行'}.
   *
   * @param column the column of the rule's dataset
   * @param operator the comparison
   * @param operand a number ({@link BigDecimal}; a PERCENT column compares its fraction, so {@code
   *     0.95} is 95 %) or a text ({@link String}); null for {@code is null} and {@code is not null}
   */
  public record Condition(String column, Operator operator, Object operand) {
    public Condition {
      requireNonNull(column, "column is null");
      requireNonNull(operator, "operator is null");
    }
  }

  /** The comparisons a condition may use; a comparison with a NULL value is false. */
  public enum Operator {
    IS_NULL("is null"),
    IS_NOT_NULL("is not null"),
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written in report.yaml. */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * The ways a placeholder may print its value, after a {@code |}: {@code abs} (the absolute value,
   * for 减少 3 件), {@code pp} (a PERCENT value as percentage points, the number without the % sign:
   * 0.021 → 2.1), {@code month} (a DATE or TIMESTAMP as its month, 5月).
   */
  public static final List<String> MODIFIERS = List.of("abs", "pp", "month");
}
