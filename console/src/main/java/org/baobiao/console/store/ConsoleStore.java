package org.baobiao.console.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's own data in its database: accounts, report runs with their files, and the audit
 * trail. The tables are created on first start.
 */
@Component
public class ConsoleStore {
  /** Failed sign-ins in a row after which an account is locked. */
  public static final int MAX_FAILED_SIGN_INS = 5;

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ConsoleStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.clock = Clock.system(ZONE);
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS console_user (username VARCHAR(64) PRIMARY KEY,"
            + " password_hash VARCHAR(100) NOT NULL, role VARCHAR(20) NOT NULL,"
            + " failed_attempts INT DEFAULT 0 NOT NULL, locked BOOLEAN DEFAULT FALSE NOT NULL,"
            + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    // Added after the first slice: consoles created before keep their accounts.
    jdbc.execute(
        "ALTER TABLE console_user ADD COLUMN IF NOT EXISTS"
            + " must_change_password BOOLEAN DEFAULT FALSE NOT NULL");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS console_user_hospital (username VARCHAR(64) NOT NULL"
            + " REFERENCES console_user ON DELETE CASCADE, hospital VARCHAR(40) NOT NULL,"
            + " PRIMARY KEY (username, hospital))");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS api_token (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " username VARCHAR(64) NOT NULL REFERENCES console_user ON DELETE CASCADE,"
            + " name VARCHAR(100) NOT NULL, token_hash VARCHAR(64) NOT NULL UNIQUE,"
            + " prefix VARCHAR(12) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
            + " expires_at TIMESTAMP WITH TIME ZONE, last_used_at TIMESTAMP WITH TIME ZONE,"
            + " revoked BOOLEAN DEFAULT FALSE NOT NULL)");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS report_run (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " username VARCHAR(64) NOT NULL, report_id VARCHAR(100) NOT NULL,"
            + " period VARCHAR(20) NOT NULL, hospital VARCHAR(40), formats VARCHAR(100),"
            + " started_at TIMESTAMP WITH TIME ZONE NOT NULL, finished_at TIMESTAMP WITH TIME ZONE,"
            + " outcome VARCHAR(10) NOT NULL, message VARCHAR(4000))");
    // Schedules (added after the first slice): which schedule ran it and which attempt it was, and
    // the warehouse's data version the outputs were computed from.
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS schedule_id BIGINT");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS attempt INT");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS data_version VARCHAR(500)");
    // Background runs (added later): queued before they start, with progress, and the process
    // that runs them, so that a restarted server can tell its own dead runs from live ones.
    jdbc.execute(
        "ALTER TABLE report_run ADD COLUMN IF NOT EXISTS queued_at TIMESTAMP WITH TIME ZONE");
    jdbc.execute("ALTER TABLE report_run ALTER COLUMN started_at SET NULL");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS progress_done INT");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS progress_total INT");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS progress_text VARCHAR(500)");
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS runner VARCHAR(200)");
    // Report options (CHOICE parameters), as name=value,name=value; null for none.
    jdbc.execute("ALTER TABLE report_run ADD COLUMN IF NOT EXISTS options VARCHAR(500)");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS report_run_file (run_id BIGINT NOT NULL REFERENCES report_run,"
            + " file_index INT NOT NULL, name VARCHAR(300) NOT NULL, path VARCHAR(2000) NOT NULL,"
            + " size_bytes BIGINT NOT NULL, PRIMARY KEY (run_id, file_index))");
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS audit_event (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " at TIMESTAMP WITH TIME ZONE NOT NULL, username VARCHAR(64), action VARCHAR(40) NOT NULL,"
            + " target VARCHAR(500), outcome VARCHAR(20) NOT NULL, detail VARCHAR(4000),"
            + " remote_address VARCHAR(100))");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  // --- accounts

  public Optional<ConsoleUser> user(String username) {
    return jdbc
        .query("SELECT * FROM console_user WHERE username = ?", this::mapUser, username)
        .stream()
        .findFirst();
  }

  public List<ConsoleUser> users() {
    return jdbc.query("SELECT * FROM console_user ORDER BY created_at, username", this::mapUser);
  }

  public boolean hasUsers() {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM console_user", Integer.class);
    return n != null && n > 0;
  }

  /**
   * Adds an account; false when the name is taken.
   *
   * @param mustChangePassword whether the password is an initial one to be replaced at first
   *     sign-in
   * @param grants the hospitals the account may see (administrators see all whatever is given)
   */
  @Transactional
  public boolean addUser(
      String username,
      String passwordHash,
      Role role,
      boolean mustChangePassword,
      HospitalGrants grants) {
    if (user(username).isPresent()) {
      return false;
    }
    jdbc.update(
        "INSERT INTO console_user (username, password_hash, role, created_at,"
            + " must_change_password) VALUES (?, ?, ?, ?, ?)",
        username,
        passwordHash,
        role.name(),
        now(),
        mustChangePassword);
    setGrants(username, grants);
    return true;
  }

  /** The hospitals the account may see; administrators see all. */
  public HospitalGrants grants(String username) {
    if (user(username).map(u -> u.role() == Role.ADMIN).orElse(false)) {
      return HospitalGrants.EVERY;
    }
    return HospitalGrants.of(
        new TreeSet<>(
            jdbc.queryForList(
                "SELECT hospital FROM console_user_hospital WHERE username = ?",
                String.class,
                username)));
  }

  /** Replaces the hospitals the account may see. */
  @Transactional
  public void setGrants(String username, HospitalGrants grants) {
    jdbc.update("DELETE FROM console_user_hospital WHERE username = ?", username);
    for (String code : grants.stored()) {
      jdbc.update(
          "INSERT INTO console_user_hospital (username, hospital) VALUES (?, ?)", username, code);
    }
  }

  /** Replaces the password; the account no longer has to change it. */
  public void changePassword(String username, String passwordHash) {
    jdbc.update(
        "UPDATE console_user SET password_hash = ?, must_change_password = FALSE WHERE username = ?",
        passwordHash,
        username);
  }

  /**
   * Counts a failed sign-in; locks the account at {@link #MAX_FAILED_SIGN_INS}.
   *
   * @return whether the account is now locked
   */
  public boolean signInFailed(String username) {
    jdbc.update(
        "UPDATE console_user SET failed_attempts = failed_attempts + 1,"
            + " locked = locked OR failed_attempts + 1 >= ? WHERE username = ?",
        MAX_FAILED_SIGN_INS,
        username);
    return user(username).map(ConsoleUser::locked).orElse(false);
  }

  public void signInSucceeded(String username) {
    jdbc.update("UPDATE console_user SET failed_attempts = 0 WHERE username = ?", username);
  }

  /** Unlocks an account (administrator). */
  public void unlock(String username) {
    jdbc.update(
        "UPDATE console_user SET failed_attempts = 0, locked = FALSE WHERE username = ?", username);
  }

  private ConsoleUser mapUser(ResultSet rs, int row) throws SQLException {
    return new ConsoleUser(
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getInt("failed_attempts"),
        rs.getBoolean("locked"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getBoolean("must_change_password"));
  }

  // --- API tokens

  /**
   * Stores a personal access token by its SHA-256 hash (the token itself is never stored).
   *
   * @return the token's id
   */
  public long addToken(
      String username, String name, String tokenHash, String prefix, OffsetDateTime expiresAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO api_token (username, name, token_hash, prefix, created_at,"
                      + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                  new String[] {"ID"});
          ps.setString(1, username);
          ps.setString(2, name);
          ps.setString(3, tokenHash);
          ps.setString(4, prefix);
          ps.setObject(5, now());
          ps.setObject(6, expiresAt);
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  /** The token with this hash, if any (revoked and expired ones too: the caller decides). */
  public Optional<ApiToken> tokenByHash(String tokenHash) {
    return jdbc
        .query("SELECT * FROM api_token WHERE token_hash = ?", this::mapToken, tokenHash)
        .stream()
        .findFirst();
  }

  /** A user's tokens, newest first. */
  public List<ApiToken> tokens(String username) {
    return jdbc.query(
        "SELECT * FROM api_token WHERE username = ? ORDER BY id DESC", this::mapToken, username);
  }

  public void tokenUsed(long id) {
    jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now(), id);
  }

  /** Revokes one of the user's tokens; false when the user has no such token. */
  public boolean revokeToken(String username, long id) {
    return jdbc.update(
            "UPDATE api_token SET revoked = TRUE WHERE id = ? AND username = ?", id, username)
        == 1;
  }

  /** The store's clock's now, for expiry checks. */
  public OffsetDateTime currentTime() {
    return now();
  }

  private ApiToken mapToken(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("prefix"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("expires_at", OffsetDateTime.class),
        rs.getObject("last_used_at", OffsetDateTime.class),
        rs.getBoolean("revoked"));
  }

  // --- runs

  /**
   * Records a run as started; returns its id.
   *
   * @param scheduleId the schedule that ran it, or null for a run asked for by a user
   * @param attempt the attempt of the schedule's execution (1 = first), or null
   * @param runner the process that runs it ({@link #runsUnfinished})
   */
  public long runStarted(
      String username,
      String reportId,
      String period,
      String hospital,
      String formats,
      Long scheduleId,
      Integer attempt,
      String runner) {
    return insertRun(
        username,
        reportId,
        period,
        hospital,
        formats,
        scheduleId,
        attempt,
        RunStatus.RUNNING,
        runner);
  }

  /**
   * Records a run asked for by a user as queued for the background executor; returns its id.
   *
   * @param runner the process that will run it ({@link #runsUnfinished})
   */
  public long runQueued(
      String username,
      String reportId,
      String period,
      String hospital,
      String formats,
      String runner) {
    return runQueued(username, reportId, period, hospital, formats, runner, Map.of());
  }

  /**
   * Records a run asked for with report options.
   *
   * @param options the report's CHOICE values by name, as asked (empty: every default)
   */
  public long runQueued(
      String username,
      String reportId,
      String period,
      String hospital,
      String formats,
      String runner,
      Map<String, String> options) {
    long id =
        insertRun(
            username, reportId, period, hospital, formats, null, null, RunStatus.QUEUED, runner);
    if (!options.isEmpty()) {
      jdbc.update(
          "UPDATE report_run SET options = ? WHERE id = ?", RunRecord.optionsText(options), id);
    }
    return id;
  }

  private long insertRun(
      String username,
      String reportId,
      String period,
      String hospital,
      String formats,
      Long scheduleId,
      Integer attempt,
      RunStatus status,
      String runner) {
    OffsetDateTime now = now();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO report_run (username, report_id, period, hospital, formats,"
                      + " queued_at, started_at, outcome, schedule_id, attempt, runner)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"ID"});
          ps.setString(1, username);
          ps.setString(2, reportId);
          ps.setString(3, period);
          ps.setString(4, hospital);
          ps.setString(5, formats);
          ps.setObject(6, now);
          ps.setObject(7, status == RunStatus.QUEUED ? null : now);
          ps.setString(8, status.label());
          ps.setObject(9, scheduleId);
          ps.setObject(10, attempt);
          ps.setString(11, runner);
          return ps;
        },
        key);
    return key.getKey().longValue();
  }

  /** Records that a queued run has started computing. */
  public void runRunning(long id) {
    jdbc.update(
        "UPDATE report_run SET outcome = ?, started_at = ? WHERE id = ? AND outcome = ?",
        RunStatus.RUNNING.label(),
        now(),
        id,
        RunStatus.QUEUED.label());
  }

  /** Records a run's last step: {@code done} of {@code total}, said in Chinese. */
  public void runProgress(long id, int done, int total, String text) {
    jdbc.update(
        "UPDATE report_run SET progress_done = ?, progress_total = ?, progress_text = ?"
            + " WHERE id = ?",
        done,
        total,
        text.length() > 500 ? text.substring(0, 500) : text,
        id);
  }

  /** Runs still queued or running, oldest first, with the process each was recorded by. */
  public List<UnfinishedRun> runsUnfinished() {
    return jdbc.query(
        "SELECT id, username, report_id, period, hospital, runner FROM report_run"
            + " WHERE outcome IN (?, ?) ORDER BY id",
        (rs, n) ->
            new UnfinishedRun(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("report_id"),
                rs.getString("period"),
                rs.getString("hospital"),
                rs.getString("runner")),
        RunStatus.QUEUED.label(),
        RunStatus.RUNNING.label());
  }

  /** A run not finished, and the process that recorded it (null before background runs). */
  public record UnfinishedRun(
      long id, String username, String reportId, String period, String hospital, String runner) {}

  /** Records the files a run wrote, the data version they came from and its success. */
  public void runSucceeded(long id, List<Path> files, String dataVersion) {
    int i = 0;
    for (Path f : files) {
      jdbc.update(
          "INSERT INTO report_run_file (run_id, file_index, name, path, size_bytes)"
              + " VALUES (?, ?, ?, ?, ?)",
          id,
          i++,
          f.getFileName().toString(),
          f.toAbsolutePath().toString(),
          f.toFile().length());
    }
    jdbc.update(
        "UPDATE report_run SET outcome = '成功', finished_at = ?, data_version = ? WHERE id = ?",
        now(),
        dataVersion,
        id);
  }

  public void runFailed(long id, String message) {
    jdbc.update(
        "UPDATE report_run SET outcome = '失败', finished_at = ?, message = ? WHERE id = ?",
        now(),
        message,
        id);
  }

  public Optional<RunRecord> run(long id) {
    return jdbc.query("SELECT * FROM report_run WHERE id = ?", this::mapRun, id).stream()
        .findFirst();
  }

  /** The latest runs first. */
  public List<RunRecord> runs(int limit) {
    return jdbc.query("SELECT * FROM report_run ORDER BY id DESC LIMIT ?", this::mapRun, limit);
  }

  /** A schedule's latest runs first. */
  public List<RunRecord> scheduleRuns(long scheduleId, int limit) {
    return jdbc.query(
        "SELECT * FROM report_run WHERE schedule_id = ? ORDER BY id DESC LIMIT ?",
        this::mapRun,
        scheduleId,
        limit);
  }

  /** Failed runs of any schedule since a time. */
  public int failedScheduleRunsSince(OffsetDateTime since) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM report_run WHERE schedule_id IS NOT NULL AND outcome = '失败'"
                + " AND started_at >= ?",
            Integer.class,
            since);
    return n == null ? 0 : n;
  }

  private RunRecord mapRun(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    List<RunRecord.RunFile> files =
        jdbc.query(
            "SELECT * FROM report_run_file WHERE run_id = ? ORDER BY file_index",
            (f, n) ->
                new RunRecord.RunFile(
                    f.getInt("file_index"),
                    f.getString("name"),
                    f.getString("path"),
                    f.getLong("size_bytes")),
            id);
    return new RunRecord(
        id,
        rs.getString("username"),
        rs.getString("report_id"),
        rs.getString("period"),
        rs.getString("hospital"),
        rs.getString("formats"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("outcome"),
        rs.getString("message"),
        files,
        (Long) rs.getObject("schedule_id", Long.class),
        (Integer) rs.getObject("attempt", Integer.class),
        rs.getString("data_version"),
        rs.getObject("queued_at", OffsetDateTime.class),
        RunRecord.options(rs.getString("options")),
        rs.getObject("progress_total", Integer.class) == null
            ? null
            : new RunRecord.Progress(
                rs.getInt("progress_done"),
                rs.getInt("progress_total"),
                rs.getString("progress_text")));
  }

  // --- audit

  public void audit(
      String username,
      String action,
      String target,
      String outcome,
      String detail,
      String remoteAddress) {
    jdbc.update(
        "INSERT INTO audit_event (at, username, action, target, outcome, detail, remote_address)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        now(),
        username,
        action,
        target,
        outcome,
        detail,
        remoteAddress);
  }

  /** The latest events first. */
  public List<AuditRecord> audit(int limit) {
    return jdbc.query(
        "SELECT * FROM audit_event ORDER BY id DESC LIMIT ?",
        (rs, n) ->
            new AuditRecord(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("outcome"),
                rs.getString("detail"),
                rs.getString("remote_address")),
        limit);
  }
}
