package org.baobiao.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SqlTraceTest {
  @Test
  void aStatementIsOneShortLineWithItsTime() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    SqlTrace.print(out, 12_345, "SELECT a,\n       b\n  FROM t   WHERE x = ?", 160);
    SqlTrace.print(out, 7, "INSERT INTO t SELECT " + "c, ".repeat(100) + "d FROM u", 160);
    SqlTrace.print(out, 7, "INSERT INTO t SELECT " + "c, ".repeat(100) + "d FROM u", 1000);

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0]).isEqualTo("[sql]    12,345 ms  SELECT a, b FROM t WHERE x = ?");
    assertThat(lines[1]).startsWith("[sql]         7 ms  INSERT INTO t SELECT c, c,").endsWith("…");
    assertThat(lines[1].length()).isEqualTo("[sql]         7 ms  ".length() + 161);
    assertThat(lines[2]).endsWith("c, d FROM u");
  }
}
