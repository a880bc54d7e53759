package org.baobiao.warehouse.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code .sql} script of ours (migrations, publish and rebuild SQL) into statements: a
 * statement ends with a line ending in {@code ;} (the semicolon dropped); lines that are blank or
 * start with {@code --} are left out. A statement that lacks its final semicolon still counts.
 * Semicolons elsewhere in a line (inside a string literal, say) do not split.
 */
public final class SqlScript {
  private SqlScript() {}

  /** The statements of {@code sql}, in order. */
  public static List<String> statements(String sql) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String s = current.toString().strip();
        result.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().strip());
    }
    return result;
  }
}
