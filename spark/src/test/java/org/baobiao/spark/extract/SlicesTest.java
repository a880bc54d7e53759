package org.baobiao.spark.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.extract.JdbcSource;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.SourceDefinitionReader;
import org.baobiao.etl.load.Domains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conditions that split a run's read into tasks, run as SQL against a real database (an H2
 * file): every row of the run is in exactly one slice, whatever the precision of its watermark,
 * ties included, with and without the lookback's lower bound.
 */
class SlicesTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 10, 3, 8, 0);

  @TempDir Path dir;

  @Test
  void everyRowIsInExactlyOneSlice() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("src").toAbsolutePath() + ";MODE=PostgreSQL";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TABLE ex (id BIGINT PRIMARY KEY, msg_id VARCHAR(64), result VARCHAR(16),"
                + " updated_at TIMESTAMP(9))");
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO ex VALUES (?, ?, 'SUCCESS', ?)")) {
        for (int id = 1; id <= 1_000; id++) {
          ps.setLong(1, id);
          ps.setString(2, "M" + id);
          // Nanoseconds (finer than the literals' microseconds), ties, an uneven spread.
          ps.setObject(3, T0.plusSeconds((long) id * id / 7).plusNanos(id % 5 * 123_457L));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      SourceDefinition def = definition(url);
      try (JdbcSource source =
          JdbcSource.open(def, Map.of(), Domains.kind("interface_exchanges").columns())) {
        for (LocalDateTime from : new LocalDateTime[] {null, T0.plusSeconds(20_000)}) {
          JdbcSource.Bounds bounds = source.bounds(from);
          long expected =
              count(c, from == null ? "" : " WHERE updated_at >= TIMESTAMP '" + from + "'");
          assertThat(bounds.count()).isEqualTo(expected);
          for (int tasks : new int[] {1, 2, 7, 64}) {
            String[] predicates = SparkJdbcExtract.predicates(source, def, from, bounds, tasks);
            assertThat(predicates).hasSize(tasks);
            List<Long> ids = new ArrayList<>();
            for (String p : predicates) {
              try (Statement st = c.createStatement();
                  ResultSet rs = st.executeQuery("SELECT id FROM ex WHERE " + p)) {
                while (rs.next()) {
                  ids.add(rs.getLong(1));
                }
              }
            }
            assertThat(ids).as("%d tasks from %s", tasks, from).doesNotHaveDuplicates();
            assertThat((long) ids.size()).as("%d tasks from %s", tasks, from).isEqualTo(expected);
          }
        }
      }
    }
  }

  private static long count(Connection c, String where) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM ex" + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private SourceDefinition definition(String url) throws Exception {
    Path file = dir.resolve("slices.yaml");
    Files.writeString(
        file,
        """
        id: slices
        name: 分片测试
        kind: interface_exchanges
        connection:
          url: %s
          user: sa
        table: ex
        key: id
        watermark: updated_at
        constants:
          org_code: "441700001"
          interface_id: HIS-LIS
          sent_at: "2026-10-03 08:00:00"
        fields:
          exchange_id: msg_id
          status: result
        """
            .formatted(url),
        StandardCharsets.UTF_8);
    return SourceDefinitionReader.read(file);
  }
}
