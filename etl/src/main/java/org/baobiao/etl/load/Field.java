package org.baobiao.etl.load;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.baobiao.etl.source.ColumnDef;

/**
 * A column of a source file kind described by data (see {@link TabularKind}): its names, its type
 * and how loading reads it.
 *
 * @param name the English column name, also the staging and warehouse column
 * @param alias the Chinese alias accepted in headers
 * @param type how the text is read
 * @param required whether a row without it is rejected
 * @param min the lower bound of an {@link Type#INTEGER}
 * @param max the upper bound of an {@link Type#INTEGER}
 * @param codes the codes of a {@link Type#CODE} (code → Chinese label), else empty
 */
public record Field(
    String name,
    String alias,
    Type type,
    boolean required,
    int min,
    int max,
    Map<String, String> codes) {

  private static final BigDecimal MAX_UNITS = new BigDecimal("9999999.9");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,40}");
  private static final Map<String, String> FLAGS = CodeLists.of("Y", "是", "N", "否");

  /** How a column's text is read. */
  public enum Type {
    TEXT,
    /** An identifier: 1–40 letters, digits, {@code _ . : -}. */
    ID,
    INTEGER,
    DATE,
    TIMESTAMP,
    MONEY,
    /** A decimal with one fraction digit, e.g. units of blood. */
    DECIMAL1,
    /** One of {@link #codes}. */
    CODE,
    /** {@code Y} or {@code N}. */
    FLAG
  }

  public Field {
    requireNonNull(name, "name is null");
    requireNonNull(alias, "alias is null");
    requireNonNull(type, "type is null");
    // in the code list's own order: rejects name the allowed codes as docs/formats.md lists them
    codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
  }

  public static Field text(String name, String alias) {
    return new Field(name, alias, Type.TEXT, false, 0, 0, Map.of());
  }

  public static Field integer(String name, String alias, int min, int max) {
    return new Field(name, alias, Type.INTEGER, false, min, max, Map.of());
  }

  public static Field of(String name, String alias, Type type) {
    return new Field(name, alias, type, false, 0, 0, Map.of());
  }

  public static Field code(String name, String alias, Map<String, String> codes) {
    return new Field(name, alias, Type.CODE, false, 0, 0, codes);
  }

  /** The same column, required. */
  public Field mandatory() {
    return new Field(name, alias, type, true, min, max, codes);
  }

  /** The column as headers document it. */
  public ColumnDef column() {
    return new ColumnDef(name, alias, required);
  }

  /** Reads the column of the current record: its value, or null when empty or rejected. */
  public Object read(FieldReader f) {
    return switch (type) {
      case TEXT -> f.text(name, required, 2000);
      case ID -> f.matching(name, required, ID, "1–40 位字母、数字或 _ . : -");
      case INTEGER -> f.integer(name, required, min, max);
      case DATE -> f.date(name, required);
      case TIMESTAMP -> f.timestamp(name, required);
      case MONEY -> f.money(name, required);
      case DECIMAL1 -> f.decimal(name, required, 1, MAX_UNITS);
      case CODE -> f.code(name, required, codes);
      case FLAG -> f.code(name, required, FLAGS);
    };
  }
}
