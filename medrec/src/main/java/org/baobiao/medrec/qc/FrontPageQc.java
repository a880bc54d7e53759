package org.baobiao.medrec.qc;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.medrec.MedrecColumns;

/** Applies the rule book to one stay. */
public final class FrontPageQc {
  private final RuleBook book;

  public FrontPageQc(RuleBook book) {
    this.book = requireNonNull(book, "book is null");
  }

  /** The rule book applied. */
  public RuleBook book() {
    return book;
  }

  /** Every violation of every rule by {@code stay}, in rule order. */
  public List<Violation> check(Stay stay) {
    List<Violation> out = new ArrayList<>();
    for (QcRule rule : book.rules()) {
      out.addAll(check(rule, stay));
    }
    return out;
  }

  /** The violations of one rule by {@code stay}. */
  public static List<Violation> check(QcRule rule, Stay stay) {
    if (rule.when() != null && !rule.when().holds(stay)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    List<Map<String, Object>> rows = stay.rows(rule.scope());
    for (Map<String, Object> row : rows) {
      for (Check.Finding f : rule.check().findings(stay, row)) {
        String field =
            switch (rule.scope()) {
              case FRONT_PAGE -> f.field();
              case DIAGNOSIS -> "diagnoses[" + row.get("seq") + "]." + f.field();
              case OPERATION -> "operations[" + row.get("seq") + "]." + f.field();
            };
        String where =
            switch (rule.scope()) {
              case FRONT_PAGE -> "";
              case DIAGNOSIS -> "第 " + row.get("seq") + " 个其他诊断：";
              case OPERATION -> "第 " + row.get("seq") + " 个手术操作：";
            };
        out.add(
            new Violation(
                rule,
                field,
                MedrecColumns.mask(f.field(), text(f.value())),
                rule.message() + "（" + where + mask(f) + "）"));
      }
    }
    return out;
  }

  /** The detail, with a personal value replaced by its masked form. */
  private static String mask(Check.Finding f) {
    String raw = text(f.value());
    if (raw == null || !MedrecColumns.PERSONAL.contains(f.field())) {
      return f.detail();
    }
    return f.detail().replace(raw, MedrecColumns.mask(f.field(), raw));
  }

  static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toString().replace('T', ' ');
    }
    return v.toString();
  }
}
