package org.baobiao.warehouse.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.baobiao.warehouse.error.WarehouseException;

/** Converts between JDBC values and the engine-independent Java values of {@link QueryResult}. */
public final class JdbcValues {
  private JdbcValues() {}

  /** Binds values to a statement's positional parameters. */
  public static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v instanceof LocalDateTime t) {
        // as it is: Timestamp.valueOf goes through the JVM's zone, and moves a time that zone
        // skips (a daylight-saving gap) by an hour
        ps.setObject(i + 1, t);
      } else if (v instanceof LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  /** The column names of a result set, lower case. */
  public static List<String> columns(ResultSet rs) throws SQLException {
    return columns(rs.getMetaData());
  }

  /**
   * The column names of a result's metadata (a result set's or a prepared statement's), lower case.
   */
  public static List<String> columns(ResultSetMetaData md) throws SQLException {
    int n = md.getColumnCount();
    List<String> columns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
    }
    return columns;
  }

  /**
   * The rows of a result set one at a time, each read when asked for; a failure of the driver is a
   * {@link WarehouseException}.
   */
  public static Iterator<Object[]> iterate(ResultSet rs, int columns) {
    int[] kinds;
    try {
      kinds = kinds(rs, columns);
    } catch (SQLException e) {
      throw new WarehouseException("读取查询结果失败: " + e.getMessage(), e);
    }
    return new Iterator<>() {
      private Boolean ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = rs.next();
          } catch (SQLException e) {
            throw new WarehouseException("读取查询结果失败: " + e.getMessage(), e);
          }
        }
        return ahead;
      }

      @Override
      public Object[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ahead = null;
        Object[] row = new Object[columns];
        try {
          for (int i = 0; i < columns; i++) {
            row[i] = value(rs, i + 1, kinds[i]);
          }
        } catch (SQLException e) {
          throw new WarehouseException("读取查询结果失败: " + e.getMessage(), e);
        }
        return row;
      }
    };
  }

  /** Reads a whole result set. */
  public static QueryResult read(ResultSet rs) throws SQLException {
    List<String> columns = columns(rs);
    int n = columns.size();
    int[] kinds = kinds(rs, n);
    List<Object[]> rows = new ArrayList<>();
    while (rs.next()) {
      Object[] row = new Object[n];
      for (int i = 0; i < n; i++) {
        row[i] = value(rs, i + 1, kinds[i]);
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows);
  }

  private static final int OTHER = 0;
  private static final int TIMESTAMP = 1;
  private static final int DATE = 2;

  /** How each column is read: see {@link #value}. */
  private static int[] kinds(ResultSet rs, int columns) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int[] kinds = new int[columns];
    for (int i = 0; i < columns; i++) {
      int type = md.getColumnType(i + 1);
      kinds[i] = type == Types.TIMESTAMP ? TIMESTAMP : type == Types.DATE ? DATE : OTHER;
    }
    return kinds;
  }

  /**
   * A column's value: timestamps and dates asked for as {@code LocalDateTime} and {@code LocalDate}
   * (the wall-clock value as stored, without the detour through {@code java.sql.Timestamp} and the
   * JVM's time zone, which costs a third of reading a timestamp), the rest {@link #normalize}d.
   */
  private static Object value(ResultSet rs, int i, int kind) throws SQLException {
    return switch (kind) {
      case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
      case DATE -> rs.getObject(i, LocalDate.class);
      default -> normalize(rs.getObject(i));
    };
  }

  /** Maps a JDBC value to the Java value reports and jobs expect. */
  public static Object normalize(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : new BigDecimal(b);
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (v instanceof Date d) {
      return d.toLocalDate();
    }
    if (v instanceof OffsetDateTime o) {
      return o.toLocalDateTime();
    }
    return v;
  }
}
