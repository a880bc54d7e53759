package org.baobiao.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Properties;
import java.util.Set;
import org.baobiao.sample.InterfaceLayout;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The ingest a team would write with Spring Batch without Baobiao: a {@link FlatFileItemReader}
 * mapping each line to a record (a {@link FieldSetMapper} for CSV, Jackson for JSON lines), and a
 * {@link JdbcBatchItemWriter} inserting each chunk of 1,000 with a batched {@code INSERT} into a
 * DuckDB table of the same columns as the raw baseline's; lines that do not parse are skipped. It
 * validates nothing beyond the types, keeps no rejects, computes no rollups and does not make a
 * rerun idempotent, so it does less than Baobiao; the job repository is in memory, which only makes
 * it faster.
 */
final class ConventionalIngest {
  /** The table both raw baselines load: the exchange columns with the derived date and latency. */
  static final String CREATE_TABLE =
      "CREATE TABLE interface_exchanges (org_code VARCHAR, exchange_id VARCHAR, interface_id"
          + " VARCHAR, message_type VARCHAR, business_key VARCHAR, business_time TIMESTAMP,"
          + " sent_at TIMESTAMP, sent_date DATE, received_at TIMESTAMP, acked_at TIMESTAMP,"
          + " latency_ms BIGINT, status VARCHAR, error_cause VARCHAR, error_code VARCHAR,"
          + " error_message VARCHAR, retries INTEGER, record_count INTEGER, payload_bytes"
          + " BIGINT)";

  private static final String INSERT =
      "INSERT INTO interface_exchanges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)";
  private static final String[] CSV_COLUMNS = {
    "org_code",
    "exchange_id",
    "interface_id",
    "message_type",
    "business_key",
    "business_time",
    "sent_at",
    "received_at",
    "acked_at",
    "status",
    "error_cause",
    "error_code",
    "error_message",
    "retries",
    "record_count",
    "payload_bytes"
  };
  private static final int CHUNK = 1_000;
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter();

  private ConventionalIngest() {}

  /**
   * One exchange as the conventional pipeline maps it: the file's fields, timestamps as text.
   * Jackson fills it by the snake_case names of the JSON lines.
   */
  record Line(
      String orgCode,
      String exchangeId,
      String interfaceId,
      String messageType,
      String businessKey,
      String businessTime,
      String sentAt,
      String receivedAt,
      String ackedAt,
      String status,
      String errorCause,
      String errorCode,
      String errorMessage,
      Integer retries,
      Integer recordCount,
      Long payloadBytes) {}

  /** A line with its values typed, ready to insert. */
  record Exchange(
      Line line,
      LocalDateTime businessTime,
      LocalDateTime sentAt,
      LocalDateTime receivedAt,
      LocalDateTime ackedAt) {
    static Exchange of(Line l) {
      if (l.orgCode() == null || l.exchangeId() == null || l.sentAt() == null) {
        throw new IllegalArgumentException("org_code, exchange_id and sent_at are required");
      }
      return new Exchange(
          l, time(l.businessTime()), time(l.sentAt()), time(l.receivedAt()), time(l.ackedAt()));
    }
  }

  /** Opens a DuckDB file without touching the network or the home folder. */
  static Connection connect(Path file) throws SQLException {
    Properties props = new Properties();
    props.setProperty("autoinstall_known_extensions", "false");
    props.setProperty("autoload_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:" + file, props);
  }

