package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sample.InterfaceLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionalIngestTest {
  @TempDir Path dir;

  @Test
  void loadsTheCsvLinesThatParseAndSkipsTheOthers() throws Exception {
    Path csv = dir.resolve("x.csv");
    Files.writeString(
        csv,
        """
        org_code,exchange_id,interface_id,message_type,business_key,business_time,sent_at,received_at,acked_at,status,error_cause,error_code,error_message,retries,record_count,payload_bytes
        441700001,E1,LIS-UP,检验,K1,2026-01-01 08:00:00,2026-01-01 09:00:00.100,2026-01-01 09:00:00.200,2026-01-01 09:00:01.600,SUCCESS,,,,0,3,1000
        441700001,E2,LIS-UP,检验,K2,,2026-01-02 09:00:00,,,FAILED,TIMEOUT,E504,"超时, 重试",2,,
        441700001,E3,LIS-UP,检验,K3,2026-01-01 08:00:00,not a time,,,SUCCESS,,,,0,1,1
        441700001,E4,LIS-UP,检验,K4,2026-01-03 08:00:00,2026-01-03 09:00:00,,,SUCCESS,,,,0,1,1
        """,
        StandardCharsets.UTF_8);

    long written =
        ConventionalIngest.load(csv, InterfaceLayout.CSV, dir.resolve("a.duckdb"), 1_000);

    assertThat(written).isEqualTo(3);
    assertThat(rows(dir.resolve("a.duckdb")))
        .containsExactly(
            "E1|2026-01-01|1500|null|3",
            "E2|2026-01-02|null|超时, 重试|null",
            "E4|2026-01-03|null|null|1");
  }

  @Test
  void readsNoMoreThanTheSlice() throws Exception {
    Path jsonl = dir.resolve("x.jsonl");
    Files.writeString(
        jsonl,
        """
        {"org_code":"441700001","exchange_id":"E1","interface_id":"LIS-UP","sent_at":"2026-01-01 09:00:00.100","acked_at":"2026-01-01 09:00:00.350","status":"SUCCESS","record_count":4}
        {"org_code":"441700001","exchange_id":"E2","sent_at":"2026-01-02 09:00:00","status":"FAILED","error_message":"拒收"}
        {"org_code":"441700001","exchange_id":"E3" broken
        {"org_code":"441700001","exchange_id":"E4","sent_at":"2026-01-04 09:00:00","status":"SUCCESS"}
        """,
        StandardCharsets.UTF_8);

    assertThat(
            ConventionalIngest.load(jsonl, InterfaceLayout.JSON_LINES, dir.resolve("b.duckdb"), 3))
        .isEqualTo(2);
    assertThat(rows(dir.resolve("b.duckdb")))
        .containsExactly("E1|2026-01-01|250|null|4", "E2|2026-01-02|null|拒收|null");
    assertThat(
            ConventionalIngest.load(jsonl, InterfaceLayout.JSON_LINES, dir.resolve("c.duckdb"), 10))
        .isEqualTo(3);
  }

  private static List<String> rows(Path db) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = ConventionalIngest.connect(db);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT exchange_id, sent_date, latency_ms, error_message, record_count"
                    + " FROM interface_exchanges ORDER BY exchange_id")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + "|"
                + rs.getObject(2)
                + "|"
                + rs.getObject(3)
                + "|"
                + rs.getString(4)
                + "|"
                + rs.getObject(5));
      }
    }
    return rows;
  }
}
