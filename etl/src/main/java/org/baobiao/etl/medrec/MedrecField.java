package org.baobiao.etl.medrec;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.baobiao.etl.load.ColumnDef;
import org.baobiao.etl.load.FieldReader;

/**
 * A column of a front-page file and how loading reads it. Loading checks only that a value can be
 * stored (its type and range); what it means is the quality rules' business.
 *
 * @param name the English column name, also the warehouse column
 * @param alias the Chinese alias accepted in headers
 * @param type how the text is read
 * @param required whether a row without it is rejected (the key and the stay's times only)
 * @param max the upper bound of an {@link Type#INTEGER} (the lower bound is {@link #min})
 * @param min the lower bound of an {@link Type#INTEGER}
 */
record MedrecField(String name, String alias, Type type, boolean required, int min, int max) {

  private static final BigDecimal MAX_UNITS = new BigDecimal("9999999.9");

  /** How a column's text is read. */
  enum Type {
    TEXT,
    INTEGER,
    DATE,
    TIMESTAMP,
    MONEY,
    DECIMAL1
  }

  MedrecField {
    requireNonNull(name, "name is null");
    requireNonNull(alias, "alias is null");
    requireNonNull(type, "type is null");
  }

  static MedrecField text(String name, String alias) {
    return new MedrecField(name, alias, Type.TEXT, false, 0, 0);
  }

  static MedrecField integer(String name, String alias, int min, int max) {
    return new MedrecField(name, alias, Type.INTEGER, false, min, max);
  }

  static MedrecField of(String name, String alias, Type type) {
    return new MedrecField(name, alias, type, false, 0, 0);
  }

  /** The same column, required. */
  MedrecField mandatory() {
    return new MedrecField(name, alias, type, true, min, max);
  }

  ColumnDef column() {
    return new ColumnDef(name, alias, required);
  }

  /** Reads the column of the current record: its value, or null when empty or rejected. */
  Object read(FieldReader f) {
    return switch (type) {
      case TEXT -> f.text(name, required, 2000);
      case INTEGER -> f.integer(name, required, min, max);
      case DATE -> f.date(name, required);
      case TIMESTAMP -> f.timestamp(name, required);
      case MONEY -> f.money(name, required);
      case DECIMAL1 -> f.decimal(name, required, 1, MAX_UNITS);
    };
  }
}
