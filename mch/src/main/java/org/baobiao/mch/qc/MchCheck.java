package org.baobiao.mch.qc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.personal.CitizenId;

/**
 * What an MCH quality rule checks (docs/mch-qc.md). Each check is one SQL query over the record's
 * table (alias {@code r}), joined to a linked record's table where it needs one: the query returns
 * the candidate rows ({@code record_id}, {@code record_date}, {@code value}, {@code other}) and
 * {@link #problem} says, in Chinese, what is wrong with a candidate, or null when it is fine. The
 * SQL is written once for DuckDB and Spark; the checks that need more than SQL (the GB 11643 check
 * character) decide in Java on the rows the query reads.
 */
public sealed interface MchCheck {

  /** The SQL condition a candidate row meets, and the expressions of its value and other value. */
  record Sql(String from, String where, String value, String other, Map<String, Object> params) {}

  /** The joins, condition and value expressions of this check's candidates. */
  Sql sql(RecordKind kind);

  /**
   * What is wrong with a candidate (without the rule's message), or null when it passes.
   *
   * @param value the checked value as stored
   * @param other the linked value, or null
   */
  String problem(RecordKind kind, Object value, Object other);

  /** The checked field, as violations name it. */
  String field();

  /** The field has a value. */
  record Required(String field) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      String c = "r." + field;
      String missing = kind.isText(field) ? c + " IS NULL OR trim(" + c + ") = ''" : c + " IS NULL";
      return new Sql("", "(" + missing + ")", c, "NULL", Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      return kind.label(field) + "未填写";
    }
  }

  /** A number within [min, max] (when given). */
  record Range(String field, BigDecimal min, BigDecimal max, String unit) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      String c = "r." + field;
      return new Sql(
          "",
          c + " IS NOT NULL AND (" + c + " < :min OR " + c + " > :max)",
          c,
          "NULL",
          Map.of("min", min, "max", max));
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      String u = unit.isEmpty() ? "" : " " + unit;
      return kind.label(field)
          + "应在 "
          + min.toPlainString()
          + "–"
          + max.toPlainString()
          + u
          + "之间，实填 "
          + value
          + u;
    }
  }

  /**
   * A date not before another date: of the same record ({@code table} null), or the latest of the
   * records of {@code table} whose {@code toKey} equals this record's {@code link}.
   */
  record NotBefore(String field, String table, String otherField, String link, String toKey)
      implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      if (table == null) {
        return new Sql(
            "", "r." + field + " < r." + otherField, "r." + field, "r." + otherField, Map.of());
      }
      String from =
          " JOIN (SELECT org_code, "
              + toKey
              + " AS link_key, max("
              + otherField
              + ") AS link_value FROM "
              + table
              + " GROUP BY org_code, "
              + toKey
              + ") o ON o.org_code = r.org_code AND o.link_key = r."
              + link;
      return new Sql(
          from, "r." + field + " < o.link_value", "r." + field, "o.link_value", Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      String otherLabel =
          table == null ? kind.label(otherField) : RecordKind.of(table).label(otherField);
      return kind.label(field) + " " + value + " 早于" + otherLabel + " " + other;
    }
  }

  /**
   * The value names a record of {@code table} (its column {@code toKey}); when {@code whenField} is
   * given, a record of {@code table} whose column {@code whenField} equals {@code whenValue}.
   */
  record Reference(String field, String table, String toKey, String whenField, String whenValue)
      implements MchCheck {
    public Reference(String field, String table, String toKey) {
      this(field, table, toKey, null, null);
    }

    @Override
    public Sql sql(RecordKind kind) {
      String from =
          " LEFT JOIN (SELECT DISTINCT org_code, "
              + toKey
              + " AS link_key FROM "
              + table
              + (whenField == null ? "" : " WHERE " + whenField + " = :ref_value")
              + ") o ON o.org_code = r.org_code AND o.link_key = r."
              + field;
      return new Sql(
          from,
          "r." + field + " IS NOT NULL AND o.link_key IS NULL",
          "r." + field,
          "NULL",
          whenField == null ? Map.of() : Map.of("ref_value", whenValue));
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      RecordKind linked = RecordKind.of(table);
      String which = whenField == null ? "" : "（" + linked.label(whenField) + " " + whenValue + "）";
      return kind.label(field) + " " + value + " 在" + linked.title() + which + "中没有记录";
    }
  }

  /**
   * Two columns name two different persons: the two ids differ, and the records of {@code table}
   * they name (by {@code toKey}) do not share the identifying column {@code person} (an ID number).
   */
  record DifferentPersons(List<String> fields, String table, String toKey, String person)
      implements MchCheck {
    public DifferentPersons {
      fields = List.copyOf(fields);
    }

    @Override
    public String field() {
      return fields.get(1);
    }

    @Override
    public Sql sql(RecordKind kind) {
      String a = fields.get(0);
      String b = fields.get(1);
      String from =
          " LEFT JOIN (SELECT DISTINCT org_code, "
              + toKey
              + " AS link_key, "
              + person
              + " AS person FROM "
              + table
              + " WHERE "
              + person
              + " IS NOT NULL) pa ON pa.org_code = r.org_code AND pa.link_key = r."
              + a
              + " LEFT JOIN (SELECT DISTINCT org_code, "
              + toKey
              + " AS link_key, "
              + person
              + " AS person FROM "
              + table
              + " WHERE "
              + person
              + " IS NOT NULL) pb ON pb.org_code = r.org_code AND pb.link_key = r."
              + b;
      return new Sql(
          from,
          "(r." + a + " = r." + b + " OR pa.person = pb.person)",
          "r." + b,
          "pb.person",
          Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      RecordKind linked = RecordKind.of(table);
      if (other == null) {
        return kind.label(fields.get(0)) + "与" + kind.label(fields.get(1)) + "相同：" + value;
      }
      return kind.label(fields.get(0))
          + "与"
          + kind.label(fields.get(1))
          + "在"
          + linked.title()
          + "中的"
          + linked.label(person)
          + "相同："
          + linked.mask(person, other.toString());
    }
  }

  /** A GB 11643 citizen identity number (check character, birth date). */
  record CitizenIdValid(String field) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      return new Sql("", "r." + field + " IS NOT NULL", "r." + field, "NULL", Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      String p = CitizenId.problem(value.toString());
      return p == null
          ? null
          : kind.label(field) + " " + kind.mask(field, value.toString()) + "：" + p;
    }
  }

  /**
   * The sex a valid GB 11643 number encodes (its 17th digit: odd male, even female) agrees with the
   * sex column ({@code F} or {@code M}).
   */
  record IdSex(String field, String sexField) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      return new Sql(
          "",
          "r." + field + " IS NOT NULL AND r." + sexField + " IS NOT NULL",
          "r." + field,
          "r." + sexField,
          Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      String id = value.toString();
      if (CitizenId.problem(id) != null) {
        return null;
      }
      String full = CitizenId.normalise(id);
      String encoded = (full.charAt(16) - '0') % 2 == 1 ? "M" : "F";
      if (encoded.equals(other)) {
        return null;
      }
      return kind.label(sexField)
          + "为"
          + ("F".equals(other) ? "女" : "M".equals(other) ? "男" : other)
          + "，"
          + kind.label(field)
          + " "
          + kind.mask(field, id)
          + " 为"
          + ("M".equals(encoded) ? "男" : "女")
          + "性";
    }
  }

  /**
   * A date not after the day of the evaluation ({@code :evaluated_on}, bound by {@link MchQcRun}):
   * a record dated in the future was keyed wrongly.
   */
  record NotFuture(String field) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      String c = "r." + field;
      return new Sql("", c + " > :evaluated_on", c, ":evaluated_on", Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      return kind.label(field) + " " + value + " 晚于质控日期 " + other;
    }
  }

  /**
   * The records sharing a couple id ({@code field}) are the two partners of one couple: at most two
   * records, of different sexes ({@code sexField}). An empty couple id is not checked.
   */
  record Couple(String field, String sexField) implements MchCheck {
    @Override
    public Sql sql(RecordKind kind) {
      String from =
          " JOIN (SELECT org_code, "
              + field
              + " AS link_key, count(*) AS n, count(DISTINCT "
              + sexField
              + ") AS sexes FROM "
              + kind.table()
              + " WHERE "
              + field
              + " IS NOT NULL GROUP BY org_code, "
              + field
              + ") o ON o.org_code = r.org_code AND o.link_key = r."
              + field;
      return new Sql(
          from,
          "(o.n > 2 OR o.sexes < o.n)",
          "r." + field,
          "CASE WHEN o.n > 2 THEN o.n ELSE 0 END",
          Map.of());
    }

    @Override
    public String problem(RecordKind kind, Object value, Object other) {
      long n = other == null ? 0 : ((Number) other).longValue();
      if (n > 2) {
        return kind.label(field) + " " + value + " 下有 " + n + " 人的检查记录，应为夫妇二人";
      }
      return kind.label(field) + " " + value + " 下的两人" + kind.label(sexField) + "相同";
    }
  }
}
