package org.baobiao.medrec.qc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.spec.personal.CitizenId;

/**
 * What a rule checks in one row of its scope (the front page, an other diagnosis, an operation);
 * the stay is there for checks that compare with the front page. Each kind of check is named in the
 * rule files by its {@code check:} key (see docs/medrec-qc.md).
 */
public sealed interface Check {

  /** A problem found: the field (of the row), its value as stored, and what is wrong. */
  record Finding(String field, Object value, String detail) {}

  /** The problems of {@code row}; empty when it passes. */
  List<Finding> findings(Stay stay, Map<String, Object> row);

  /** {@code required}: every field has a value. */
  record Required(List<String> fields) implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      List<Finding> out = new ArrayList<>();
      for (String f : fields) {
        if (row.get(f) == null) {
          out.add(new Finding(f, null, MedrecColumns.label(f) + "为空"));
        }
      }
      return out;
    }
  }

  /** {@code required_any}: at least one of the fields has a value. */
  record RequiredAny(List<String> fields) implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      for (String f : fields) {
        if (row.get(f) != null) {
          return List.of();
        }
      }
      return List.of(
          new Finding(
              fields.get(0),
              null,
              String.join("、", fields.stream().map(MedrecColumns::label).toList()) + "均为空"));
    }
  }

  /** {@code in_list}: a value, when given, is a code of the list. */
  record InList(String field, String listName, Map<String, String> codes) implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      Object v = row.get(field);
      if (v == null || codes.containsKey(v.toString())) {
        return List.of();
      }
      return List.of(
          new Finding(field, v, MedrecColumns.label(field) + describe() + "；实为 '" + v + "'"));
    }

    /** The list for people: all of a short list, a few examples of a long one. */
    private String describe() {
      List<String> items = new ArrayList<>();
      int shown = codes.size() > 12 ? 3 : codes.size();
      for (Map.Entry<String, String> e : codes.entrySet()) {
        if (items.size() == shown) {
          break;
        }
        // A code is shown with its name; a list of names (incision, anaesthesia) by the names.
        boolean code = e.getKey().chars().allMatch(ch -> ch < 128);
        items.add(code ? e.getKey() + " " + e.getValue() : e.getKey());
      }
      return codes.size() > 12
          ? "应为代码表 " + listName + " 中的值（共 " + codes.size() + " 项，如 " + String.join("、", items) + "）"
          : "应为以下之一：" + String.join("、", items);
    }
  }

  /** {@code pattern}: a value, when given, matches the pattern whole. */
  record Matches(String field, Pattern pattern, String expected) implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      Object v = row.get(field);
      if (v == null || pattern.matcher(v.toString()).matches()) {
        return List.of();
      }
      return List.of(new Finding(field, v, "应为" + expected + "，实为 '" + v + "'"));
    }
  }

  /** {@code citizen_id}: the ID number, when given, is a valid GB 11643 number. */
  record ValidCitizenId() implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      Object v = row.get("id_number");
      if (v == null) {
        return List.of();
      }
      String problem = CitizenId.problem(v.toString());
      return problem == null ? List.of() : List.of(new Finding("id_number", v, problem));
    }
  }

  /** {@code id_birth_date}: the birth date is the one a valid ID number carries. */
  record BirthDateMatchesId() implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      Object id = row.get("id_number");
      Object birth = row.get("birth_date");
      if (id == null
          || !(birth instanceof LocalDate b)
          || CitizenId.problem(id.toString()) != null) {
        return List.of();
      }
      LocalDate fromId = CitizenId.birthDate(id.toString());
      return fromId.equals(b)
          ? List.of()
          : List.of(new Finding("birth_date", b, "出生日期 " + b + "，身份证号中为 " + fromId));
    }
  }

  /**
   * {@code age}: the age is the full years from the birth date to the admission date; under one
   * year, {@code age_years} is 0 or empty and {@code age_months} the full months.
   */
  record AgeMatches() implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      if (!(row.get("birth_date") instanceof LocalDate birth)
          || !(row.get("admitted_at") instanceof LocalDateTime admitted)) {
        return List.of();
      }
      LocalDate on = admitted.toLocalDate();
      if (birth.isAfter(on)) {
        return List.of(new Finding("birth_date", birth, "出生日期 " + birth + " 晚于入院日期 " + on));
      }
      Period age = Period.between(birth, on);
      Object years = row.get("age_years");
      Object months = row.get("age_months");
      String basis = "（出生 " + birth + "，入院 " + on + "）";
      if (age.getYears() >= 1) {
        if (years != null && ((Number) years).intValue() != age.getYears()) {
          return List.of(
              new Finding(
                  "age_years", years, "年龄应为 " + age.getYears() + " 岁" + basis + "，实填 " + years));
        }
        return List.of();
      }
      int fullMonths = (int) age.toTotalMonths();
      if (years != null && ((Number) years).intValue() != 0) {
        return List.of(new Finding("age_years", years, "不足1周岁，年龄应为 0 或空" + basis + "，实填 " + years));
      }
      if (months != null && ((Number) months).intValue() != fullMonths) {
        return List.of(
            new Finding(
                "age_months", months, "月龄应为 " + fullMonths + " 个月" + basis + "，实填 " + months));
      }
      return List.of();
    }
  }

  /**
   * {@code date_window}: the date of a field, when given, lies in [date of {@code from} + minDays,
   * date of {@code to} (or of {@code from}) + maxDays].
   */
  record DateWindow(String field, String from, String to, int minDays, int maxDays)
      implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      LocalDate v = date(row.get(field));
      LocalDate start = date(stay.frontPage().get(from));
      LocalDate end = date(stay.frontPage().get(to == null ? from : to));
      if (v == null || start == null || end == null) {
        return List.of();
      }
      LocalDate earliest = start.plusDays(minDays);
      LocalDate latest = end.plusDays(maxDays);
      if (earliest.isAfter(latest) || !v.isBefore(earliest) && !v.isAfter(latest)) {
        // An inverted window (admission after discharge) is the order rule's finding, not this
        // one's.
        return List.of();
      }
      return List.of(
          new Finding(
              field,
              row.get(field),
              MedrecColumns.label(field) + " " + v + " 应在 " + earliest + " 至 " + latest + " 之间"));
    }
  }

  /** {@code compare}: {@code left op right} when both are given (numbers or times). */
  record Compare(String left, String op, String right) implements Check {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      Object l = row.get(left);
      Object r = row.get(right);
      if (l == null || r == null) {
        return List.of();
      }
      int c =
          l instanceof BigDecimal a && r instanceof BigDecimal b
              ? a.compareTo(b)
              : ((Comparable) l).compareTo(r);
      boolean ok =
          switch (op) {
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            default -> c == 0;
          };
      if (ok) {
        return List.of();
      }
      return List.of(
          new Finding(
              left,
              l,
              MedrecColumns.label(left)
                  + " "
                  + text(l)
                  + " 应"
                  + op
                  + " "
                  + MedrecColumns.label(right)
                  + " "
                  + text(r)));
    }
  }

  /** {@code los}: the length of stay is discharge date − admission date, at least 1. */
  record LengthOfStay() implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      if (!(row.get("los_days") instanceof Number los)
          || !(row.get("admitted_at") instanceof LocalDateTime a)
          || !(row.get("discharged_at") instanceof LocalDateTime d)
          || d.isBefore(a)) {
        return List.of();
      }
      long expected = Math.max(1, ChronoUnit.DAYS.between(a.toLocalDate(), d.toLocalDate()));
      return los.longValue() == expected
          ? List.of()
          : List.of(
              new Finding(
                  "los_days",
                  los,
                  "实际住院天数应为 "
                      + expected
                      + " 天（入院 "
                      + a.toLocalDate()
                      + "，出院 "
                      + d.toLocalDate()
                      + "），实填 "
                      + los));
    }
  }

  /** {@code sum_at_most}: the sum of the parts given is at most the total, when it is given. */
  record SumAtMost(String total, List<String> parts) implements Check {
    @Override
    public List<Finding> findings(Stay stay, Map<String, Object> row) {
      if (!(row.get(total) instanceof BigDecimal t)) {
        return List.of();
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (String p : parts) {
        if (row.get(p) instanceof BigDecimal v) {
          sum = sum.add(v);
        }
      }
      return sum.compareTo(t) <= 0
          ? List.of()
          : List.of(
              new Finding(
                  total,
                  t,
                  "各类费用之和 "
                      + sum.toPlainString()
                      + " 元超过"
                      + MedrecColumns.label(total)
                      + " "
                      + t.toPlainString()
                      + " 元（差 "
                      + sum.subtract(t).toPlainString()
                      + " 元）"));
    }
  }

  private static LocalDate date(Object v) {
    if (v instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    return v instanceof LocalDate d ? d : null;
  }

  private static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toString().replace('T', ' ');
    }
    return String.valueOf(v);
  }
}
