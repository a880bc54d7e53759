package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.FindingSpec;
import org.baobiao.reports.catalog.FindingSpec.Condition;
import org.baobiao.reports.catalog.ReportSpec;

/**
 * Writes a report's findings (主要发现): the sentences its {@code findings:} rules make of the computed
 * datasets, as one more dataset, {@value #NAME}, that the PDF prints on its first page and XLSX and
 * CSV carry like any other. Each sentence keeps where its figure comes from: the rule, the dataset,
 * the row and the column, and the value as the sentence prints it.
 *
 * <p>Values are printed as people read them: integers as they are, DECIMAL at the column's scale,
 * PERCENT as a percentage at the column's scale ({@code 0.961} → {@code 96.1%}), DATE as {@code
 * 2026年5月6日}, TIMESTAMP as {@code 2026年5月6日 10:00}; a NULL value as {@code —}. Modifiers (see
 * {@link FindingSpec#MODIFIERS}): {@code abs}, {@code pp} ({@code 0.021} → {@code 2.1}, for 个百分点),
 * {@code month} ({@code 5月}).
 */
public final class Findings {
  /** The name of the findings dataset. */
  public static final String NAME = "findings";

  /** The findings dataset's definition: the same for every report. */
  public static final DatasetSpec DATASET =
      new DatasetSpec(
          NAME,
          "主要发现",
          "report.yaml",
          List.of(
              new ColumnSpec("seq", "序号", ColumnType.INTEGER, null, 0, 6),
              new ColumnSpec("sentence", "发现", ColumnType.TEXT, null, 0, 60),
              new ColumnSpec("rule_id", "规则", ColumnType.TEXT, null, 0, 20),
              new ColumnSpec("source_dataset", "数据集", ColumnType.TEXT, null, 0, 16),
              new ColumnSpec("source_title", "依据（报表章节）", ColumnType.TEXT, null, 0, 22),
              new ColumnSpec("source_row", "行号", ColumnType.INTEGER, null, 0, 6),
              new ColumnSpec("source_column", "列", ColumnType.TEXT, null, 0, 20),
              new ColumnSpec("source_label", "指标", ColumnType.TEXT, null, 0, 18),
              new ColumnSpec("value", "数值", ColumnType.TEXT, null, 0, 12)));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private Findings() {}

  /**
   * The findings of a computed report.
   *
   * @param results the computed datasets; each dataset a rule reads must be among them
   * @throws IllegalStateException when a rule's dataset was not computed
   */
  public static DatasetResult evaluate(ReportSpec spec, List<DatasetResult> results) {
    requireNonNull(spec, "spec is null");
    List<Object[]> rows = new ArrayList<>();
    for (FindingSpec rule : spec.findings()) {
      DatasetResult source =
          results.stream()
              .filter(r -> r.spec().name().equals(rule.dataset()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "报表 "
                              + spec.id()
                              + " 的发现规则 "
                              + rule.id()
                              + " 所读数据集 "
                              + rule.dataset()
                              + " 未计算"));
      DatasetSpec ds = source.spec();
      int written = 0;
      for (int r = 0; r < source.rows().size() && written < rule.max(); r++) {
        Object[] row = source.rows().get(r);
        if (!holds(rule, ds, row)) {
          continue;
        }
        int c = ds.indexOf(rule.column());
        ColumnSpec column = ds.columns().get(c);
        rows.add(
            new Object[] {
              (long) rows.size() + 1,
              sentence(rule.text(), ds, row),
              rule.id(),
              ds.name(),
              ds.title(),
              (long) r + 1,
              column.name(),
              column.label(),
              format(row[c], column, List.of())
            });
        written++;
      }
    }
    return new DatasetResult(DATASET, rows);
  }

  /** Whether every condition of {@code rule} holds on {@code row} of {@code ds}. */
  static boolean holds(FindingSpec rule, DatasetSpec ds, Object[] row) {
    for (Condition condition : rule.when()) {
      if (!holds(condition, row[ds.indexOf(condition.column())])) {
        return false;
      }
    }
    return true;
  }

  /** One condition on a value; any comparison with NULL is false, as in SQL. */
  static boolean holds(Condition condition, Object value) {
    switch (condition.operator()) {
      case IS_NULL:
        return value == null;
      case IS_NOT_NULL:
        return value != null;
      default:
        break;
    }
    if (value == null) {
      return false;
    }
    int order;
    if (condition.operand() instanceof BigDecimal number) {
      order = CellText.decimal(value).compareTo(number);
    } else {
      order = value.toString().compareTo((String) condition.operand());
    }
    return switch (condition.operator()) {
      case EQ -> order == 0;
      case NE -> order != 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      default -> order >= 0;
    };
  }

  /** The template with each placeholder replaced by its column's value of {@code row}. */
  static String sentence(String template, DatasetSpec ds, Object[] row) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String[] parts = m.group(1).strip().split("\\|");
      int c = ds.indexOf(parts[0]);
      String text =
          format(row[c], ds.columns().get(c), Arrays.asList(parts).subList(1, parts.length));
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A value as a sentence prints it (see the class comment). */
  static String format(Object value, ColumnSpec column, List<String> modifiers) {
    if (value == null) {
      return "—";
    }
    boolean abs = modifiers.contains("abs");
    boolean month = modifiers.contains("month");
    return switch (column.type()) {
      case TEXT -> value.toString();
      case INTEGER -> {
        long n = ((Number) value).longValue();
        yield String.valueOf(abs ? Math.abs(n) : n);
      }
      case DECIMAL -> {
        BigDecimal d = CellText.decimal(value).setScale(column.scale(), RoundingMode.HALF_UP);
        yield (abs ? d.abs() : d).toPlainString();
      }
      case PERCENT -> {
        BigDecimal points =
            CellText.decimal(value)
                .movePointRight(2)
                .setScale(column.scale(), RoundingMode.HALF_UP);
        String number = (abs ? points.abs() : points).toPlainString();
        yield modifiers.contains("pp") ? number : number + "%";
      }
      case DATE -> {
        LocalDate d = value instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) value;
        yield month ? d.getMonthValue() + "月" : dateText(d);
      }
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) value;
        yield month
            ? t.getMonthValue() + "月"
            : dateText(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
      }
    };
  }

  private static String dateText(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
