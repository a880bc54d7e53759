package org.baobiao.warehouse.sql;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.warehouse.error.WarehouseException;

/**
 * Expands the engine macros of engine-neutral SQL: {@code {{name(arg, ...)}}}, where each argument
 * is an SQL expression (commas inside parentheses or quotes do not split arguments). The macros are
 * the methods of {@link SqlDialect}: {@code seconds_between(start, end)}, {@code day_series(start,
 * end)}, {@code days_between(start, end)} and {@code add_days(day, n)}.
 */
public final class SqlMacros {
  private SqlMacros() {}

  /** The macro names, for messages. */
  public static final List<String> NAMES =
      List.of("seconds_between", "day_series", "days_between", "add_days");

  /**
   * Expands every macro in {@code sql}.
   *
   * @throws WarehouseException naming the macro and what was expected when a macro is unknown,
   *     unterminated or has the wrong number of arguments
   */
  public static String expand(String sql, SqlDialect dialect) {
    int open = sql.indexOf("{{");
    if (open < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length() + 64);
    int from = 0;
    while (open >= 0) {
      int close = sql.indexOf("}}", open + 2);
      if (close < 0) {
        throw new WarehouseException("SQL 宏未闭合（缺少 }}）：" + excerpt(sql, open));
      }
      out.append(sql, from, open);
      out.append(expandOne(sql.substring(open + 2, close).strip(), dialect));
      from = close + 2;
      open = sql.indexOf("{{", from);
    }
    out.append(sql, from, sql.length());
    return out.toString();
  }

  private static String expandOne(String macro, SqlDialect dialect) {
    int paren = macro.indexOf('(');
    if (paren < 0 || !macro.endsWith(")")) {
      throw new WarehouseException("SQL 宏 {{" + macro + "}} 应写成 名称(参数, ...)，可用的宏：" + NAMES);
    }
    String name = macro.substring(0, paren).strip();
    List<String> args = arguments(macro.substring(paren + 1, macro.length() - 1));
    switch (name) {
      case "seconds_between" -> {
        expectArgs(macro, args, 2);
        return dialect.secondsBetween(args.get(0), args.get(1));
      }
      case "day_series" -> {
        expectArgs(macro, args, 2);
        return dialect.daySeries(args.get(0), args.get(1));
      }
      case "days_between" -> {
        expectArgs(macro, args, 2);
        return dialect.daysBetween(args.get(0), args.get(1));
      }
      case "add_days" -> {
        expectArgs(macro, args, 2);
        return dialect.addDays(args.get(0), args.get(1));
      }
      default -> throw new WarehouseException("未知的 SQL 宏 {{" + macro + "}}，可用的宏：" + NAMES);
    }
  }

  private static void expectArgs(String macro, List<String> args, int expected) {
    if (args.size() != expected) {
      throw new WarehouseException(
          "SQL 宏 {{" + macro + "}} 应有 " + expected + " 个参数，实际 " + args.size() + " 个");
    }
  }

  /** Splits on commas that are not inside parentheses or quotes. */
  static List<String> arguments(String text) {
    List<String> args = new ArrayList<>();
    if (text.isBlank()) {
      return args;
    }
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    args.add(text.substring(start).strip());
    return args;
  }

  private static String excerpt(String sql, int at) {
    return sql.substring(at, Math.min(sql.length(), at + 60));
  }
}
