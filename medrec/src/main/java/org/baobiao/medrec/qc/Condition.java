package org.baobiao.medrec.qc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** When a rule applies to a stay; a rule without one always applies. */
public sealed interface Condition {

  /** Whether the rule applies to {@code stay}. */
  boolean holds(Stay stay);

  /** A front-page text field equals a value. */
  record Equals(String field, String value) implements Condition {
    @Override
    public boolean holds(Stay stay) {
      return value.equals(stay.frontPage().get(field));
    }
  }

  /** A front-page code falls in one of the ranges. */
  record CodeIn(String field, List<CodeRange> ranges) implements Condition {
    @Override
    public boolean holds(Stay stay) {
      return CodeRange.any(ranges, (String) stay.frontPage().get(field));
    }
  }

  /** The main diagnosis or any other diagnosis falls in one of the ranges. */
  record AnyDiagnosisIn(List<CodeRange> ranges) implements Condition {
    @Override
    public boolean holds(Stay stay) {
      if (CodeRange.any(ranges, (String) stay.frontPage().get("main_diagnosis_code"))) {
        return true;
      }
      for (Map<String, Object> d : stay.diagnoses()) {
        if (CodeRange.any(ranges, (String) d.get("diagnosis_code"))) {
          return true;
        }
      }
      return false;
    }
  }

  /** A front-page amount is greater than zero. */
  record Positive(String field) implements Condition {
    @Override
    public boolean holds(Stay stay) {
      return stay.frontPage().get(field) instanceof BigDecimal d && d.signum() > 0
          || stay.frontPage().get(field) instanceof Long n && n > 0;
    }
  }

  /** The patient was at most {@code days} days old on admission (by birth date and admission). */
  record AgeDaysAtMost(int days) implements Condition {
    @Override
    public boolean holds(Stay stay) {
      Object birth = stay.frontPage().get("birth_date");
      Object admitted = stay.frontPage().get("admitted_at");
      if (birth instanceof LocalDate b && admitted instanceof LocalDateTime a) {
        long age = ChronoUnit.DAYS.between(b, a.toLocalDate());
        return age >= 0 && age <= days;
      }
      return false;
    }
  }

  /**
   * A range of ICD-10 codes by their first three characters, e.g. {@code C00-D48} (both ends
   * included); a single category is written alone, e.g. {@code O80}.
   */
  record CodeRange(String from, String to) {
    static CodeRange parse(String text) {
      int dash = text.indexOf('-');
      return dash < 0
          ? new CodeRange(text, text)
          : new CodeRange(text.substring(0, dash), text.substring(dash + 1));
    }

    boolean contains(String code) {
      if (code == null || code.length() < 3) {
        return false;
      }
      String category = code.substring(0, 3);
      return category.compareTo(from) >= 0 && category.compareTo(to) <= 0;
    }

    static boolean any(List<CodeRange> ranges, String code) {
      for (CodeRange r : ranges) {
        if (r.contains(code)) {
          return true;
        }
      }
      return false;
    }
  }
}
