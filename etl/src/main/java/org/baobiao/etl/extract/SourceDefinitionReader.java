package org.baobiao.etl.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;
import org.baobiao.spec.YamlTree;

/**
 * Reads a source definition file (YAML, format in docs/sources.md), checking everything that can be
 * checked without connecting: every problem is reported with its line and field, all at once.
 * Passwords are refused in the file: they come from an environment variable or a password file.
 */
public final class SourceDefinitionReader {
  /** Source ids: lower-case letters, digits, {@code _} and {@code -}. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}");
  private static final Pattern TABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}(\\.[A-Za-z_][A-Za-z0-9_$]{0,127})?");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "kind",
          "connection",
          "table",
          "query",
          "key",
          "watermark",
          "lookback",
          "page_size",
          "fields",
          "constants");
  private static final Set<String> CONNECTION_KEYS =
      Set.of("url", "user", "user_env", "password_env", "password_file", "properties");
  private static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(5);
  private static final int DEFAULT_PAGE_SIZE = 10_000;

  private final Path file;
  private final List<Problem> problems = new ArrayList<>();

  private record Problem(int line, String text) {}

  private SourceDefinitionReader(Path file) {
    this.file = file;
  }

  /**
   * Reads and checks a definition.
   *
   * @throws SourceDefinitionException listing every problem
   */
  public static SourceDefinition read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceDefinitionException(
          file.toString(), List.of("无法读取文件（" + e.getMessage() + "）；定义文件应为 UTF-8 编码的 YAML"));
    }
    return new SourceDefinitionReader(file).parse(text);
  }

  private SourceDefinition parse(String text) {
    YamlNode root =
        YamlTree.parse(
            text,
            new YamlTree.Problems() {
              @Override
              public void syntax(int line, String field, String message) {
                problem(line, field, message);
              }

              @Override
              public void duplicate(int line, String field, String message) {
                problem(line, field, message);
              }
            });
    if (root == null) {
      throw failure();
    }
    if (!(root instanceof Mapping top)) {
      problem(root.line(), "", "应为映射（键: 值），实际是" + root.describe());
      throw failure();
    }
    onlyKeys(top, "", KEYS);
    String id = text(top, "", "id", true);
    if (id != null && !ID.matcher(id).matches()) {
      problem(top.lineOf("id"), "id", "'" + id + "' 应由小写字母、数字、_ 或 - 组成（至多 64 个字符）");
    }
    String name = text(top, "", "name", false);
    String kindName = text(top, "", "kind", true);
    FileKind kind = null;
    if (kindName != null) {
      try {
        kind = Domains.kind(kindName);
      } catch (IllegalArgumentException e) {
        problem(
            top.lineOf("kind"),
            "kind",
            "未知的文件类型 '" + kindName + "'；可用: interface_exchanges（接口交换记录）等，见 docs/formats.md");
      }
    }
    SourceDefinition.Connection connection = connection(top);
    String table = text(top, "", "table", false);
    String query = text(top, "", "query", false);
    if ((table == null) == (query == null)) {
      problem(top.line(), "table", "须给出 table（表名）或 query（SELECT 查询）二者之一");
    }
    if (table != null && !TABLE.matcher(table).matches()) {
      problem(top.lineOf("table"), "table", "'" + table + "' 应为表名或 模式.表名（字母、数字、下划线）");
    }
    if (query != null) {
      String q = query.strip();
      String head = q.length() >= 6 ? q.substring(0, 6).toUpperCase(Locale.ROOT) : q;
      if (!head.startsWith("SELECT") && !head.startsWith("WITH")) {
        problem(top.lineOf("query"), "query", "应为一条 SELECT 查询");
      }
      if (q.endsWith(";")) {
        problem(top.lineOf("query"), "query", "查询末尾不要写分号：它将作为子查询使用");
      }
    }
    String key = identifier(top, "key");
    String watermark = identifier(top, "watermark");
    Duration lookback = duration(top, "lookback");
    int pageSize = pageSize(top);
    Map<String, String> fields = mapping(top, "fields", true);
    Map<String, String> constants = mapping(top, "constants", false);
    if (kind != null) {
      checkFields(top, kind, fields, constants);
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    return new SourceDefinition(
        file,
        id,
        name == null ? id : name,
        kindName,
        connection,
        table,
        query == null ? null : query.strip(),
        key,
        watermark,
        lookback,
        pageSize,
        fields,
        constants);
  }

  private SourceDefinition.Connection connection(Mapping top) {
    YamlNode node = top.value("connection");
    if (!(node instanceof Mapping c)) {
      problem(top.lineOf("connection"), "connection", node == null ? "缺少必填字段" : "应为映射（url、user 等）");
      return null;
    }
    onlyKeys(c, "connection", CONNECTION_KEYS);
    String url = text(c, "connection", "url", true);
    if (url != null) {
      if (!url.startsWith("jdbc:")) {
        problem(c.lineOf("url"), "connection.url", "应为 JDBC URL，如 jdbc:mariadb://host:3306/db");
      }
      String lower = url.toLowerCase(Locale.ROOT);
      if (lower.contains("password=") || lower.matches("jdbc:[a-z0-9]+://[^/@]*:[^/@]*@.*")) {
        problem(
            c.lineOf("url"), "connection.url", "URL 中不得含密码；请用 password_env 或 password_file 提供密码");
      }
    }
    String user = text(c, "connection", "user", false);
    String userEnv = env(c, "user_env");
    String passwordEnv = env(c, "password_env");
    String passwordFile = text(c, "connection", "password_file", false);
    if (user != null && userEnv != null) {
      problem(c.lineOf("user_env"), "connection.user_env", "user 与 user_env 只能给出一个");
    }
    if (passwordEnv != null && passwordFile != null) {
      problem(
          c.lineOf("password_file"),
          "connection.password_file",
          "password_env 与 password_file 只能给出一个");
    }
    Map<String, String> properties = mapping(c, "properties", false);
    for (String key : properties.keySet()) {
      if (key.toLowerCase(Locale.ROOT).contains("password")) {
        problem(
            lineIn(c, "properties", key),
            "connection.properties." + key,
            "不得在定义文件中写明文密码；请用 password_env（环境变量名）或 password_file（密码文件路径）");
      }
    }
    if (url == null) {
      return null;
    }
    Path passwordPath = null;
    if (passwordFile != null) {
      Path p = Path.of(passwordFile);
      passwordPath = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p);
    }
    return new SourceDefinition.Connection(
        url, user, userEnv, passwordEnv, passwordPath, properties);
  }

  private void checkFields(
      Mapping top, FileKind kind, Map<String, String> fields, Map<String, String> constants) {
    Set<String> known = new LinkedHashSet<>();
    for (ColumnDef c : kind.columns()) {
      known.add(c.name());
    }
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!known.contains(e.getKey())) {
        problem(
            lineIn(top, "fields", e.getKey()),
            "fields." + e.getKey(),
            "不是 " + kind.name() + " 的字段；可用: " + String.join(", ", known));
      }
      if (!IDENTIFIER.matcher(e.getValue()).matches()) {
        problem(
            lineIn(top, "fields", e.getKey()),
            "fields." + e.getKey(),
            "'" + e.getValue() + "' 应为源表（或查询结果）的列名；需要计算的值请写在 query 中并起别名");
      }
      if (constants.containsKey(e.getKey())) {
        problem(
            lineIn(top, "constants", e.getKey()),
            "constants." + e.getKey(),
            "该字段已在 fields 中映射到列，不能同时给常量");
      }
    }
    for (String k : constants.keySet()) {
      if (!known.contains(k)) {
        problem(
            lineIn(top, "constants", k),
            "constants." + k,
            "不是 " + kind.name() + " 的字段；可用: " + String.join(", ", known));
      }
    }
    for (ColumnDef c : kind.columns()) {
      if (c.required() && !fields.containsKey(c.name()) && !constants.containsKey(c.name())) {
        problem(
            top.lineOf("fields"),
            "fields." + c.name(),
            "必填字段 " + c.name() + "（" + c.alias() + "）未映射到列，也没有常量");
      }
    }
  }

  private static int lineIn(Mapping top, String section, String key) {
    return top.value(section) instanceof Mapping m ? m.lineOf(key) : top.lineOf(section);
  }

  private String identifier(Mapping top, String key) {
    String v = text(top, "", key, true);
    if (v != null && !IDENTIFIER.matcher(v).matches()) {
      problem(top.lineOf(key), key, "'" + v + "' 应为列名（字母、数字、下划线）");
      return null;
    }
    return v;
  }

  private String env(Mapping node, String key) {
    String v = text(node, "connection", key, false);
    if (v != null && !ENV.matcher(v).matches()) {
      problem(node.lineOf(key), "connection." + key, "'" + v + "' 应为环境变量名，如 FOLLOWUP_DB_PASSWORD");
      return null;
    }
    return v;
  }

  private Duration duration(Mapping top, String key) {
    String v = text(top, "", key, false);
    if (v == null) {
      return DEFAULT_LOOKBACK;
    }
    Duration d = null;
    Matcher m = SHORT_DURATION.matcher(v.toLowerCase(Locale.ROOT));
    if (v.equals("0")) {
      d = Duration.ZERO;
    } else if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        d = Duration.parse(v);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (d == null || d.isNegative() || d.compareTo(Duration.ofDays(30)) > 0) {
      problem(top.lineOf(key), key, "'" + v + "' 应为 0 到 30 天之间的时长，如 10m、2h、1d 或 PT10M");
      return DEFAULT_LOOKBACK;
    }
    return d;
  }

  private int pageSize(Mapping top) {
    YamlNode v = top.value("page_size");
    if (v == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (v instanceof Scalar s && s.type() == Scalar.Type.INTEGER) {
      try {
        int n = Integer.parseInt(s.text());
        if (n >= 100 && n <= 1_000_000) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(
        v.line(),
        "page_size",
        "应为 100 到 1000000 之间的整数，实际是 " + (v instanceof Scalar s ? s.text() : v.describe()));
    return DEFAULT_PAGE_SIZE;
  }

  private Map<String, String> mapping(Mapping node, String key, boolean required) {
    YamlNode v = node.value(key);
    String field = key;
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      if (required) {
        problem(node.lineOf(key), field, "缺少必填字段");
      }
      return out;
    }
    if (!(v instanceof Mapping m)) {
      problem(v.line(), field, "应为映射（字段: 列名），实际是" + v.describe());
      return out;
    }
    for (YamlNode.Entry e : m.entries().values()) {
      if (e.value() instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
        out.put(e.key(), s.text().strip());
      } else {
        problem(e.line(), field + "." + e.key(), "应为一个值，实际是" + e.value().describe());
      }
    }
    return out;
  }

  private String text(Mapping node, String at, String key, boolean required) {
    YamlNode v = node.value(key);
    String field = at.isEmpty() ? key : at + "." + key;
    if (v == null) {
      if (required) {
        problem(node.lineOf(key), field, "缺少必填字段");
      }
      return null;
    }
    if (!(v instanceof Scalar s) || s.text().isBlank()) {
      problem(v.line(), field, "应为文本，实际是" + v.describe());
      return null;
    }
    return s.text().strip();
  }

  /** Flags unknown keys; a password key is flagged as such wherever it appears. */
  private void onlyKeys(Mapping node, String at, Set<String> known) {
    for (YamlNode.Entry e : node.entries().values()) {
      String field = at.isEmpty() ? e.key() : at + "." + e.key();
      if (isPassword(e.key())) {
        problem(e.line(), field, "不得在定义文件中写明文密码；请用 password_env（环境变量名）或 password_file（密码文件路径）");
      } else if (!known.contains(e.key())) {
        problem(e.line(), field, "未知字段（拼写错误？）可用字段: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  private static boolean isPassword(String key) {
    return key.toLowerCase(Locale.ROOT).contains("password")
        && !key.equals("password_env")
        && !key.equals("password_file");
  }

  private void problem(int line, String field, String message) {
    problems.add(
        new Problem(
            line,
            (line > 0 ? "第 " + line + " 行 " : "")
                + (field.isEmpty() ? "" : field + ": ")
                + message));
  }

  /** The problems in line order (stable for one line), for the person fixing the file. */
  private SourceDefinitionException failure() {
    List<String> sorted =
        problems.stream()
            .sorted(Comparator.comparingInt(Problem::line))
            .map(Problem::text)
            .toList();
    return new SourceDefinitionException(file.toString(), sorted);
  }
}
