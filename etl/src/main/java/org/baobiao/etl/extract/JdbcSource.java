package org.baobiao.etl.extract;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.baobiao.etl.load.Timestamps;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;

/**
 * Reads a source definition's rows from its database over JDBC, page by page in (watermark, key)
 * order: keyset pagination, so each page starts exactly after the last row of the one before,
 * whatever was inserted meanwhile. Only standard JDBC is used ({@code setMaxRows} for the page
 * size), so any database with a JDBC driver on the class path works the same way (MariaDB/MySQL,
 * PostgreSQL, Oracle, H2...).
 *
 * <p>Credentials come from the environment or a password file and are never put in messages.
 */
public final class JdbcSource implements RowSource {
  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private final SourceDefinition def;
  private final Connection connection;
  private final Properties properties;
  private final List<String> selected;
  private final int watermarkIndex;
  private final int keyIndex;
  private final boolean numericKey;
  private final boolean zonedWatermark;
  private final List<String> decimalLabels;
  private final int[] fieldIndex;

  private JdbcSource(
      SourceDefinition def, Connection connection, Properties properties, List<ColumnDef> columns)
      throws SQLException {
    this.def = def;
    this.connection = connection;
    this.properties = properties;
    this.selected = selectedColumns(def);
    this.watermarkIndex = 0;
    this.keyIndex = selected.indexOf(def.keyColumn());
    this.fieldIndex = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String column = def.fields().get(columns.get(i).name());
      fieldIndex[i] = column == null ? -1 : selected.indexOf(column);
    }
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT "
                    + String.join(", ", selected)
                    + " FROM "
                    + def.relation()
                    + " WHERE 1 = 0");
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> decimals = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        if (md.getColumnType(i) == Types.NUMERIC || md.getColumnType(i) == Types.DECIMAL) {
          decimals.add(md.getColumnLabel(i));
        }
      }
      this.decimalLabels = List.copyOf(decimals);
      this.numericKey = isNumeric(md.getColumnType(keyIndex + 1));
      int wmType = md.getColumnType(watermarkIndex + 1);
      String wmTypeName = md.getColumnTypeName(watermarkIndex + 1).toLowerCase(Locale.ROOT);
      this.zonedWatermark =
          wmType == Types.TIMESTAMP_WITH_TIMEZONE
              || wmTypeName.contains("timestamptz")
              || wmTypeName.contains("time zone");
      if (wmType != Types.TIMESTAMP
          && wmType != Types.TIMESTAMP_WITH_TIMEZONE
          && wmType != Types.DATE) {
        throw new SQLException(
            "水位列 "
                + def.watermarkColumn()
                + " 的类型为 "
                + md.getColumnTypeName(watermarkIndex + 1)
                + "，应为日期时间类型（DATETIME、TIMESTAMP 或 DATE）");
      }
    }
  }

  /**
   * Connects and checks that the relation and every mapped column exist.
   *
   * @param env the environment variables (credentials)
   * @param columns the kind's columns, in the order records are built
   * @throws ExtractException naming the source and what failed, without credentials
   */
  public static JdbcSource open(
      SourceDefinition def, Map<String, String> env, List<ColumnDef> columns) {
    SourceDefinition.Connection c = def.connection();
    Properties props = new Properties();
    props.putAll(c.properties());
    String user = user(def, env);
    if (user != null) {
      props.setProperty("user", user);
    }
    String password = password(def, env);
    if (password != null) {
      props.setProperty("password", password);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection(c.url(), props);
    } catch (SQLException e) {
      throw new ExtractException(
          "无法连接数据源 "
              + def.id()
              + "（"
              + c.url()
              + (user == null ? "" : "，用户 " + user)
              + "）: "
              + scrub(e.getMessage(), password)
              + hint(e),
          e);
    }
    try {
      connection.setReadOnly(true);
      return new JdbcSource(def, connection, props, columns);
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new ExtractException(
          "数据源 "
              + def.id()
              + " 的"
              + (def.table() != null ? "表 " + def.table() + " " : "查询")
              + "无法读取，或没有定义所用的列 "
              + String.join(", ", selectedColumns(def))
              + ": "
              + scrub(e.getMessage(), password),
          e);
    }
  }

  /** The columns a definition reads: watermark, key, then the mapped ones, each once. */
  private static List<String> selectedColumns(SourceDefinition def) {
    Set<String> cols = new LinkedHashSet<>();
    cols.add(def.watermarkColumn());
    cols.add(def.keyColumn());
    cols.addAll(def.fields().values());
    return List.copyOf(cols);
  }

  private static String hint(SQLException e) {
    String state = e.getSQLState();
    if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
      return "。当前程序包含 MariaDB/MySQL、PostgreSQL 与 H2 的驱动；其他数据库（如 Oracle）请将其 JDBC 驱动 jar 放入 lib/ 目录";
    }
    return state != null && state.startsWith("28") ? "（请检查用户名与密码的环境变量或密码文件）" : "";
  }

  /** The user name: given in the definition, or read from the environment variable it names. */
  static String user(SourceDefinition def, Map<String, String> env) {
    SourceDefinition.Connection c = def.connection();
    return c.userEnv() != null ? required(env, c.userEnv(), "用户名") : c.user();
  }

  /** The password from its environment variable or file, or null when the source has none. */
  static String password(SourceDefinition def, Map<String, String> env) {
    SourceDefinition.Connection c = def.connection();
    if (c.passwordEnv() != null) {
      return required(env, c.passwordEnv(), "密码");
    }
    if (c.passwordFile() != null) {
      try {
        List<String> lines = Files.readAllLines(c.passwordFile(), StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
          throw new ExtractException("数据源 " + def.id() + " 的密码文件 " + c.passwordFile() + " 是空的");
        }
        return lines.get(0).strip();
      } catch (IOException e) {
        throw new ExtractException(
            "无法读取数据源 " + def.id() + " 的密码文件 " + c.passwordFile() + ": " + e.getMessage(), e);
      }
    }
    return null;
  }

  private static String required(Map<String, String> env, String name, String what) {
    String v = env.get(name);
    if (v == null || v.isEmpty()) {
      throw new ExtractException(
          "环境变量 " + name + "（数据源" + what + "）未设置；请先 export " + name + "=...");
    }
    return v;
  }

  /** A driver message with the password (if any) blanked out. */
  public static String scrub(String message, String password) {
    if (message == null) {
      return "";
    }
    return password == null || password.isEmpty() ? message : message.replace(password, "******");
  }

  /**
   * Reads the next page: rows strictly after {@code after} (or, when {@code after} is null, rows
   * whose watermark is at least {@code from}, or every row with a watermark when that is null too),
   * in (watermark, key) order, at most the definition's page size. Rows without a watermark value
   * are never read (see {@link #nullWatermarks()}).
   *
   * @param firstLine the ordinal the first row gets as its line
   * @param fields the kind's columns: each record's fields follow them
   * @param constants values for fields the rows do not carry
   */
  @Override
  public List<ExtractedRow> page(
      LocalDateTime from,
      Watermark after,
      long firstLine,
      List<ColumnDef> fields,
      Map<String, String> constants) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(String.join(", ", selected))
            .append(" FROM ")
            .append(def.relation());
    String wm = def.watermarkColumn();
    String key = def.keyColumn();
    if (after != null) {
      sql.append(" WHERE ")
          .append(wm)
          .append(" > ? OR (")
          .append(wm)
          .append(" = ? AND ")
          .append(key)
          .append(" > ?)");
    } else if (from != null) {
      sql.append(" WHERE ").append(wm).append(" >= ?");
    } else {
      sql.append(" WHERE ").append(wm).append(" IS NOT NULL");
    }
    sql.append(" ORDER BY ").append(wm).append(", ").append(key);
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      ps.setMaxRows(def.pageSize());
      ps.setFetchSize(Math.min(def.pageSize(), 5_000));
      if (after != null) {
        bindTime(ps, 1, after.time());
        bindTime(ps, 2, after.time());
        if (numericKey) {
          ps.setBigDecimal(3, new BigDecimal(after.key()));
        } else {
          ps.setString(3, after.key());
        }
      } else if (from != null) {
        bindTime(ps, 1, from);
      }
      List<ExtractedRow> rows = new ArrayList<>(Math.min(def.pageSize(), 10_000));
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        Shape shape = shape(fields, constants);
        long line = firstLine;
        while (rs.next()) {
          Object[] values = new Object[selected.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, md, i + 1);
          }
          rows.add(shape.row(values, line));
          line++;
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new ExtractException("读取数据源 " + def.id() + " 失败: " + e.getMessage(), e);
    }
  }

  @Override
  public long nullWatermarks() {
    String sql =
        "SELECT count(*) FROM " + def.relation() + " WHERE " + def.watermarkColumn() + " IS NULL";
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new ExtractException("读取数据源 " + def.id() + " 失败: " + e.getMessage(), e);
    }
  }

  private void bindTime(PreparedStatement ps, int index, LocalDateTime time) throws SQLException {
    if (zonedWatermark) {
      ps.setObject(index, time.atZone(Timestamps.ZONE).toOffsetDateTime());
    } else {
      ps.setObject(index, time);
    }
  }

  private static Object value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
    int type = md.getColumnType(i);
    String name = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
    Object v;
    if (type == Types.TIMESTAMP_WITH_TIMEZONE
        || name.contains("timestamptz")
        || name.contains("time zone")) {
      OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
      v = t == null ? null : t.atZoneSameInstant(Timestamps.ZONE).toLocalDateTime();
    } else if (type == Types.TIMESTAMP) {
      v = rs.getObject(i, LocalDateTime.class);
    } else if (type == Types.DATE) {
      v = rs.getObject(i, LocalDate.class);
    } else if (type == Types.BINARY
        || type == Types.VARBINARY
        || type == Types.LONGVARBINARY
        || type == Types.BLOB) {
      throw new SQLException("列 " + md.getColumnLabel(i) + " 是二进制类型，不能作为文本字段读取");
    } else {
      v = rs.getObject(i);
    }
    return v;
  }

  /**
   * How a row of the selected columns (watermark, key, then the mapped ones, as Java values: {@code
   * LocalDateTime} for timestamps, in Asia/Shanghai, {@code LocalDate}, numbers, strings) becomes
   * an extracted row: its position and the kind's fields as text. Serializable, so that readers
   * running elsewhere (Spark tasks reading through Spark's JDBC reader) build records exactly as a
   * page does.
   */
  public static final class Shape implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String sourceId;
    private final List<String> selected;
    private final int watermarkIndex;
    private final int keyIndex;
    private final int[] fieldIndex;
    private final String[] constants;

    private Shape(
        String sourceId,
        List<String> selected,
        int watermarkIndex,
        int keyIndex,
        int[] fieldIndex,
        String[] constants) {
      this.sourceId = sourceId;
      this.selected = List.copyOf(selected);
      this.watermarkIndex = watermarkIndex;
      this.keyIndex = keyIndex;
      this.fieldIndex = fieldIndex.clone();
      this.constants = constants.clone();
    }

    /** The row's position in (watermark, key) order. */
    public Watermark position(Object[] values) {
      return new Watermark(time(values[watermarkIndex]), text(values[keyIndex]));
    }

    /**
     * The extracted row of one source row.
     *
     * @param values the selected columns' values, in {@link #selectedColumns()} order
     * @param line the row's ordinal in the run, its "line" in rejects
     */
    public ExtractedRow row(Object[] values, long line) {
      StringBuilder raw = new StringBuilder(256);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          raw.append(", ");
        }
        raw.append(selected.get(i)).append('=').append(values[i] == null ? "" : text(values[i]));
      }
      String[] record = new String[fieldIndex.length];
      for (int f = 0; f < record.length; f++) {
        int at = fieldIndex[f];
        record[f] =
            at >= 0
                ? (values[at] == null ? "" : text(values[at]).strip())
                : constants[f] == null ? "" : constants[f];
      }
      return new ExtractedRow(
          position(values), new SourceRecord(sourceId, line, line - 1, record, raw.toString()));
    }
  }

  /** How this source's rows become records of the given fields. */
  public Shape shape(List<ColumnDef> fields, Map<String, String> constants) {
    String[] values = new String[fields.size()];
    for (int f = 0; f < values.length; f++) {
      values[f] = constants.get(fields.get(f).name());
    }
    return new Shape(def.id(), selected, watermarkIndex, keyIndex, fieldIndex, values);
  }

  /** The columns read, in order: watermark, key, then the mapped ones, each once. */
  public List<String> selectedColumns() {
    return selected;
  }

  /**
   * The labels (as the driver reports them) of the selected columns of type NUMERIC or DECIMAL: a
   * reader that would give them another scale (Spark reads an unconstrained {@code numeric} as
   * {@code DECIMAL(38,18)}) reads them as text instead, which is what a page's {@code
   * toPlainString} gives.
   */
  public List<String> decimalColumnLabels() {
    return decimalLabels;
  }

  /** Whether the key column is numeric (ordered as a number, compared as one). */
  public boolean numericKey() {
    return numericKey;
  }

  /** The JDBC URL. */
  public String url() {
    return def.connection().url();
  }

  /** The connection properties, credentials included: for a reader that opens its own. */
  public Properties connectionProperties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /**
   * The rows a run reads, before it reads them: how many have a watermark of at least {@code from}
   * (every row with a watermark when null), and the smallest and largest of those watermarks.
   *
   * @param count the rows
   * @param min the smallest watermark, null when there is no row
   * @param max the largest watermark, null when there is no row
   */
  public record Bounds(long count, LocalDateTime min, LocalDateTime max) {}

  /** The {@link Bounds} of the rows from {@code from} on. */
  public Bounds bounds(LocalDateTime from) {
    String wm = def.watermarkColumn();
    String sql =
        "SELECT count(*), min("
            + wm
            + "), max("
            + wm
            + ") FROM "
            + def.relation()
            + " WHERE "
            + (from == null ? wm + " IS NOT NULL" : wm + " >= ?");
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (from != null) {
        bindTime(ps, 1, from);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long count = rs.getLong(1);
        ResultSetMetaData md = rs.getMetaData();
        return count == 0
            ? new Bounds(0, null, null)
            : new Bounds(count, time(value(rs, md, 2)), time(value(rs, md, 3)));
      }
    } catch (SQLException e) {
      throw new ExtractException("读取数据源 " + def.id() + " 失败: " + e.getMessage(), e);
    }
  }

  /**
   * A SQL literal of a watermark value for conditions written as text (a reader that cannot bind
   * parameters): {@code TIMESTAMP '...'}, or {@code TIMESTAMP WITH TIME ZONE '...+08:00'} for a
   * column with a time zone. Standard SQL, understood by PostgreSQL, MariaDB/MySQL, Oracle and H2.
   */
  public String timeLiteral(LocalDateTime time) {
    String text = LITERAL.format(time);
    return zonedWatermark
        ? "TIMESTAMP WITH TIME ZONE '" + text + time.atZone(Timestamps.ZONE).getOffset() + "'"
        : "TIMESTAMP '" + text + "'";
  }

  /** The text of a column's value, as records carry it. */
  static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toString();
    }
    return v.toString();
  }

  private static LocalDateTime time(Object v) {
    if (v instanceof LocalDateTime t) {
      return t;
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    return null;
  }

  private static boolean isNumeric(int type) {
    return switch (type) {
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.NUMERIC,
          Types.DECIMAL ->
          true;
      default -> false;
    };
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new ExtractException("关闭数据源 " + def.id() + " 的连接失败: " + e.getMessage(), e);
    }
  }
}
