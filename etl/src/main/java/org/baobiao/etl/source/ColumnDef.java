package org.baobiao.etl.source;

import static java.util.Objects.requireNonNull;

/**
 * A column of a source file kind, as documented in docs/formats.md.
 *
 * @param name the English column name
 * @param alias the Chinese alias accepted in headers
 * @param required whether the header must have it
 */
public record ColumnDef(String name, String alias, boolean required) {
  public ColumnDef {
    requireNonNull(name, "name is null");
    requireNonNull(alias, "alias is null");
  }

  /** A column the header must have. */
  public static ColumnDef required(String name, String alias) {
    return new ColumnDef(name, alias, true);
  }

  /** A column the header may omit. */
  public static ColumnDef optional(String name, String alias) {
    return new ColumnDef(name, alias, false);
  }
}
