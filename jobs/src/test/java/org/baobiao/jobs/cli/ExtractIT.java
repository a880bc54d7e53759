package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Incremental extraction end to end against real MariaDB and PostgreSQL servers: insert rows,
 * extract; update some, insert more (one committed late, before the watermark), extract again; a
 * run killed after three pages and run again. Every time the warehouse holds exactly the source's
 * rows, each once, and the rollups agree with them.
 */
class ExtractIT {
  private static final String TABLE = "bb_extract_it";
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 3, 8, 0);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(SourceDatabase.class)
  void extractionIsIncrementalExactAndSurvivesAKill(SourceDatabase db) throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    try (Connection source = db.connect()) {
      createTable(source, db);
      // Rows 1..5; row 3 has a status the format does not know.
      for (int id = 1; id <= 5; id++) {
        insert(source, id, id == 3 ? "DONE" : "SUCCESS", T0.plusMinutes(id));
      }
      Path def = definition(db, 100);

      CliRunner.Result first = cli.run("extract", def.toString());
      assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
      assertThat(first.out()).contains("首次抽取").contains("读取 5 行").contains("拒绝 1 行");
      assertExchanges(warehouse, 4);
      try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
        assertThat(
                w.query("SELECT line_no, field, value, reason_code FROM rejects", Map.of())
                    .rows()
                    .get(0))
            .containsExactly(3L, "status", "DONE", "BAD_CODE");
      }

      // The source moves on: row 2 is updated, row 3 corrected, rows 6-7 inserted.
      update(source, 2, "FAILED", T0.plusMinutes(20));
      update(source, 3, "SUCCESS", T0.plusMinutes(21));
      insert(source, 6, "SUCCESS", T0.plusMinutes(22));
      insert(source, 7, "SUCCESS", T0.plusMinutes(23));
      CliRunner.Result second = cli.run("extract", def.toString());
      assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
      assertThat(second.out()).contains("从水位 2026-10-03 08:05:00 / 5 起");
      assertExchanges(warehouse, 7);
      try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
        assertThat(
                w.query(
                        "SELECT status, error_cause FROM interface_exchanges WHERE exchange_id = 'X2'",
                        Map.of())
                    .rows()
                    .get(0))
            .containsExactly("FAILED", "NETWORK");
        assertThat(w.query("SELECT count(*) FROM rejects", Map.of()).single()).isEqualTo(1L);
      }

      // Row 8 is committed late: its update time is 90 s before the watermark (08:23:00), within
      // the 5 minutes the next run reads again.
      insert(source, 8, "SUCCESS", T0.plusMinutes(21).plusSeconds(30));
      CliRunner.Result late = cli.run("extract", def.toString());
      assertThat(late.exitCode()).as(late.out() + late.err()).isZero();
      assertExchanges(warehouse, 8);

      // Nothing new: a run reads only the lookback window again and changes nothing.
      CliRunner.Result quiet = cli.run("extract", def.toString());
      assertThat(quiet.exitCode()).as(quiet.out()).isZero();
      assertExchanges(warehouse, 8);

      // 1,000 more rows in pages of 100; the JVM is halted right after the third page commit.
      try (PreparedStatement ps = insertStatement(source)) {
        for (int id = 100; id < 1_100; id++) {
          bind(ps, id, "SUCCESS", T0.plusHours(1).plusSeconds(id));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      Process killed = child(warehouse, def, Map.of(), "-Dbaobiao.fault.halt-after-pages=3");
      assertThat(killed.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(killed.exitValue()).as(output(killed)).isEqualTo(137);
      try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
        long partial =
            (Long) w.query("SELECT count(*) FROM interface_exchanges", Map.of()).single();
        assertThat(partial).isBetween(9L, 1_007L);
        assertThat(
                w.query(
                        "SELECT b.status FROM extract_state s JOIN load_batches b"
                            + " ON b.batch_id = s.batch_id",
                        Map.of())
                    .single())
            .isEqualTo("RUNNING");
      }
      CliRunner.Result resumed = cli.run("extract", def.toString());
      assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
      assertThat(resumed.out()).contains("续接");
      assertExchanges(warehouse, 1_008);

      CliRunner.Result listed = cli.run("sources", "--sources", def.getParent().toString());
      assertThat(listed.exitCode()).as(listed.out()).isZero();
      assertThat(listed.out())
          .contains("it-" + db.name().toLowerCase())
          .contains("水位 2026-10-03 09:18:19 / 1099");
    }
  }

  @org.junit.jupiter.api.Test
  void credentialsComeFromTheEnvironmentAndNeverShowInMessages() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    String password = "Bb-extract-7391";
    try (Connection root = SourceDatabase.MARIADB.connect();
        Statement st = root.createStatement()) {
      createTable(root, SourceDatabase.MARIADB);
      insert(root, 1, "SUCCESS", T0);
      st.execute("DROP USER IF EXISTS 'bb_reader'@'%'");
      st.execute("CREATE USER 'bb_reader'@'%' IDENTIFIED BY '" + password + "'");
      st.execute("GRANT SELECT ON test." + TABLE + " TO 'bb_reader'@'%'");
    }
    Path def = definition(SourceDatabase.MARIADB, 100);
    Files.writeString(
        def,
        Files.readString(def)
            .replace("  user: root\n", "  user: bb_reader\n  password_env: BB_TEST_PASSWORD\n"));

    Process missing = child(warehouse, def, Map.of());
    assertThat(missing.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String missingOut = output(missing);
    assertThat(missing.exitValue()).as(missingOut).isEqualTo(1);
    assertThat(missingOut).contains("环境变量 BB_TEST_PASSWORD").contains("未设置");

    Process wrong = child(warehouse, def, Map.of("BB_TEST_PASSWORD", password + "x"));
    assertThat(wrong.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String wrongOut = output(wrong);
    assertThat(wrong.exitValue()).as(wrongOut).isEqualTo(1);
    assertThat(wrongOut).contains("无法连接数据源").contains("bb_reader").doesNotContain(password);

    Process right = child(warehouse, def, Map.of("BB_TEST_PASSWORD", password));
    assertThat(right.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String rightOut = output(right);
    assertThat(right.exitValue()).as(rightOut).isZero();
    assertThat(rightOut).contains("读取 1 行").doesNotContain(password);
    assertExchanges(warehouse, 1);

    // A password written into the definition is refused before anything connects.
    Files.writeString(
        def,
        Files.readString(def)
            .replace("  password_env: BB_TEST_PASSWORD\n", "  password: " + password + "\n"));
    CliRunner.Result plain = cli.run("extract", def.toString());
    assertThat(plain.exitCode()).isEqualTo(2);
    assertThat(plain.err()).contains("不得在定义文件中写明文密码").contains("第 8 行 connection.password");
  }

  /** Each exchange loaded once, the daily rollups agreeing, no batch left unfinished. */
  static void assertExchanges(Path warehouse, long expected) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query(
                      "SELECT count(*), count(DISTINCT exchange_id) FROM interface_exchanges",
                      Map.of())
                  .rows()
                  .get(0))
          .as("exchanges, distinct exchanges")
          .containsExactly(expected, expected);
      assertThat(
              w.query("SELECT coalesce(sum(exchanges), 0) FROM interface_daily", Map.of()).single())
          .as("rollups agree with the exchanges")
          .isEqualTo(expected);
      assertThat(
              w.query("SELECT count(*) FROM load_batches WHERE status <> 'LOADED'", Map.of())
                  .single())
          .isEqualTo(0L);
    }
  }

  private Path definition(SourceDatabase db, int pageSize) throws IOException {
    Path file = dir.resolve("sources/it-" + db.name().toLowerCase() + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        # The source of ExtractIT: an interface engine's log table.
        id: it-%s
        name: 集成测试接口日志
        kind: interface_exchanges
        connection:
          url: %s
          user: %s
        table: %s
        key: id
        watermark: updated_at
        lookback: 5m
        page_size: %d
        constants:
          org_code: "441700001"
          interface_id: HIS-LIS
        fields:
          exchange_id: msg_id
          business_key: biz_key
          sent_at: send_time
          acked_at: ack_time
          status: result
          error_cause: fail_type
          retries: retry_count
        """
            .formatted(db.name().toLowerCase(), db.url, db.user, TABLE, pageSize),
        StandardCharsets.UTF_8);
    return file;
  }

  private static void createTable(Connection c, SourceDatabase db) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + TABLE);
      st.execute(
          "CREATE TABLE "
              + TABLE
              + " (id BIGINT PRIMARY KEY, msg_id VARCHAR(64) NOT NULL, biz_key VARCHAR(64),"
              + " send_time "
              + db.timestampType
              + " NOT NULL, ack_time "
              + db.timestampType
              + ", result VARCHAR(16) NOT NULL, fail_type VARCHAR(32), retry_count INT,"
              + " updated_at "
              + db.timestampType
              + " NOT NULL)");
    }
  }

  private static PreparedStatement insertStatement(Connection c) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO "
            + TABLE
            + " (id, msg_id, biz_key, send_time, ack_time, result, fail_type, retry_count,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static void insert(Connection c, int id, String result, LocalDateTime updated)
      throws SQLException {
    try (PreparedStatement ps = insertStatement(c)) {
      bind(ps, id, result, updated);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, int id, String result, LocalDateTime updated)
      throws SQLException {
    LocalDateTime sent = T0.plusSeconds(id);
    ps.setLong(1, id);
    ps.setString(2, "X" + id);
    ps.setString(3, "B" + id);
    ps.setObject(4, sent);
    ps.setObject(5, "FAILED".equals(result) ? null : sent.plusNanos(50_000_000));
    ps.setString(6, result);
    ps.setString(7, "FAILED".equals(result) ? "NETWORK" : null);
    ps.setInt(8, 0);
    ps.setObject(9, updated);
  }

  private static void update(Connection c, int id, String result, LocalDateTime updated)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE "
                + TABLE
                + " SET result = ?, fail_type = ?, ack_time = CASE WHEN ? = 'FAILED' THEN NULL"
                + " ELSE ack_time END, updated_at = ? WHERE id = ?")) {
      ps.setString(1, result);
      ps.setString(2, "FAILED".equals(result) ? "NETWORK" : null);
      ps.setString(3, result);
      ps.setObject(4, updated);
      ps.setLong(5, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  /** The command line in a new JVM (with extra JVM options and environment variables). */
  static Process child(Path warehouse, Path def, Map<String, String> env, String... jvmOptions)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(jvmOptions));
    command.addAll(
        List.of(
            "-Duser.timezone=Asia/Shanghai",
            "org.baobiao.jobs.cli.Main",
            "--warehouse",
            warehouse.toString(),
            "extract",
            def.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    return pb.start();
  }

  static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
