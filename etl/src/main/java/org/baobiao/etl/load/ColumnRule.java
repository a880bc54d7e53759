package org.baobiao.etl.load;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one column of a source row is read and checked, written once and used twice: {@link #read}
 * applies it in Java ({@link FieldReader}, which words the rejects), {@link #sureSql} generates the
 * SQL that tells when the same Java read would surely accept a text and {@link #valueSql} the SQL
 * of the value it would give. The SQL is conservative: a text it is not sure of (other timestamp
 * forms, numbers with a sign, values near a limit measured in other units) goes to the Java rules,
 * so a row the SQL accepts is a row the Java rules accept with the same values, and every reject is
 * worded by Java.
 *
 * @param column the column
 * @param type how it is read
 * @param required whether an empty value is MISSING_VALUE
 * @param maxLength the longest {@link Type#TEXT}, in characters
 * @param token the token of a {@link Type#TOKEN}, else null
 * @param codes the code list of a {@link Type#CODE}, else empty
 * @param min the lower bound of an {@link Type#INTEGER} or {@link Type#WHOLE}
 * @param max the upper bound of an {@link Type#INTEGER} or {@link Type#WHOLE}
 * @param when the condition under which an optional column is required, else null
 */
public record ColumnRule(
    String column,
    Type type,
    boolean required,
    int maxLength,
    Token token,
    Map<String, String> codes,
    long min,
    long max,
    When when) {

  /** How a column's text is read. */
  public enum Type {
    /** Text of at most {@link #maxLength} characters. */
    TEXT,
    /** A {@link Token}. */
    TOKEN,
    /** One of {@link #codes}. */
    CODE,
    /** One of {@link #codes}, which are all integers, read as the {@link Integer} it writes. */
    INTEGER_CODE,
    /** A 32-bit integer in [{@link #min}, {@link #max}]. */
    INTEGER,
    /** A 64-bit whole number in [{@link #min}, {@link #max}]. */
    WHOLE,
    /** A timestamp in one of the documented forms ({@link Timestamps}). */
    TIMESTAMP,
    /**
     * Free text passed through as read ({@link FieldReader#raw}), never required: only {@link
     * FieldReader#finish} bounds it, to {@link FieldReader#MAX_TEXT} characters.
     */
    RAW
  }

  /**
   * A column is required on a row where another column, read earlier, has a given value.
   *
   * @param column the other column
   * @param value its value (a code) that makes this column required
   */
  public record When(String column, String value) {
    public When {
      requireNonNull(column, "column is null");
      requireNonNull(value, "value is null");
    }
  }

  public ColumnRule {
    requireNonNull(column, "column is null");
    requireNonNull(type, "type is null");
    codes = codes == null ? Map.of() : codes;
    if (type == Type.RAW && (required || when != null)) {
      throw new IllegalArgumentException("free text is never required: " + column);
    }
  }

  public static ColumnRule text(String column, boolean required, int maxLength) {
    return new ColumnRule(column, Type.TEXT, required, maxLength, null, Map.of(), 0, 0, null);
  }

  public static ColumnRule token(String column, boolean required, Token token) {
    return new ColumnRule(column, Type.TOKEN, required, 0, token, Map.of(), 0, 0, null);
  }

  /** A code; {@code required} may be overridden per row ({@link #read(FieldReader, boolean)}). */
  public static ColumnRule code(String column, boolean required, Map<String, String> codes) {
    return new ColumnRule(column, Type.CODE, required, 0, null, codes, 0, 0, null);
  }

  public static ColumnRule integer(String column, boolean required, int min, int max) {
    return new ColumnRule(column, Type.INTEGER, required, 0, null, Map.of(), min, max, null);
  }

  public static ColumnRule whole(String column, boolean required, long min, long max) {
    return new ColumnRule(column, Type.WHOLE, required, 0, null, Map.of(), min, max, null);
  }

  public static ColumnRule timestamp(String column, boolean required) {
    return new ColumnRule(column, Type.TIMESTAMP, required, 0, null, Map.of(), 0, 0, null);
  }

  /** A code of a list whose codes are integers (e.g. levels 1–3), read as the integer. */
  public static ColumnRule integerCode(String column, boolean required, Map<String, String> codes) {
    for (String code : codes.keySet()) {
      if (!code.matches("[1-9][0-9]{0,8}|0")) {
        throw new IllegalArgumentException("not an integer code: " + code);
      }
    }
    return new ColumnRule(column, Type.INTEGER_CODE, required, 0, null, codes, 0, 0, null);
  }

  /** Free text passed through as read (see {@link Type#RAW}). */
  public static ColumnRule raw(String column) {
    return new ColumnRule(column, Type.RAW, false, 0, null, Map.of(), 0, 0, null);
  }

  /**
   * The same rule, also required on a row where {@code other} (a column read before this one) has
   * the value {@code value}.
   */
  public ColumnRule requiredWhen(String other, String value) {
    return new ColumnRule(
        column, type, required, maxLength, token, codes, min, max, new When(other, value));
  }

  /** Whether a JSON number is a value this column may take (else only strings, true, false). */
  public boolean numeric() {
    return type == Type.INTEGER || type == Type.WHOLE;
  }

  /** Reads the column of the current record: its value, or null when empty or rejected. */
  public Object read(FieldReader f) {
    return read(f, required);
  }

  /**
   * Reads every column of the current record by its rule, in order, each required as {@link
   * #required} and {@link #when} say on this row: the values (null when empty or rejected), in the
   * rules' order.
   */
  public static Object[] readAll(List<ColumnRule> rules, FieldReader f) {
    Object[] v = new Object[rules.size()];
    for (int i = 0; i < v.length; i++) {
      ColumnRule rule = rules.get(i);
      boolean required = rule.required;
      if (rule.when != null) {
        int other = indexOf(rules, rule.when.column);
        if (other >= i) {
          throw new IllegalStateException(rule.column + " depends on a later column");
        }
        required |= rule.when.value.equals(v[other]);
      }
      v[i] = rule.read(f, required);
    }
    return v;
  }

  /** The position of a column's rule in {@code rules}. */
  public static int indexOf(List<ColumnRule> rules, String column) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).column().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(column);
  }

  /**
   * The SQL condition under which the column is required on a row ({@link #readAll}), with {@code
   * text} the SQL of each column's text: the other column's value is the code only when its text is
   * (a code is read as written).
   */
  public String requiredSql(Function<String, String> text) {
    if (required) {
      return "TRUE";
    }
    if (when == null) {
      return "FALSE";
    }
    return "coalesce(" + text.apply(when.column) + " = " + literal(when.value) + ", FALSE)";
  }

  /** Reads the column, required or not for this row. */
  public Object read(FieldReader f, boolean required) {
    return switch (type) {
      case TEXT -> f.text(column, required, maxLength);
      case TOKEN -> f.token(column, required, token);
      case CODE -> f.code(column, required, codes);
      case INTEGER_CODE -> {
        String code = f.code(column, required, codes);
        yield code == null ? null : Integer.valueOf(code);
      }
      case INTEGER -> f.integer(column, required, (int) min, (int) max);
      case WHOLE -> f.wholeNumber(column, required, min, max);
      case TIMESTAMP -> f.timestamp(column, required);
      case RAW -> f.raw(column);
    };
  }

  /**
   * Each rule's {@link #sureSql(String, String, String)}, required as {@link #requiredSql} says.
   *
   * @param text the SQL of a column's text (NULL when absent or empty)
   * @param value the SQL of a column's {@link #valueSql}, already computed
   */
  public static List<String> sureSqlOf(
      List<ColumnRule> rules, Function<String, String> text, Function<String, String> value) {
    return rules.stream()
        .map(r -> r.sureSql(text.apply(r.column), value.apply(r.column), r.requiredSql(text)))
        .toList();
  }

  /**
   * A SQL condition on {@code v}, the column's text (NULL when absent or empty, as read: JSON
   * strings stripped), true only when {@link #read} surely accepts it; {@code requiredSql} is the
   * SQL condition under which the column is required (e.g. {@code TRUE}).
   */
  public String sureSql(String v, String requiredSql) {
    return sureSql(v, valueSql(v), requiredSql);
  }

  /**
   * As {@link #sureSql(String, String)}, with {@code value} the SQL of {@link #valueSql} of {@code
   * v} already computed (a column of a subquery: each value is computed once per row).
   */
  public String sureSql(String v, String value, String requiredSql) {
    String present = v + " IS NOT NULL";
    String check =
        switch (type) {
          // strlen counts bytes, never fewer than Java's UTF-16 units: a longer text goes to Java
          case TEXT -> "strlen(" + v + ") <= " + maxLength;
          case RAW -> "strlen(" + v + ") <= " + FieldReader.MAX_TEXT;
          case TOKEN -> "regexp_full_match(" + v + ", " + literal(token.regex()) + ")";
          case CODE, INTEGER_CODE ->
              v
                  + " IN ("
                  + codes.keySet().stream()
                      .map(ColumnRule::literal)
                      .collect(Collectors.joining(", "))
                  + ")";
          case INTEGER ->
              "regexp_full_match("
                  + v
                  + ", '-?[0-9]{1,9}') AND "
                  + value
                  + " BETWEEN "
                  + min
                  + " AND "
                  + max;
          case WHOLE ->
              "regexp_full_match("
                  + v
                  + ", '-?[0-9]{1,18}') AND "
                  + value
                  + " BETWEEN "
                  + min
                  + " AND "
                  + max;
          case TIMESTAMP ->
              "regexp_full_match("
                  + v
                  + ", "
                  + literal(TIMESTAMP_FORMS)
                  + ") AND "
                  + value
                  + " >= "
                  + timestampLiteral(Timestamps.EARLIEST)
                  + " AND "
                  + value
                  + " < "
                  + timestampLiteral(Timestamps.AFTER_LATEST);
        };
    return "(CASE WHEN "
        + present
        + " THEN coalesce("
        + check
        + ", FALSE) ELSE NOT ("
        + requiredSql
        + ") END)";
  }

  /**
   * The forms of a timestamp whose SQL value is surely the Java value: local date and time with
   * {@code -} or {@code /}, or ISO 8601 with {@code T}, at most 6 fraction digits, hours 00–23 and
   * seconds 00–59 (DuckDB takes 24:00 and leap seconds, Java does not), and as offset only
   * Shanghai's own {@code +08:00} (without daylight saving since 1991, so the local time is the
   * time as written).
   */
  static final String TIMESTAMP_FORMS =
      "([0-9]{4}(-[0-9]{2}-[0-9]{2} |/[0-9]{2}/[0-9]{2} )"
          + ColumnRule.TIME
          + "|[0-9]{4}-[0-9]{2}-[0-9]{2}T"
          + ColumnRule.TIME
          + "(\\+08:?00)?)";

  private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,6})?)?";

  /** The SQL of the value {@link #read} gives for a text {@link #sureSql} accepts. */
  public String valueSql(String v) {
    return switch (type) {
      case TEXT, TOKEN, CODE, RAW -> v;
      case INTEGER_CODE -> "TRY_CAST(" + v + " AS INTEGER)";
      case INTEGER -> "TRY_CAST(" + v + " AS INTEGER)";
      case WHOLE -> "TRY_CAST(" + v + " AS BIGINT)";
      // the regular expression only where it can match (0.15-0.2 s of a million rows' rules)
      case TIMESTAMP ->
          "TRY_CAST(replace(CASE WHEN contains("
              + v
              + ", 'T') THEN regexp_replace("
              + v
              + ", 'T([0-9:.]+)\\+08:?00$', ' \\1') ELSE "
              + v
              + " END, '/', '-') AS TIMESTAMP)";
    };
  }

  private static String timestampLiteral(LocalDateTime t) {
    return "TIMESTAMP '" + t.toLocalDate() + " " + t.toLocalTime() + "'";
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