  /**
   * Loads the first {@code maxLines} data lines of {@code file} into a new DuckDB file.
   *
   * @return rows written (lines read less the ones skipped)
   */
  static long load(Path file, InterfaceLayout layout, Path database, long maxLines)
      throws Exception {
    try (Connection connection = connect(database)) {
      try (var st = connection.createStatement()) {
        st.execute(CREATE_TABLE);
      }
      SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
      DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
      ResourcelessJobRepository repository = new ResourcelessJobRepository();
      JdbcBatchItemWriter<Exchange> writer =
          new JdbcBatchItemWriterBuilder<Exchange>()
              .dataSource(dataSource)
              .sql(INSERT)
              .itemPreparedStatementSetter(ConventionalIngest::bind)
              .build();
      writer.afterPropertiesSet();
      FlatFileItemReader<Exchange> reader = reader(file, layout, maxLines);
      Job job =
          new JobBuilder("conventionalIngest", repository)
              .start(
                  new StepBuilder("load", repository)
                      .<Exchange, Exchange>chunk(CHUNK)
                      .transactionManager(transactions)
                      .reader(reader)
                      .writer(writer)
                      .faultTolerant()
                      .skipPolicy(
                          new LimitCheckingExceptionHierarchySkipPolicy(
                              Set.of(FlatFileParseException.class), Long.MAX_VALUE))
                      .build())
              .build();
      JobParameters parameters = new JobParameters();
      JobInstance instance = repository.createJobInstance(job.getName(), parameters);
      JobExecution execution =
          repository.createJobExecution(instance, parameters, new ExecutionContext());
      job.execute(execution);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException(
            "conventional ingest ended "
                + execution.getStatus()
                + ": "
                + execution.getAllFailureExceptions());
      }
      long written = 0;
      for (StepExecution step : execution.getStepExecutions()) {
        written += step.getWriteCount();
      }
      return written;
    }
  }

  private static FlatFileItemReader<Exchange> reader(
      Path file, InterfaceLayout layout, long maxLines) {
    FlatFileItemReaderBuilder<Exchange> builder =
        new FlatFileItemReaderBuilder<Exchange>()
            .name("exchanges")
            .resource(new FileSystemResource(file))
            .encoding("UTF-8")
            .saveState(false)
            .maxItemCount((int) Math.min(Integer.MAX_VALUE, maxLines));
    if (layout == InterfaceLayout.CSV) {
      return builder
          .linesToSkip(1)
          .delimited()
          .names(CSV_COLUMNS)
          .fieldSetMapper(ConventionalIngest::fromFields)
          .build();
    }
    ObjectMapper json =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return builder
        .lineMapper((line, number) -> Exchange.of(json.readValue(line, Line.class)))
        .build();
  }

  private static Exchange fromFields(FieldSet f) {
    return Exchange.of(
        new Line(
            text(f, "org_code"),
            text(f, "exchange_id"),
            text(f, "interface_id"),
            text(f, "message_type"),
            text(f, "business_key"),
            text(f, "business_time"),
            text(f, "sent_at"),
            text(f, "received_at"),
            text(f, "acked_at"),
            text(f, "status"),
            text(f, "error_cause"),
            text(f, "error_code"),
            text(f, "error_message"),
            integer(text(f, "retries")),
            integer(text(f, "record_count")),
            text(f, "payload_bytes") == null ? null : Long.valueOf(text(f, "payload_bytes"))));
  }

  private static void bind(Exchange e, PreparedStatement ps) throws SQLException {
    Line l = e.line();
    ps.setString(1, l.orgCode());
    ps.setString(2, l.exchangeId());
    ps.setString(3, l.interfaceId());
    ps.setString(4, l.messageType());
    ps.setString(5, l.businessKey());
    timestamp(ps, 6, e.businessTime());
    timestamp(ps, 7, e.sentAt());
    ps.setObject(8, e.sentAt().toLocalDate());
    timestamp(ps, 9, e.receivedAt());
    timestamp(ps, 10, e.ackedAt());
    if (e.ackedAt() == null) {
      ps.setNull(11, Types.BIGINT);
    } else {
      ps.setLong(11, Duration.between(e.sentAt(), e.ackedAt()).toMillis());
    }
    ps.setString(12, l.status());
    ps.setString(13, l.errorCause());
    ps.setString(14, l.errorCode());
    ps.setString(15, l.errorMessage());
    ps.setObject(16, l.retries(), Types.INTEGER);
    ps.setObject(17, l.recordCount(), Types.INTEGER);
    ps.setObject(18, l.payloadBytes(), Types.BIGINT);
  }

  private static void timestamp(PreparedStatement ps, int i, LocalDateTime t) throws SQLException {
    if (t == null) {
      ps.setNull(i, Types.TIMESTAMP);
    } else {
      ps.setTimestamp(i, Timestamp.valueOf(t));
    }
  }

  private static String text(FieldSet f, String name) {
    String v = f.readRawString(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static Integer integer(String v) {
    return v == null ? null : Integer.valueOf(v);
  }

  private static LocalDateTime time(String v) {
    return v == null ? null : LocalDateTime.parse(v, TIME);
  }
}
