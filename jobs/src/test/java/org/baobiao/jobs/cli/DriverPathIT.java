package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose driver Baobiao does not bundle (here HSQLDB, standing in for Oracle) is read by
 * the executable jar once its driver jar is in the lib/ folder the launcher passes as {@code
 * loader.path}; without it the error says where to put the driver.
 */
class DriverPathIT {
  @TempDir Path dir;

  @Test
  void aDriverJarInLibIsUsedByTheExecutableJar() throws Exception {
    Path exec = Path.of("target/baobiao-exec.jar").toAbsolutePath();
    assertThat(exec).as("the executable jar is built before the integration tests").exists();
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path hsqldb =
        Path.of(
            org.hsqldb.jdbc.JDBCDriver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    Files.copy(hsqldb, lib.resolve(hsqldb.getFileName()));

    String url = "jdbc:hsqldb:file:" + dir.resolve("hsql/log") + ";shutdown=true";
    try (Connection c = DriverManager.getConnection(url, "SA", "");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE exchange_log (id BIGINT PRIMARY KEY, msg_id VARCHAR(64), sent TIMESTAMP(3),"
              + " acked TIMESTAMP(3), result VARCHAR(16), changed TIMESTAMP(3))");
      st.execute(
          "INSERT INTO exchange_log VALUES (1, 'H1', TIMESTAMP '2026-10-03 08:00:00.000',"
              + " TIMESTAMP '2026-10-03 08:00:00.120', 'SUCCESS', TIMESTAMP '2026-10-03 08:00:01.000'),"
              + " (2, 'H2', TIMESTAMP '2026-10-03 08:05:00.000', TIMESTAMP '2026-10-03 08:05:00.300',"
              + " 'SUCCESS', TIMESTAMP '2026-10-03 08:05:01.000')");
    }
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    Path input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    assertThat(
            new CliRunner(warehouse)
                .run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    Path def = dir.resolve("hsql-log.yaml");
    Files.writeString(
        def,
        """
        id: hsql-log
        kind: interface_exchanges
        connection:
          url: %s
          user: SA
        table: exchange_log
        key: id
        watermark: changed
        constants:
          org_code: "441700001"
          interface_id: HIS-LIS
        fields:
          exchange_id: msg_id
          sent_at: sent
          acked_at: acked
          status: result
        """
            .formatted(url),
        StandardCharsets.UTF_8);

    Run without = run(exec, warehouse, def, null);
    assertThat(without.exit).as(without.out).isEqualTo(1);
    assertThat(without.out).contains("lib/");

    Run with = run(exec, warehouse, def, lib);
    assertThat(with.exit).as(with.out).isZero();
    assertThat(with.out).contains("读取 2 行").contains("载入 2 行");
  }

  private record Run(int exit, String out) {}

  private static Run run(Path exec, Path warehouse, Path def, Path lib) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=Asia/Shanghai"));
    if (lib != null) {
      command.add("-Dloader.path=" + lib);
    }
    command.addAll(
        List.of(
            "-jar",
            exec.toString(),
            "--warehouse",
            warehouse.toString(),
            "extract",
            def.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }
}
