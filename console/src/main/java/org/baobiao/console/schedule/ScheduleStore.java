package org.baobiao.console.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.baobiao.jobs.report.RelativePeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The schedules in the console database ({@code console_schedule}), and the console's few settings
 * ({@code console_setting}). The Quartz tables beside them hold only when each fires next.
 */
@Component
public class ScheduleStore {
  private final JdbcTemplate jdbc;

  public ScheduleStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS console_schedule (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " report_id VARCHAR(100) NOT NULL, hospital VARCHAR(40), period VARCHAR(30) NOT NULL,"
            + " cron VARCHAR(120) NOT NULL, formats VARCHAR(100) NOT NULL,"
            + " recipients VARCHAR(2000) NOT NULL, retries INT NOT NULL, enabled BOOLEAN NOT NULL,"
            + " created_by VARCHAR(64) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS console_setting (name VARCHAR(100) PRIMARY KEY,"
            + " setting_value VARCHAR(4000))");
  }

  /** Every schedule, by number. */
  public List<Schedule> all() {
    return jdbc.query("SELECT * FROM console_schedule ORDER BY id", this::map);
  }

  public Optional<Schedule> find(long id) {
    return jdbc.query("SELECT * FROM console_schedule WHERE id = ?", this::map, id).stream()
        .findFirst();
  }

  /** Saves a new schedule; returns its number. */
  public long insert(Schedule s) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO console_schedule (report_id, hospital, period, cron, formats,"
                      + " recipients, retries, enabled, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"ID"});
          ps.setString(1, s.reportId());
          ps.setString(2, s.hospital());
          ps.setString(3, s.period().name());
          ps.setString(4, s.cron());
          ps.setString(5, String.join(",", s.formats()));
          ps.setString(6, String.join(",", s.recipients()));
          ps.setInt(7, s.retries());
          ps.setBoolean(8, s.enabled());
          ps.setString(9, s.createdBy());
          ps.setObject(10, s.createdAt());
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  /** Replaces what a schedule does; its number, author and creation time stay. */
  public void update(Schedule s) {
    jdbc.update(
        "UPDATE console_schedule SET report_id = ?, hospital = ?, period = ?, cron = ?, formats = ?,"
            + " recipients = ?, retries = ?, enabled = ? WHERE id = ?",
        s.reportId(),
        s.hospital(),
        s.period().name(),
        s.cron(),
        String.join(",", s.formats()),
        String.join(",", s.recipients()),
        s.retries(),
        s.enabled(),
        s.id());
  }

  /** Deletes a schedule; false when there was none. */
  public boolean delete(long id) {
    return jdbc.update("DELETE FROM console_schedule WHERE id = ?", id) > 0;
  }

  public Optional<String> setting(String name) {
    return jdbc
        .query(
            "SELECT setting_value FROM console_setting WHERE name = ?",
            (rs, n) -> rs.getString(1),
            name)
        .stream()
        .findFirst();
  }

  public void putSetting(String name, String value) {
    jdbc.update(
        "MERGE INTO console_setting (name, setting_value) KEY (name) VALUES (?, ?)", name, value);
  }

  private Schedule map(ResultSet rs, int row) throws SQLException {
    return new Schedule(
        rs.getLong("id"),
        rs.getString("report_id"),
        rs.getString("hospital"),
        RelativePeriod.valueOf(rs.getString("period")),
        rs.getString("cron"),
        split(rs.getString("formats")),
        split(rs.getString("recipients")),
        rs.getInt("retries"),
        rs.getBoolean("enabled"),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
  }
}
