package org.baobiao.etl.load;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Map;
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
 */
public record ColumnRule(
    String column,
    Type type,
    boolean required,
    int maxLength,
    Token token,
    Map<String, String> codes,
    long min,
    long max) {

  /** How a column's text is read. */
  public enum Type {
    /** Text of at most {@link #maxLength} characters. */
    TEXT,
    /** A {@link Token}. */
    TOKEN,
    /** One of {@link #codes}. */
    CODE,
    /** A 32-bit integer in [{@link #min}, {@link #max}]. */
    INTEGER,
    /** A 64-bit whole number in [{@link #min}, {@link #max}]. */
    WHOLE,
    /** A timestamp in one of the documented forms ({@link Timestamps}). */
    TIMESTAMP
  }

  public ColumnRule {
    requireNonNull(column, "column is null");
    requireNonNull(type, "type is null");
    codes = codes == null ? Map.of() : codes;
  }

  public static ColumnRule text(String column, boolean required, int maxLength) {
    return new ColumnRule(column, Type.TEXT, required, maxLength, null, Map.of(), 0, 0);
  }

  public static ColumnRule token(String column, boolean required, Token token) {
    return new ColumnRule(column, Type.TOKEN, required, 0, token, Map.of(), 0, 0);
  }

  /** A code; {@code required} may be overridden per row ({@link #read(FieldReader, boolean)}). */
  public static ColumnRule code(String column, boolean required, Map<String, String> codes) {
    return new ColumnRule(column, Type.CODE, required, 0, null, codes, 0, 0);
  }

  public static ColumnRule integer(String column, boolean required, int min, int max) {
    return new ColumnRule(column, Type.INTEGER, required, 0, null, Map.of(), min, max);
  }

  public static ColumnRule whole(String column, boolean required, long min, long max) {
    return new ColumnRule(column, Type.WHOLE, required, 0, null, Map.of(), min, max);
  }

  public static ColumnRule timestamp(String column, boolean required) {
    return new ColumnRule(column, Type.TIMESTAMP, required, 0, null, Map.of(), 0, 0);
  }

  /** Whether a JSON number is a value this column may take (else only strings, true, false). */
  public boolean numeric() {
    return type == Type.INTEGER || type == Type.WHOLE;
  }

  /** Reads the column of the current record: its value, or null when empty or rejected. */
  public Object read(FieldReader f) {
    return read(f, required);
  }

  /** Reads the column, required or not for this row. */
  public Object read(FieldReader f, boolean required) {
    return switch (type) {
      case TEXT -> f.text(column, required, maxLength);
      case TOKEN -> f.token(column, required, token);
      case CODE -> f.code(column, required, codes);
      case INTEGER -> f.integer(column, required, (int) min, (int) max);
      case WHOLE -> f.wholeNumber(column, required, min, max);
      case TIMESTAMP -> f.timestamp(column, required);
    };
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
          case TOKEN -> "regexp_full_match(" + v + ", " + literal(token.regex()) + ")";
          case CODE ->
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
      case TEXT, TOKEN, CODE -> v;
      case INTEGER -> "TRY_CAST(" + v + " AS INTEGER)";
      case WHOLE -> "TRY_CAST(" + v + " AS BIGINT)";
      case TIMESTAMP ->
          "TRY_CAST(replace(regexp_replace("
              + v
              + ", 'T([0-9:.]+)\\+08:?00$', ' \\1'), '/', '-') AS TIMESTAMP)";
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
