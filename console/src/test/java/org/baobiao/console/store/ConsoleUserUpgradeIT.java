package org.baobiao.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A console database made before account administration (no {@code disabled}, no {@code
 * sessions_since}) is upgraded at start, on the H2 file and on PostgreSQL, keeping its accounts
 * enabled; then the "last enabled administrator" guard of the {@code UPDATE} statements holds on
 * both, and a vendor made another role loses its contracts.
 */
class ConsoleUserUpgradeIT {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "baobiao_accounts_it";

  @TempDir Path dir;

  @Test
  void anH2ConsoleDatabaseIsUpgraded() {
    upgradesAndGuardsTheLastAdministrator(
        new JdbcTemplate(
            new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("console").toAbsolutePath(), "sa", "")));
  }

  @Test
  void aPostgresqlConsoleDatabaseIsUpgraded() {
    try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + SERVER + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true: the console database must be tested on a real PostgreSQL. " + message);
      }
      Assumptions.abort("Skipped: " + message);
    }
    upgradesAndGuardsTheLastAdministrator(
        new JdbcTemplate(new DriverManagerDataSource(SERVER + DATABASE, "postgres", "")));
  }

  private static void upgradesAndGuardsTheLastAdministrator(JdbcTemplate jdbc) {
    // The accounts table as consoles before account administration made it.
    jdbc.execute(
        "CREATE TABLE console_user (username VARCHAR(64) PRIMARY KEY,"
            + " password_hash VARCHAR(100) NOT NULL, role VARCHAR(20) NOT NULL,"
            + " failed_attempts INT DEFAULT 0 NOT NULL, locked BOOLEAN DEFAULT FALSE NOT NULL,"
            + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " must_change_password BOOLEAN DEFAULT FALSE NOT NULL)");
    for (String[] u : new String[][] {{"a1", "ADMIN"}, {"a2", "ADMIN"}, {"v", "VENDOR"}}) {
      jdbc.update(
          "INSERT INTO console_user (username, password_hash, role, created_at) VALUES (?, 'x', ?, ?)",
          u[0],
          u[1],
          OffsetDateTime.now());
    }

    ConsoleStore store = new ConsoleStore(jdbc);
    assertThat(store.users()).hasSize(3).noneMatch(ConsoleUser::disabled);
    assertThat(store.user("a1").orElseThrow().sessionsSince()).isNull();
    assertThat(store.enabledAdministrators()).containsExactly("a1", "a2");

    assertThat(store.setDisabled("a1", true)).isTrue();
    assertThat(store.user("a1").orElseThrow().sessionsSince()).isNotNull();
    // a2 is now the last enabled administrator: neither disabled nor demoted.
    assertThat(store.setDisabled("a2", true)).isFalse();
    assertThat(store.changeRole("a2", Role.MANAGER)).isFalse();
    assertThat(store.user("a2").orElseThrow().role()).isEqualTo(Role.ADMIN);
    assertThat(store.user("a2").orElseThrow().disabled()).isFalse();
    // A disabled administrator does not count and may be demoted.
    assertThat(store.changeRole("a1", Role.MANAGER)).isTrue();
    assertThat(store.enabledAdministrators()).containsExactly("a2");
    assertThat(store.setDisabled("a1", false)).isTrue();
    assertThat(store.changeRole("a1", Role.ADMIN)).isTrue();
    assertThat(store.changeRole("a2", Role.STATISTICIAN)).isTrue();
    assertThat(store.enabledAdministrators()).containsExactly("a1");

    store.setContracts("v", Set.of("HT-2025-000"));
    assertThat(store.changeRole("v", Role.STATISTICIAN)).isTrue();
    assertThat(store.contracts("v")).isEmpty();

    // A second start finds the columns and changes nothing.
    new ConsoleStore(jdbc);
    assertThat(store.user("a1").orElseThrow().role()).isEqualTo(Role.ADMIN);
    assertThat(store.user("a2").orElseThrow().disabled()).isFalse();
  }
}
