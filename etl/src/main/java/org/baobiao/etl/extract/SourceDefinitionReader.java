package org.baobiao.etl.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.spec.SpecProblem.Code;
import org.baobiao.spec.SpecReader;
import org.baobiao.spec.YamlNode;
import org.baobiao.spec.YamlNode.Mapping;
import org.baobiao.spec.YamlNode.Scalar;

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

  /** A MongoDB field path: names and array indexes separated by dots, e.g. {@code msg.errors.0}. */
  private static final Pattern PATH =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_]{0,127}(\\.([A-Za-z_][A-Za-z0-9_]{0,127}|[0-9]{1,6})){0,15}");

  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,119}");
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "kind",
          "connection",
          "table",
          "query",
          "collection",
          "key",
          "watermark",
          "lookback",
          "page_size",
          "fields",
          "constants");
  private static final List<String> CONNECTION_KEYS =
      List.of("url", "user", "user_env", "password_env", "password_file", "properties");
  private static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(5);
  private static final Duration MAX_LOOKBACK = Duration.ofDays(30);
  private static final int DEFAULT_PAGE_SIZE = 10_000;

  private final Path file;
  private final SpecReader in;

  private SourceDefinitionReader(Path file) {
    this.file = file;
    this.in = new SpecReader(file.toString());
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
      SpecReader in = new SpecReader(file.toString());
      in.problem(Code.SYNTAX, 0, 0, "", "", "无法读取文件（" + e.getMessage() + "）；定义文件应为 UTF-8 编码的 YAML");
      throw new SourceDefinitionException(file.toString(), in.problems());
    }
    return new SourceDefinitionReader(file).parse(text);
  }

  private SourceDefinition parse(String text) {
    YamlNode root = in.parse(text);
    if (root == null) {
      throw failure();
    }
    Mapping top = in.mapping(root, "", root.line());
    if (top == null) {
      throw failure();
    }
    onlyKeys(top, "", KEYS);
    String id = in.text(top, "", "id", true);
    if (id != null && !ID.matcher(id).matches()) {
      in.problemAt(Code.INVALID, top, "id", "id", "'" + id + "' 应由小写字母、数字、_ 或 - 组成（至多 64 个字符）");
    }
    String name = in.text(top, "", "name", false);
    String kindName = in.text(top, "", "kind", true);
    FileKind kind = null;
    if (kindName != null) {
      try {
        kind = Domains.kind(kindName);
      } catch (IllegalArgumentException e) {
        in.problemAt(
            Code.UNKNOWN_VALUE,
            top,
            "kind",
            "kind",
            "未知的文件类型 '" + kindName + "'；可用: interface_exchanges（接口交换记录）等，见 docs/formats.md");
      }
    }
    SourceDefinition.Connection connection = connection(top);
    boolean mongo =
        connection != null
            ? SourceDefinition.Type.of(connection.url()) == SourceDefinition.Type.MONGODB
            : top.value("collection") != null;
    String table = in.text(top, "", "table", false);
    String query = in.text(top, "", "query", false);
    String collection = in.text(top, "", "collection", false);
    if (mongo) {
      mongoRelation(top, table, query, collection);
    } else {
      jdbcRelation(top, table, query, collection);
    }
    String key = mongo && top.value("key") == null ? "_id" : identifier(top, "key", mongo);
    String watermark = identifier(top, "watermark", mongo);
    if (mongo && "_id".equals(watermark) && key != null && !key.equals("_id")) {
      in.problemAt(Code.INVALID, top, "key", "key", "水位为 _id（ObjectId 的时间）时，键也须是 _id（或不写 key）");
    }
    Duration lookback = in.duration(top, "", "lookback", false, MAX_LOOKBACK);
    int pageSize = pageSize(top);
    Map<String, String> fields = in.textMap(top, "", "fields", true);
    Map<String, String> constants = in.textMap(top, "", "constants", false);
    if (kind != null) {
      checkFields(top, kind, fields, constants, mongo);
    }
    if (!in.isEmpty()) {
      throw failure();
    }
    return new SourceDefinition(
        file,
        id,
        name == null ? id : name,
        kindName,
        connection,
        mongo ? null : table,
        mongo || query == null ? null : query.strip(),
        mongo ? collection : null,
        key,
        watermark,
        lookback == null ? DEFAULT_LOOKBACK : lookback,
        pageSize,
        fields,
        constants);
  }

  private void jdbcRelation(Mapping top, String table, String query, String collection) {
    if (collection != null) {
      in.problemAt(
          Code.INVALID,
          top,
          "collection",
          "collection",
          "collection 只用于 MongoDB 数据源（connection.url 为 mongodb://...）；JDBC 数据源请用 table 或 query");
    }
    if ((table == null) == (query == null)) {
      in.problem(Code.MISSING, top, "table", "须给出 table（表名）或 query（SELECT 查询）二者之一");
    }
    if (table != null && !TABLE.matcher(table).matches()) {
      in.problemAt(Code.INVALID, top, "table", "table", "'" + table + "' 应为表名或 模式.表名（字母、数字、下划线）");
    }
    if (query != null) {
      String q = query.strip();
      String head = q.length() >= 6 ? q.substring(0, 6).toUpperCase(Locale.ROOT) : q;
      if (!head.startsWith("SELECT") && !head.startsWith("WITH")) {
        in.problemAt(Code.INVALID, top, "query", "query", "应为一条 SELECT 查询");
      }
      if (q.endsWith(";")) {
        in.problemAt(Code.INVALID, top, "query", "query", "查询末尾不要写分号：它将作为子查询使用");
      }
    }
  }

  private void mongoRelation(Mapping top, String table, String query, String collection) {
    for (String k : List.of("table", "query")) {
      if ((k.equals("table") ? table : query) != null) {
        in.problemAt(
            Code.INVALID,
            top,
            k,
            k,
            "MongoDB 数据源没有 " + k + "；请用 collection 给出集合名，用 fields 的字段路径（如 patient.visit_no）展开嵌套文档");
      }
    }
    if (collection == null) {
      in.problem(Code.MISSING, top, "collection", "MongoDB 数据源须给出 collection（集合名）");
    } else if (!COLLECTION.matcher(collection).matches() || collection.startsWith("system.")) {
      in.problemAt(
          Code.INVALID,
          top,
          "collection",
          "collection",
          "'" + collection + "' 应为集合名（字母、数字、下划线、点或 -，不以 system. 开头）");
    }
  }

  private SourceDefinition.Connection connection(Mapping top) {
    YamlNode node = top.value("connection");
    if (!(node instanceof Mapping c)) {
      if (node == null) {
        in.missing(top, "", "connection");
      } else {
        in.problem(Code.WRONG_TYPE, node, "connection", "应为映射（url、user 等），实际是" + node.describe());
      }
      return null;
    }
    onlyKeys(c, "connection", CONNECTION_KEYS);
    String url = in.text(c, "connection", "url", true);
    if (url != null) {
      boolean mongo = SourceDefinition.Type.of(url) == SourceDefinition.Type.MONGODB;
      if (!url.startsWith("jdbc:") && !mongo) {
        in.problemAt(
            Code.INVALID,
            c,
            "url",
            "connection.url",
            "应为 JDBC URL（如 jdbc:mariadb://host:3306/db）或 MongoDB URL（如 mongodb://host:27017/cdr）");
      }
      if (mongo) {
        checkMongoUrl(c, url);
      }
      if (JdbcUrls.hasCredentials(url)) {
        // The problem quotes the URL with its credentials starred: it is printed and logged.
        YamlNode at = c.entries().get("url").value();
        in.problem(
            Code.INVALID,
            at.line(),
            at.column(),
            "connection.url",
            JdbcUrls.redact(url),
            "URL 中不得含用户名或密码（user:密码@、user/密码@ 或 user=、password= 参数）；"
                + "用户名写在 connection.user 或 user_env，密码用 password_env 或 password_file 提供");
      }
    }
    String user = in.text(c, "connection", "user", false);
    String userEnv = env(c, "user_env");
    String passwordEnv = env(c, "password_env");
    String passwordFile = in.text(c, "connection", "password_file", false);
    if (user != null && userEnv != null) {
      in.problemAt(Code.INVALID, c, "user_env", "connection.user_env", "user 与 user_env 只能给出一个");
    }
    if (passwordEnv != null && passwordFile != null) {
      in.problemAt(
          Code.INVALID,
          c,
          "password_file",
          "connection.password_file",
          "password_env 与 password_file 只能给出一个");
    }
    Map<String, String> properties = in.textMap(c, "connection", "properties", false);
    for (String key : properties.keySet()) {
      if (key.toLowerCase(Locale.ROOT).contains("password")) {
        in.problem(
            Code.INVALID,
            valueIn(c, "properties", key),
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

  /**
   * A MongoDB URL names its database and carries no user: the user comes from {@code user} or
   * {@code user_env}, the password from {@code password_env} or {@code password_file}.
   */
  private void checkMongoUrl(Mapping c, String url) {
    String rest = url.substring(url.indexOf("://") + 3);
    int slash = rest.indexOf('/');
    String hosts = slash < 0 ? rest : rest.substring(0, slash);
    if (hosts.contains("@")) {
      in.problemAt(
          Code.INVALID,
          c,
          "url",
          "connection.url",
          "URL 中不得含用户名或密码；请用 user（或 user_env）与 password_env（或 password_file）");
    }
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    int q = path.indexOf('?');
    String database = q < 0 ? path : path.substring(0, q);
    if (database.isEmpty()) {
      in.problemAt(
          Code.INVALID,
          c,
          "url",
          "connection.url",
          "MongoDB URL 须写明数据库名，如 mongodb://host:27017/cdr");
    }
  }

  private void checkFields(
      Mapping top,
      FileKind kind,
      Map<String, String> fields,
      Map<String, String> constants,
      boolean mongo) {
    Set<String> known = new LinkedHashSet<>();
    for (ColumnDef c : kind.columns()) {
      known.add(c.name());
    }
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!known.contains(e.getKey())) {
        in.problem(
            Code.INVALID,
            valueIn(top, "fields", e.getKey()),
            "fields." + e.getKey(),
            "不是 " + kind.name() + " 的字段；可用: " + String.join(", ", known));
      }
      if (mongo && !PATH.matcher(e.getValue()).matches()) {
        in.problem(
            Code.INVALID,
            valueIn(top, "fields", e.getKey()),
            "fields." + e.getKey(),
            "'" + e.getValue() + "' 应为文档的字段路径，如 msg_id、patient.visit_no 或 errors.0.code");
      } else if (!mongo && !IDENTIFIER.matcher(e.getValue()).matches()) {
        in.problem(
            Code.INVALID,
            valueIn(top, "fields", e.getKey()),
            "fields." + e.getKey(),
            "'" + e.getValue() + "' 应为源表（或查询结果）的列名；需要计算的值请写在 query 中并起别名");
      }
      if (constants.containsKey(e.getKey())) {
        in.problem(
            Code.INVALID,
            valueIn(top, "constants", e.getKey()),
            "constants." + e.getKey(),
            "该字段已在 fields 中映射到列，不能同时给常量");
      }
    }
    for (String k : constants.keySet()) {
      if (!known.contains(k)) {
        in.problem(
            Code.INVALID,
            valueIn(top, "constants", k),
            "constants." + k,
            "不是 " + kind.name() + " 的字段；可用: " + String.join(", ", known));
      }
    }
    for (ColumnDef c : kind.columns()) {
      if (c.required() && !fields.containsKey(c.name()) && !constants.containsKey(c.name())) {
        in.problemAt(
            Code.INVALID,
            top,
            "fields",
            "fields." + c.name(),
            "必填字段 " + c.name() + "（" + c.alias() + "）未映射到列，也没有常量");
      }
    }
  }

  /** The value of {@code section.key}, or of {@code section}, or {@code top}: where to point. */
  private static YamlNode valueIn(Mapping top, String section, String key) {
    if (top.value(section) instanceof Mapping m) {
      return m.entries().containsKey(key) ? m.entries().get(key).value() : m;
    }
    return top.value(section) == null ? top : top.value(section);
  }

  private String identifier(Mapping top, String key, boolean mongo) {
    String v = in.text(top, "", key, true);
    if (v != null && mongo && !PATH.matcher(v).matches()) {
      in.problemAt(Code.INVALID, top, key, key, "'" + v + "' 应为文档的字段路径，如 _id 或 meta.updated_at");
      return null;
    }
    if (v != null && !mongo && !IDENTIFIER.matcher(v).matches()) {
      in.problemAt(Code.INVALID, top, key, key, "'" + v + "' 应为列名（字母、数字、下划线）");
      return null;
    }
    return v;
  }

  private String env(Mapping node, String key) {
    String v = in.text(node, "connection", key, false);
    if (v != null && !ENV.matcher(v).matches()) {
      in.problemAt(
          Code.INVALID,
          node,
          key,
          "connection." + key,
          "'" + v + "' 应为环境变量名，如 FOLLOWUP_DB_PASSWORD");
      return null;
    }
    return v;
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
    in.problem(
        Code.INVALID,
        v,
        "page_size",
        "应为 100 到 1000000 之间的整数，实际是 " + (v instanceof Scalar s ? s.text() : v.describe()));
    return DEFAULT_PAGE_SIZE;
  }

  /** Flags unknown keys; a password key is flagged as such wherever it appears. */
  private void onlyKeys(Mapping node, String at, List<String> known) {
    Map<String, YamlNode.Entry> others = new LinkedHashMap<>();
    for (YamlNode.Entry e : node.entries().values()) {
      if (isPassword(e.key())) {
        in.problem(
            Code.INVALID,
            e.line(),
            e.column(),
            SpecReader.path(at, e.key()),
            "",
            "不得在定义文件中写明文密码；请用 password_env（环境变量名）或 password_file（密码文件路径）");
      } else {
        others.put(e.key(), e);
      }
    }
    in.onlyKeys(new Mapping(others, node.line(), node.column()), at, known);
  }

  private static boolean isPassword(String key) {
    return key.toLowerCase(Locale.ROOT).contains("password")
        && !key.equals("password_env")
        && !key.equals("password_file");
  }

  /** The problems in line order (stable for one line), for the person fixing the file. */
  private SourceDefinitionException failure() {
    return new SourceDefinitionException(file.toString(), in.problems());
  }
}
