package org.baobiao.warehouse.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.sql.SqlDialect;

/**
 * Spark SQL's spelling of the dialect macros, and the translation of the warehouse's migrations
 * (written in DuckDB's DDL, the embedded default) into Delta Lake tables.
 */
public final class SparkDialect implements SqlDialect {
  public static final SparkDialect INSTANCE = new SparkDialect();

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "(?is)\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*");
  private static final Pattern CREATE_SEQUENCE =
      Pattern.compile("(?is)\\s*CREATE\\s+SEQUENCE\\b.*");
  private static final Pattern COLUMN =
      Pattern.compile(
          "(?is)([A-Za-z_][A-Za-z0-9_]*)\\s+([A-Za-z_]+(?:\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)?\\))?)(.*)");

  private static final Pattern ADD_COLUMN =
      Pattern.compile(
          "(?is)\\s*ALTER\\s+TABLE\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+ADD\\s+COLUMN\\s+(.*?)\\s*");

  private SparkDialect() {}

  /**
   * The Spark statements of a migration file's statements, in order: {@link #migration(String,
   * String)} for each, except that {@code ALTER TABLE t ADD COLUMN c TYPE} (DuckDB adds one column
   * per statement) becomes one {@code ALTER TABLE t ADD COLUMNS (...)} for each run of such
   * statements on one table — one Delta commit, not one per column — without the columns the table
   * already has, so that a migration interrupted before it was recorded can run again.
   *
   * @param columnsOf the columns a table has now (lower case)
   */
  public List<String> migration(
      List<String> statements, String root, Function<String, Set<String>> columnsOf) {
    List<String> out = new ArrayList<>();
    String table = null;
    List<String> added = new ArrayList<>();
    for (String statement : statements) {
      Matcher m = ADD_COLUMN.matcher(statement);
      String t = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
      if (table != null && !table.equals(t)) {
        addColumns(out, table, added, columnsOf);
        table = null;
      }
      if (t == null) {
        migration(statement, root).ifPresent(out::add);
        continue;
      }
      table = t;
      added.add(column(t, m.group(2).strip()));
    }
    if (table != null) {
      addColumns(out, table, added, columnsOf);
    }
    return out;
  }

  private static void addColumns(
      List<String> out, String table, List<String> added, Function<String, Set<String>> columnsOf) {
    Set<String> existing = columnsOf.apply(table);
    List<String> missing =
        added.stream().filter(c -> !existing.contains(c.substring(0, c.indexOf(' ')))).toList();
    if (!missing.isEmpty()) {
      out.add("ALTER TABLE " + table + " ADD COLUMNS (" + String.join(", ", missing) + ")");
    }
    added.clear();
  }

  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public String secondsBetween(String start, String end) {
    // Microseconds, not SECOND, which truncates the fraction.
    return "(CAST(timestampdiff(MICROSECOND, " + start + ", " + end + ") AS DOUBLE) / 1000000.0)";
  }

  @Override
  public String daySeries(String start, String end) {
    String s = "CAST(" + start + " AS DATE)";
    String e = "CAST(" + end + " AS DATE)";
    return "(SELECT explode(CASE WHEN "
        + s
        + " < "
        + e
        + " THEN sequence("
        + s
        + ", date_sub("
        + e
        + ", 1), INTERVAL 1 DAY) ELSE CAST(array() AS ARRAY<DATE>) END) AS day)";
  }

  @Override
  public String daysBetween(String start, String end) {
    return "datediff(CAST(" + end + " AS DATE), CAST(" + start + " AS DATE))";
  }

  @Override
  public String addDays(String day, String days) {
    return "date_add(CAST(" + day + " AS DATE), CAST(" + days + " AS INT))";
  }

  /**
   * Translates one migration statement into Spark SQL for a Delta table under {@code root}.
   *
   * <p>{@code CREATE TABLE} becomes a Delta table at {@code root/<table>}: column types map to
   * Spark's ({@code VARCHAR} → {@code STRING}, {@code TIMESTAMP} → {@code TIMESTAMP_NTZ}, local
   * times as on DuckDB), {@code NOT NULL} stays (Delta enforces it), primary keys become {@code NOT
   * NULL} (uniqueness is kept by the publish step's MERGE), defaults are dropped (every insert
   * names its values). {@code CREATE SEQUENCE} has no counterpart: batch ids are allocated as the
   * next free number. Anything else is refused, so that a new migration is translated on purpose.
   *
   * @return the statement, or empty when it has no counterpart
   */
  public Optional<String> migration(String statement, String root) {
    if (CREATE_SEQUENCE.matcher(statement).matches()) {
      return Optional.empty();
    }
    Matcher m = CREATE_TABLE.matcher(statement);
    if (!m.matches()) {
      throw new WarehouseException(
          "Spark 引擎无法转换迁移语句（仅支持 CREATE TABLE、ALTER TABLE ... ADD COLUMN 与 CREATE SEQUENCE）："
              + firstLine(statement));
    }
    String table = m.group(1).toLowerCase(Locale.ROOT);
    List<String> columns = new ArrayList<>();
    for (String def : splitTopLevel(m.group(2))) {
      String d = def.strip();
      if (d.isEmpty() || d.toUpperCase(Locale.ROOT).startsWith("PRIMARY KEY")) {
        continue;
      }
      columns.add(column(table, d));
    }
    return Optional.of(
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " ("
            + String.join(", ", columns)
            + ") USING delta LOCATION '"
            + tableLocation(root, table).replace("'", "\\'")
            + "'");
  }

  /** Where a table's Delta log lives under the warehouse root. */
  public static String tableLocation(String root, String table) {
    return root.endsWith("/") ? root + table : root + "/" + table;
  }

  private static String column(String table, String def) {
    Matcher c = COLUMN.matcher(def);
    if (!c.matches()) {
      throw new WarehouseException("Spark 引擎无法转换表 " + table + " 的列定义：" + def);
    }
    String rest = c.group(3).toUpperCase(Locale.ROOT);
    boolean notNull = rest.contains("NOT NULL") || rest.contains("PRIMARY KEY");
    return c.group(1).toLowerCase(Locale.ROOT)
        + " "
        + type(table, c.group(1), c.group(2))
        + (notNull ? " NOT NULL" : "");
  }

  /** The Spark type of a DuckDB column type. */
  static String type(String table, String column, String duckDbType) {
    String t = duckDbType.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    if (t.startsWith("DECIMAL(") || t.startsWith("NUMERIC(")) {
      return "DECIMAL" + t.substring(t.indexOf('('));
    }
    return switch (t) {
      case "VARCHAR", "TEXT", "STRING" -> "STRING";
      case "BIGINT" -> "BIGINT";
      case "INTEGER", "INT" -> "INT";
      case "SMALLINT" -> "SMALLINT";
      case "DOUBLE" -> "DOUBLE";
      case "BOOLEAN" -> "BOOLEAN";
      case "DATE" -> "DATE";
      case "TIMESTAMP" -> "TIMESTAMP_NTZ";
      default ->
          throw new WarehouseException(
              "Spark 引擎不支持表 " + table + " 列 " + column + " 的类型 " + duckDbType);
    };
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
