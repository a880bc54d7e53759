package org.baobiao.warehouse.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsAtLinesEndingInASemicolonAndLeavesOutCommentsAndBlankLines() {
    String sql =
        "-- the header comment\r\n"
            + "CREATE TABLE t (\r\n"
            + "  a INTEGER,\r\n"
            + "\r\n"
            + "  -- a comment inside\r\n"
            + "  b VARCHAR DEFAULT ';'\r\n"
            + ");\r\n"
            + "\n"
            + "INSERT INTO t VALUES (1, 'x;y');  \n"
            + "UPDATE t SET a = 2";
    assertThat(SqlScript.statements(sql))
        .containsExactly(
            "CREATE TABLE t (\r\n  a INTEGER,\r\n  b VARCHAR DEFAULT ';'\r\n)",
            "INSERT INTO t VALUES (1, 'x;y')",
            "UPDATE t SET a = 2");
  }

  @Test
  void aScriptOfCommentsHasNoStatement() {
    assertThat(SqlScript.statements("-- nothing\n\n   \n")).isEmpty();
  }
}
