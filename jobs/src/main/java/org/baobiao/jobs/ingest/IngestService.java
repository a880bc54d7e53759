package org.baobiao.jobs.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.SqlRules;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.etl.source.CsvScreen;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.JsonLineScreen;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.error.StoreErrors;
import org.baobiao.warehouse.load.BatchStart;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.NewBatch;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Loads source files of a domain, one ingest job per file, each idempotent: a file whose content is
 * already loaded is skipped, a file whose earlier load failed (or was killed) resumes.
 */
public final class IngestService {
  private final Warehouse warehouse;
  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job ingestJob;
  private final Path rejectDir;
  private final boolean sqlPath;

  /**
   * The system property that, set to {@code java}, loads every file on the Java path (the Spring
   * Batch job) even where the SQL path applies; see {@link #javaPathOnly()}.
   */
  public static final String PATH_PROPERTY = "baobiao.ingest.path";

  /**
   * @param rejectDir where rejects files go when an input's folder is read-only, and those of
   *     remote inputs
   */
  public IngestService(
      Warehouse warehouse,
      JobOperator jobOperator,
      JobRepository jobRepository,
      Job ingestJob,
      Path rejectDir) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.jobOperator = requireNonNull(jobOperator, "jobOperator is null");
    this.jobRepository = requireNonNull(jobRepository, "jobRepository is null");
    this.ingestJob = requireNonNull(ingestJob, "ingestJob is null");
    this.rejectDir = requireNonNull(rejectDir, "rejectDir is null");
    this.sqlPath = !"java".equals(System.getProperty(PATH_PROPERTY));
  }

  private IngestService(IngestService other, boolean sqlPath) {
    this.warehouse = other.warehouse;
    this.jobOperator = other.jobOperator;
    this.jobRepository = other.jobRepository;
    this.ingestJob = other.ingestJob;
    this.rejectDir = other.rejectDir;
    this.sqlPath = sqlPath;
  }

  /**
   * The same service loading every file on the Java path: each record parsed, validated and staged
   * by the Spring Batch job, never by the SQL path on DuckDB (interface exchanges, ticket events).
   * For the parity test between the two paths, and as a fallback ({@link #PATH_PROPERTY}).
   */
  public IngestService javaPathOnly() {
    return new IngestService(this, false);
  }

  /** The service on a started batch runtime whose jobs write to {@code warehouse}. */
  public static IngestService on(BatchRuntime batch, Warehouse warehouse, Path rejectDir) {
    return new IngestService(
        warehouse,
        batch.bean(JobOperator.class),
        batch.bean(JobRepository.class),
        batch.bean(IngestJobConfiguration.JOB_NAME, Job.class),
        rejectDir);
  }

  /**
   * Loads the files of a request: the local ones, then the remote ones.
   *
   * @return each file's outcome; none when the request names no file
   * @throws InvalidRequestException when the engine cannot read the remote files, a remote location
   *     does not exist, or a remote file is not of the domain
   */
  public IngestResult ingest(IngestRequest request) throws IOException {
    if (request.encoding() != null) {
      try {
        DetectedEncoding.of("", new byte[0], request.encoding());
      } catch (SourceFormatException e) {
        throw new InvalidRequestException(e.getMessage());
      }
    }
    List<IngestOutcome> outcomes = new ArrayList<>();
    if (!request.files().isEmpty()) {
      outcomes.addAll(ingestAll(request.domain(), request.files(), request.encoding(), rejectDir));
    }
    if (!request.remote().isEmpty()) {
      try {
        outcomes.addAll(
            ingestRemote(request.domain(), request.remote(), request.encoding(), rejectDir));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(e.getMessage());
      }
    }
    return new IngestResult(request.domain(), outcomes);
  }

  /**
   * The files to load for {@code paths} (files or folders, searched recursively), in load order: by
   * file kind as the domain orders them, then by path.
   *
   * @throws IllegalArgumentException naming a given file that is not of the domain, or a path that
   *     does not exist
   */
  public static List<Path> expand(String domain, List<Path> paths) throws IOException {
    List<FileKind> kinds = Domains.kinds(domain);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException(
          "未知的数据域 '" + domain + "'，可选: " + String.join(", ", Domains.names()));
    }
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> Domains.kindOf(domain, f.getFileName().toString()).isPresent())
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        if (Domains.kindOf(domain, p.getFileName().toString()).isEmpty()) {
          throw new IllegalArgumentException(notOfTheDomain(p, domain));
        }
        files.add(p);
      } else {
        throw new IllegalArgumentException(p + ": 文件或目录不存在");
      }
    }
    return files.stream()
        .map(f -> f.toAbsolutePath().normalize())
        .distinct()
        .sorted(
            IngestService.<Path>loadOrder(domain, f -> f.getFileName().toString())
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * Files of a domain by the load order of their kinds (hospitals before systems…), for files of
   * any file system; ties are left to the caller.
   *
   * @param fileName a file's name, without its folder
   */
  public static <T> Comparator<T> loadOrder(String domain, Function<T, String> fileName) {
    List<FileKind> kinds = Domains.kinds(domain);
    return Comparator.comparingInt(
        f -> kinds.indexOf(Domains.kindOf(domain, fileName.apply(f)).orElseThrow()));
  }

  /** The usage message for a file given by name that is of no kind of the domain. */
  public static String notOfTheDomain(Object file, String domain) {
    return file + ": 文件名不属于数据域 " + domain + " 的任何文件类型（见 docs/formats.md）";
  }

  /**
   * Loads files of a domain in order: together through the engine's {@link BulkLoader} when it has
   * one, else one ingest job per file.
   *
   * @param fallbackRejectDir where rejects files go when an input's folder is read-only
   */
  public List<IngestOutcome> ingestAll(
      String domain, List<Path> files, String encodingOverride, Path fallbackRejectDir)
      throws IOException {
    for (BulkLoader bulk : ServiceLoader.load(BulkLoader.class)) {
      if (bulk.supports(warehouse)) {
        return bulk.load(warehouse, domain, files, encodingOverride, fallbackRejectDir);
      }
    }
    List<IngestOutcome> outcomes = new ArrayList<>(files.size());
    for (Path file : files) {
      try {
        outcomes.add(ingest(domain, file, encodingOverride));
      } catch (IOException e) {
        // a file that cannot be read at all (gone, no permission) fails on its own; the rest load
        outcomes.add(
            new IngestOutcome(
                file, IngestOutcome.Kind.FAILED, null, file + ": 无法读取文件（" + e.getMessage() + "）"));
      }
    }
    return outcomes;
  }

  /**
   * Loads files of a domain from a file system other than the local disk (HDFS, S3…), which only an
   * engine with a {@link BulkLoader} for such file systems reads.
   *
   * @param locations files or folders ({@code hdfs://…}, {@code s3a://…})
   * @param rejectDir where the rejects files go (never beside the input)
   * @throws IllegalArgumentException when the engine cannot read them, a location does not exist,
   *     or a given file is not of the domain
   */
  public List<IngestOutcome> ingestRemote(
      String domain, List<URI> locations, String encodingOverride, Path rejectDir)
      throws IOException {
    for (BulkLoader bulk : ServiceLoader.load(BulkLoader.class)) {
      if (bulk.supports(warehouse)) {
        List<URI> files = bulk.expandRemote(warehouse, domain, locations);
        return bulk.loadRemote(warehouse, domain, files, encodingOverride, rejectDir);
      }
    }
    throw new IllegalArgumentException(
        "内嵌引擎只读取本机文件；"
            + locations.get(0)
            + " 这样的远程路径（hdfs://、s3a://…）请用 Spark 引擎加载（--engine spark）");
  }

  /**
   * Loads one file.
   *
   * @param domain the domain
   * @param file the file
   * @param encodingOverride an encoding name, or null to detect
   */
  public IngestOutcome ingest(String domain, Path file, String encodingOverride)
      throws IOException {
    FileKind kind =
        Domains.kindOf(domain, file.getFileName().toString())
            .orElseThrow(() -> new IllegalArgumentException(file + ": 不是数据域 " + domain + " 的文件"));
    SqlIngest sql = null;
    JsonLineScreen.Result screen = null;
    CsvScreen.Result csvScreen = null;
    HeaderMap csvHeader = null;
    String screened = null;
    DetectedEncoding detected = null;
    if (sqlPath && SqlIngest.applies(warehouse, kind, file)) {
      try {
        detected = DetectedEncoding.of(file, encodingOverride);
        if (SqlIngest.readable(detected)) {
          sql = new SqlIngest(warehouse, (SqlRules) kind);
          // one pass: the file's hash and which records DuckDB's reader may not read as ours
          if (SqlIngest.csv(file)) {
            csvScreen = sql.csvScreen().screen(file);
            screened = csvScreen.sha256();
            // a file DuckDB may cut otherwise, or a header the SQL path is not sure of: Java path
            csvHeader = csvScreen.sure() ? sql.csvHeader(file, csvScreen) : null;
            if (csvHeader == null) {
              sql = null;
            }
          } else {
            screen = sql.screen().screen(file);
            screened = screen.sha256();
          }
        }
      } catch (SourceFormatException e) {
        // not text in a supported encoding: recorded as the Java path records it, below
      }
    }
    String hash = screened != null ? screened : ContentHash.sha256(file);
    DetectedEncoding encoding;
    try {
      // detected once: the SQL path's check above already probed the file
      encoding = detected != null ? detected : DetectedEncoding.of(file, encodingOverride);
    } catch (SourceFormatException e) {
      // A file that is not text in a supported encoding fails on its own, recorded like any other.
      BatchStart start =
          warehouse
              .batches()
              .begin(
                  new NewBatch(
                      domain, kind.name(), file.toString(), hash, Files.size(file), UNREADABLE));
      if (start.kind() == BatchStart.Kind.ALREADY_LOADED) {
        return alreadyLoaded(file, start); // loaded once, with --encoding
      }
      return failed(file, start.batch().batchId(), e.getMessage());
    }
    BatchStart start =
        warehouse
            .batches()
            .begin(
                new NewBatch(
                    domain,
                    kind.name(),
                    file.toString(),
                    hash,
                    Files.size(file),
                    encoding.label()));
    if (start.kind() == BatchStart.Kind.ALREADY_LOADED) {
      return alreadyLoaded(file, start);
    }
    // A resumed load stays on the Java path: an earlier attempt may have staged chunks there. A
    // killed SQL load leaves nothing staged (one transaction), so the Java path resumes it cleanly.
    if (sql != null
        && start.kind() == BatchStart.Kind.NEW
        && (csvScreen != null || !screen.loneCarriageReturn())) {
      long batchId = start.batch().batchId();
      Path rejectFile = PublishTasklet.rejectFile(file, batchId, rejectDir);
      try {
        if (csvScreen != null) {
          sql.load(file, batchId, csvScreen, csvHeader, rejectFile, encoding);
        } else {
          sql.load(file, batchId, screen, rejectFile, encoding);
        }
        LoadBatch batch = warehouse.batches().find(batchId).orElseThrow();
        return new IngestOutcome(
            file,
            IngestOutcome.Kind.LOADED,
            batch,
            "已加载 " + batch.rowsLoaded() + " 行，拒绝 " + batch.rowsRejected() + " 行");
      } catch (SqlIngest.NotOneRowPerRecord e) {
        // nothing was written: the Java path below loads the file
      } catch (RuntimeException e) {
        return failed(file, batchId, StoreErrors.describe(e.getMessage()));
      }
    }
    IngestJobParameters params =
        new IngestJobParameters(
            start.batch().batchId(),
            file,
            kind.name(),
            hash,
            encoding.charset().name(),
            encoding.bom());
    JobExecution execution = run(params.toJobParameters());
    LoadBatch batch = warehouse.batches().find(params.batchId()).orElseThrow();
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      return failed(file, params.batchId(), failure(execution));
    }
    String resumed = start.kind() == BatchStart.Kind.RESUMED ? "（续接上次未完成的加载）" : "";
    return new IngestOutcome(
        file,
        IngestOutcome.Kind.LOADED,
        batch,
        "已加载 " + batch.rowsLoaded() + " 行，拒绝 " + batch.rowsRejected() + " 行" + resumed);
  }

  /** The encoding recorded with the batch of a file that is not text in a supported encoding. */
  public static final String UNREADABLE = "无法识别";

  private static IngestOutcome alreadyLoaded(Path file, BatchStart start) {
    return IngestOutcome.alreadyLoaded(file.toString(), start.batch());
  }

  private IngestOutcome failed(Path file, long batchId, String why) {
    warehouse.batches().markFailed(batchId, why);
    return new IngestOutcome(
        file, IngestOutcome.Kind.FAILED, warehouse.batches().find(batchId).orElseThrow(), why);
  }

  private JobExecution run(JobParameters requested) {
    JobParameters params = requested;
    String job = IngestJobConfiguration.JOB_NAME;
    // A JVM killed between the two commits that create an instance and its first execution leaves
    // an instance without executions, which Spring Batch cannot restart. Chunk writes replace what
    // an earlier attempt wrote for the same lines, so starting over under a new instance is safe.
    for (long attempt = 2;
        jobRepository.getJobInstance(job, params) != null
            && jobRepository.getLastJobExecution(job, params) == null;
        attempt++) {
      params =
          new JobParametersBuilder(requested).addLong("attempt", attempt, true).toJobParameters();
    }
    JobExecution last = jobRepository.getLastJobExecution(job, params);
    if (last != null && last.isRunning()) {
      // Only one process can hold the warehouse file, and it is us: that execution's JVM died.
      jobOperator.recover(last);
    }
    try {
      return jobOperator.start(ingestJob, params);
    } catch (Exception e) {
      throw new IllegalStateException("无法启动加载作业: " + e.getMessage(), e);
    }
  }

  private static String failure(JobExecution execution) {
    List<Throwable> errors = new ArrayList<>(execution.getAllFailureExceptions());
    if (errors.isEmpty()) {
      return "加载作业以状态 " + execution.getStatus() + " 结束";
    }
    Throwable t = errors.get(0);
    while (t.getCause() != null
        && !(t instanceof org.baobiao.etl.source.SourceFormatException)
        && t.getCause() != t) {
      t = t.getCause();
    }
    return StoreErrors.describe(t.getMessage());
  }
}
