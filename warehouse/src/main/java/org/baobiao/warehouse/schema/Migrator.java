package org.baobiao.warehouse.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.sql.SqlScript;

/**
 * Applies the versioned schema migrations listed in {@code migrations/index.txt}, each once, in
 * order, each in its own transaction, and records them in {@code schema_migrations}. An applied
 * migration whose text has changed since is an error: migrations are never edited, only added.
 */
public final class Migrator {
  private static final String ROOT = "/org/baobiao/warehouse/migrations/";
  private static final Pattern NAME = Pattern.compile("V(\\d{3,})__([A-Za-z0-9_]+)\\.sql");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** One migration file. */
  public record Migration(int version, String description, String sql, String checksum) {}

  /** The migrations shipped with this build, in order. */
  public static List<Migration> available() {
    List<Migration> result = new ArrayList<>();
    for (String line : resource("index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new WarehouseException("迁移文件名不符合 V<版本>__<说明>.sql: " + name);
      }
      String sql = resource(name);
      result.add(
          new Migration(
              Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, sha256(sql)));
    }
    return result;
  }

  /**
   * Refuses a migration whose text changed after it was applied: migrations are only added.
   *
   * @throws WarehouseException naming the migration
   */
  public static void checkUnchanged(AppliedMigration applied, Migration shipped) {
    if (!applied.checksum().equals(shipped.checksum())) {
      throw new WarehouseException(
          "数据仓库的第 " + shipped.version() + " 号迁移已应用，但程序中的迁移文件内容已改变（校验和不一致）。迁移文件只能新增，不能修改。");
    }
  }

  /** Applies pending migrations on the connection (auto-commit must be on). */
  public static List<AppliedMigration> migrate(Connection conn) {
    try {
      try (Statement st = conn.createStatement()) {
        st.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                + " description VARCHAR NOT NULL, checksum VARCHAR NOT NULL,"
                + " applied_at TIMESTAMP NOT NULL)");
      }
      List<AppliedMigration> applied = applied(conn);
      for (Migration m : available()) {
        AppliedMigration done =
            applied.stream().filter(a -> a.version() == m.version()).findFirst().orElse(null);
        if (done != null) {
          checkUnchanged(done, m);
          continue;
        }
        apply(conn, m);
      }
      return applied(conn);
    } catch (SQLException e) {
      throw new WarehouseException("数据仓库结构迁移失败: " + e.getMessage(), e);
    }
  }

  private static void apply(Connection conn, Migration m) throws SQLException {
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      for (String statement : SqlScript.statements(m.sql())) {
        st.execute(statement);
      }
      try (PreparedStatement ps =
          conn.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?, ?)")) {
        ps.setInt(1, m.version());
        ps.setString(2, m.description());
        ps.setString(3, m.checksum());
        ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now(ZONE)));
        ps.executeUpdate();
      }
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw new SQLException("V" + m.version() + " " + m.description() + ": " + e.getMessage(), e);
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Applied migrations, oldest first. */
  public static List<AppliedMigration> applied(Connection conn) throws SQLException {
    List<AppliedMigration> result = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, description, checksum, applied_at FROM schema_migrations"
                    + " ORDER BY version")) {
      while (rs.next()) {
        result.add(
            new AppliedMigration(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime()));
      }
    }
    return result;
  }

  private static String resource(String name) {
    try (InputStream in = Migrator.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new WarehouseException("程序包中缺少迁移文件 " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WarehouseException("读取迁移文件 " + name + " 失败: " + e.getMessage(), e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private Migrator() {}
}
