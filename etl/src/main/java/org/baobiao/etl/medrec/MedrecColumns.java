package org.baobiao.etl.medrec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.Timestamps;

/**
 * The columns of the front page, its diagnoses and its operations as the warehouse stores them:
 * their Chinese names for messages and their kinds, so that rules naming a column can be checked
 * when they are read.
 */
public final class MedrecColumns {
  /** The kinds of value a column holds. */
  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    TIMESTAMP
  }

  /** Personal data: masked in every output (violations, reports, extractions). */
  public static final Set<String> PERSONAL =
      Set.of(
          "patient_name",
          "id_number",
          "phone",
          "health_card_no",
          "current_address",
          "household_address",
          "work_unit",
          "work_phone",
          "contact_name",
          "contact_address",
          "contact_phone");

  private static final Map<String, Field> FRONT_PAGE = index(FrontPagesKind.FIELDS);
  private static final Map<String, Field> DIAGNOSIS = index(DiagnosesKind.FIELDS);
  private static final Map<String, Field> OPERATION = index(OperationsKind.FIELDS);

  private MedrecColumns() {}

  /** Whether a front-page column exists. */
  public static boolean frontPage(String column) {
    return FRONT_PAGE.containsKey(column);
  }

  /** Whether an other-diagnosis column exists. */
  public static boolean diagnosis(String column) {
    return DIAGNOSIS.containsKey(column);
  }

  /** Whether an operation column exists. */
  public static boolean operation(String column) {
    return OPERATION.containsKey(column);
  }

  /** The Chinese name of a column of any of the three files, or the column itself. */
  public static String label(String column) {
    Field f = field(column);
    return f == null ? column : f.alias();
  }

  /** The kind of a column of any of the three files, or null when none has it. */
  public static Kind kind(String column) {
    Field f = field(column);
    if (f == null) {
      return null;
    }
    return switch (f.type()) {
      case TEXT -> Kind.TEXT;
      case INTEGER, MONEY, DECIMAL1 -> Kind.NUMBER;
      case DATE -> Kind.DATE;
      case TIMESTAMP -> Kind.TIMESTAMP;
      case ID, CODE, FLAG -> Kind.TEXT;
    };
  }

  /**
   * A value as the warehouse's queries return it, from its text in a file: Long, BigDecimal,
   * LocalDate, LocalDateTime or String; null for null or empty text.
   *
   * @throws IllegalArgumentException when the column is unknown or the text is not of its type
   */
  public static Object value(String column, String text) {
    Field f = field(column);
    if (f == null) {
      throw new IllegalArgumentException("unknown medrec column " + column);
    }
    if (text == null || text.isEmpty()) {
      return null;
    }
    Object v =
        switch (f.type()) {
          case TEXT, ID, CODE, FLAG -> text;
          case INTEGER -> Long.valueOf(text);
          case MONEY, DECIMAL1 -> new BigDecimal(text);
          case DATE -> Timestamps.parseDate(text);
          case TIMESTAMP -> Timestamps.parse(text);
        };
    if (v == null) {
      throw new IllegalArgumentException(column + ": not a date or time: " + text);
    }
    return v;
  }

  /** The front-page columns, in file order. */
  public static List<String> frontPageColumns() {
    return List.copyOf(FRONT_PAGE.keySet());
  }

  /** The other-diagnosis columns, in file order. */
  public static List<String> diagnosisColumns() {
    return List.copyOf(DIAGNOSIS.keySet());
  }

  /** The operation columns, in file order. */
  public static List<String> operationColumns() {
    return List.copyOf(OPERATION.keySet());
  }

  /**
   * A personal value masked for output: a name keeps its first character (张**), an ID number its
   * first 6 and last 4 characters, a phone number its first 3 and last 4 digits; shorter values
   * keep only their last character. Other columns are returned as they are.
   */
  public static String mask(String column, String value) {
    if (value == null || !PERSONAL.contains(column)) {
      return value;
    }
    int n = value.length();
    return switch (column) {
      case "patient_name", "contact_name" -> value.substring(0, 1) + "*".repeat(Math.max(1, n - 1));
      // Addresses and employers keep their first six characters (province and city, 广东省广州市).
      case "current_address", "household_address", "contact_address", "work_unit" ->
          n > 6 ? value.substring(0, 6) + "*".repeat(n - 6) : "*".repeat(n);
      case "id_number" -> n >= 12 ? keep(value, 6, 4) : keep(value, 0, 1);
      default -> n >= 9 ? keep(value, 3, 4) : keep(value, 0, 1);
    };
  }

  private static String keep(String value, int head, int tail) {
    int n = value.length();
    return value.substring(0, head) + "*".repeat(n - head - tail) + value.substring(n - tail);
  }

  /** A column of any of the three files (the front page first), or null. */
  private static Field field(String column) {
    Field f = FRONT_PAGE.get(column);
    if (f == null) {
      f = OPERATION.get(column);
    }
    return f == null ? DIAGNOSIS.get(column) : f;
  }

  private static Map<String, Field> index(List<Field> fields) {
    Map<String, Field> m = new LinkedHashMap<>();
    for (Field f : fields) {
      m.put(f.name(), f);
    }
    return m;
  }
}
