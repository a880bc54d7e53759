package org.baobiao.warehouse.duckdb;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.query.JdbcValues;

/**
 * A streamed query whose text columns cross from DuckDB to Java packed into one string per row.
 *
 * <p>DuckDB's JDBC driver pays a fixed cost for every text value it hands over, about half a
 * microsecond; a million rows of twenty text columns spend ten seconds there, several times what
 * DuckDB takes to compute them (docs/benchmarks.md, issue 18). One string per row costs the same
 * fixed price once. The query is wrapped:
 *
 * <pre>
 * SELECT c2, c5, …, p, CASE WHEN &lt;p has more markers than fields&gt; THEN [c1, c3, …] END
 * FROM (SELECT *, &lt;packed&gt; AS p FROM (original) AS q(c1, …, cn))
 * </pre>
 *
 * where {@code packed} gives each text column, in order, as {@code U+001F} followed by its value,
 * or {@code U+001E} alone for NULL. A row is read back exactly by cutting at the markers; a row
 * with a value that itself holds a marker (control characters no report shows) has more markers
 * than fields, and for that row alone the text values also come as a list, which is used instead.
 * The rows keep the original query's order: the wrapping only projects.
 */
final class PackedText {
  private static final char VALUE = '\u001f';
  private static final char NULL = '\u001e';

  /** The wrapped SQL, or null when the result has fewer than two text columns. */
  private final String sql;

  private final List<String> columns;

  /** Per column of the original result: its place among the text columns, or -1. */
  private final int[] textIndex;

  /** Per column: where a non-text column is in the wrapped result (1-based), or 0. */
  private final int[] position;

  private final int texts;

  private PackedText(String sql, List<String> columns, int[] textIndex, int[] position, int texts) {
    this.sql = sql;
    this.columns = columns;
    this.textIndex = textIndex;
    this.position = position;
    this.texts = texts;
  }

  /**
   * The packing of a query's result, or null when packing does not pay (fewer than two text
   * columns) or the result's shape is not known before running it.
   */
  static PackedText of(Connection conn, String jdbcSql) {
    ResultSetMetaData md;
    try (PreparedStatement ps = conn.prepareStatement(jdbcSql)) {
      md = ps.getMetaData();
      if (md == null) {
        return null;
      }
      List<String> columns = JdbcValues.columns(md);
      int n = columns.size();
      int[] textIndex = new int[n];
      int[] position = new int[n];
      List<String> aliases = new ArrayList<>(n);
      List<String> textAliases = new ArrayList<>();
      List<String> plain = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String alias = "c" + (i + 1);
        aliases.add(alias);
        if ("VARCHAR".equals(md.getColumnTypeName(i + 1))) {
          textIndex[i] = textAliases.size();
          textAliases.add(alias);
        } else {
          textIndex[i] = -1;
          plain.add(alias);
          position[i] = plain.size();
        }
      }
      if (textAliases.size() < 2) {
        return null;
      }
      StringBuilder packed = new StringBuilder();
      for (String t : textAliases) {
        packed
            .append(packed.isEmpty() ? "" : " || ")
            .append("coalesce(chr(31) || ")
            .append(t)
            .append(", chr(30))");
      }
      StringBuilder wrapped = new StringBuilder("SELECT ");
      for (String p : plain) {
        wrapped.append(p).append(", ");
      }
      wrapped
          .append("p, CASE WHEN length(p) - length(replace(replace(p, chr(30), ''), chr(31), ''))")
          .append(" <> ")
          .append(textAliases.size())
          .append(" THEN [")
          .append(String.join(", ", textAliases))
          .append("] END\nFROM (SELECT *, ")
          .append(packed)
          .append(" AS p FROM (\n")
          .append(jdbcSql)
          .append("\n) AS q(")
          .append(String.join(", ", aliases))
          .append("))");
      return new PackedText(wrapped.toString(), columns, textIndex, position, textAliases.size());
    } catch (SQLException e) {
      // not a query whose result is known before it runs: stream it as it is
      return null;
    }
  }

  /** The SQL to run: the original query wrapped, with the same parameters in the same order. */
  String sql() {
    return sql;
  }

  /** The original result's column names, lower case. */
  List<String> columns() {
    return columns;
  }

  /** The original rows of the wrapped result, one at a time. */
  Iterator<Object[]> iterate(ResultSet rs) {
    int plain = columns.size() - texts;
    Iterator<Object[]> wrapped = JdbcValues.iterate(rs, plain + 2);
    String[] text = new String[texts];
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return wrapped.hasNext();
      }

      @Override
      public Object[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Object[] w = wrapped.next();
        if (w[plain + 1] == null) {
          unpack((String) w[plain], text);
        } else {
          fallback(w[plain + 1], text);
        }
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = textIndex[i] >= 0 ? text[textIndex[i]] : w[position[i] - 1];
        }
        return row;
      }
    };
  }

  /** Cuts a packed string whose every marker starts a field. */
  static void unpack(String p, String[] into) {
    int n = p.length();
    int field = 0;
    int i = 0;
    while (i < n) {
      char m = p.charAt(i);
      int start = i + 1;
      int end = start;
      while (end < n) {
        char c = p.charAt(end);
        if (c == VALUE || c == NULL) {
          break;
        }
        end++;
      }
      into[field++] = m == NULL ? null : p.substring(start, end);
      i = end;
    }
    if (field != into.length) {
      throw new IllegalStateException(
          "packed row of " + field + " fields, expected " + into.length);
    }
  }

  private static void fallback(Object list, String[] into) {
    try {
      Object[] values =
          list instanceof Array a ? (Object[]) a.getArray() : ((List<?>) list).toArray();
      for (int i = 0; i < into.length; i++) {
        into[i] = values[i] == null ? null : values[i].toString();
      }
    } catch (SQLException e) {
      throw new WarehouseException("读取查询结果失败: " + e.getMessage(), e);
    }
  }
}
