package org.baobiao.etl.medrec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baobiao.etl.load.Field;
import org.baobiao.etl.load.Timestamps;
import org.baobiao.spec.personal.PersonalData;

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

  /**
   * Personal data, by column, with its class: masked in every output (violations, reports,
   * extractions).
   */
  private static final Map<String, PersonalData> PERSONAL_CLASS =
      Map.ofEntries(
          Map.entry("patient_name", PersonalData.NAME),
          Map.entry("contact_name", PersonalData.NAME),
          Map.entry("id_number", PersonalData.ID_NUMBER),
          Map.entry("phone", PersonalData.PHONE),
          Map.entry("work_phone", PersonalData.PHONE),
          Map.entry("contact_phone", PersonalData.PHONE),
          Map.entry("health_card_no", PersonalData.OTHER_ID),
          Map.entry("current_address", PersonalData.ADDRESS),
          Map.entry("household_address", PersonalData.ADDRESS),
          Map.entry("contact_address", PersonalData.ADDRESS),
          Map.entry("work_unit", PersonalData.ADDRESS));

  /** The personal columns. */
  public static final Set<String> PERSONAL = PERSONAL_CLASS.keySet();

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

  /** The class of personal data a column holds, if it holds any. */
  public static Optional<PersonalData> personal(String column) {
    return Optional.ofNullable(PERSONAL_CLASS.get(column));
  }

  /**
   * A personal value masked for output by its class ({@link PersonalData}); other columns are
   * returned as they are.
   */
  public static String mask(String column, String value) {
    PersonalData c = PERSONAL_CLASS.get(column);
    return c == null ? value : c.mask(value);
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
