package org.baobiao.jobs.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.baobiao.etl.load.ColumnRule;
import org.baobiao.etl.load.CommitHook;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.etl.load.SqlRules;
import org.baobiao.etl.source.CsvRecordReader;
import org.baobiao.etl.source.CsvScreen;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.JsonLineScreen;
import org.baobiao.etl.source.JsonLinesReader;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.source.SourceRecords;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.Reject;

/**
 * The SQL load path of a file of a kind with {@link SqlRules} (interface exchanges in JSON lines or
 * CSV, ticket events in CSV) on the embedded engine: DuckDB reads the file itself ({@code
 * read_json} or {@code read_csv}, every column as text, one row per record), the row rules run as
 * SQL generated from the kind's {@link ColumnRule}s ({@link SqlRules#sureSql}), and every record
 * the SQL is not sure of — doubtful JSON ({@link JsonLineScreen}: escapes, repeated members,
 * aliases, numbers not written as integers, padded strings, invalid UTF-8, malformed lines), a
 * doubtful CSV record ({@link CsvScreen}: spanning lines, a field count other than the header's,
 * padded fields, control characters, an empty line) or a value a rule might reject — is read again
 * by {@link JsonLinesReader} or {@link CsvRecordReader} and judged by the Java rules ({@link
 * RowValidator}), which word every reject. A CSV file whose records DuckDB might cut otherwise than
 * {@link CsvRecordReader} (stray quotes, invalid UTF-8, mixed line ends…) or whose header the SQL
 * path is not sure of is not loaded here. The rows are staged in a temporary table of their own, in
 * memory; staging, rejects and publishing happen in one transaction ({@link
 * Publisher#publish(FileKind, long, String, String, String, Warehouse.TransactionWork)}): a load
 * killed anywhere leaves nothing of the batch.
 */
final class SqlIngest {
  /**
   * Gaps up to which a row's line is computed by a CASE rather than an ASOF join (a test sets it to
   * 0 to check the join against the CASE).
   */
  static volatile int inlineGaps = 64;

  private final Warehouse warehouse;
  private final SqlRules kind;
  private final CommitHook commitHook = CommitHook.installed();

  SqlIngest(Warehouse warehouse, SqlRules kind) {
    this.warehouse = warehouse;
    this.kind = kind;
  }

  /** Whether a file of a kind is loaded this way on a warehouse. */
  static boolean applies(Warehouse warehouse, FileKind kind, Path file) {
    String name = file.getFileName().toString();
    return "duckdb".equals(warehouse.engine())
        && kind instanceof SqlRules
        && kind.accepts(name)
        && (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".csv"));
  }

  /** Whether a file is a CSV file (else JSON lines). */
  static boolean csv(Path file) {
    return !SourceRecords.isJsonLines(file.getFileName().toString());
  }

  /** Whether a file in a detected encoding can be read by DuckDB as it is: UTF-8 without BOM. */
  static boolean readable(DetectedEncoding encoding) {
    return encoding.charset().equals(StandardCharsets.UTF_8) && !encoding.bom();
  }

  /** The screen of the kind's documented columns. */
  JsonLineScreen screen() {
    boolean[] numeric = new boolean[kind.columns().size()];
    for (ColumnRule rule : kind.rules()) {
      numeric[indexOfColumn(rule.column())] = rule.numeric();
    }
    return new JsonLineScreen(kind.columns(), numeric);
  }

  /** The screen of a CSV file. */
  CsvScreen csvScreen() {
    return new CsvScreen();
  }

  /**
   * The header of a sure CSV file mapped as the Java path maps it, or null when it is not one the
   * Java path accepts (a required column missing): the Java path then fails the file as it does.
   */
  HeaderMap csvHeader(Path file, CsvScreen.Result screen) {
    try {
      return HeaderMap.of(
          new SourceRecord(file.getFileName().toString(), 1, -1, screen.header(), ""),
          kind.columns());
    } catch (SourceFormatException e) {
      return null;
    }
  }

  private int indexOfColumn(String column) {
    for (int i = 0; i < kind.columns().size(); i++) {
      if (kind.columns().get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(column);
  }

  /** DuckDB did not read the file as one row per record: load it on the Java path instead. */
  static final class NotOneRowPerRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotOneRowPerRecord(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * What DuckDB reads and how the records it is not sure of are found again.
   *
   * @param read the SQL of a query giving each documented column's text, one row per record (or
   *     line) read
   * @param rows the rows DuckDB must read
   * @param doubtful the rows left to the Java rules, ascending
   * @param gaps pairs (row, shift), ascending: a row's line is its index + 1 + the last shift
   * @param byLine whether the Java reader finds records by their first line (CSV), else by their
   *     index among the records, which is the row's (JSON lines)
   * @param javaLines the first lines of records DuckDB has no sure row for ({@code byLine} only)
   * @param reader opens the Java reader returning exactly the given records, ascending
   */
  private record Plan(
      String read,
      long rows,
      long[] doubtful,
      long[] gaps,
      boolean byLine,
      long[] javaLines,
      JavaReader reader) {}

  /** Opens a Java reader returning exactly the given records (indexes or lines), ascending. */
  private interface JavaReader {
    RecordReader open(long[] records) throws IOException;
  }

  /**
   * Stages and publishes a screened JSON-lines file as batch {@code batchId}.
   *
   * @throws NotOneRowPerRecord when DuckDB's rows do not match the records (nothing is written)
   */
  Publisher.Published load(
      Path file, long batchId, JsonLineScreen.Result screen, Path rejectFile, DetectedEncoding enc)
      throws IOException {
    StringBuilder columns = new StringBuilder();
    for (var c : kind.columns()) {
      columns.append(columns.isEmpty() ? "" : ", ").append(c.name()).append(": 'VARCHAR'");
    }
    String read =
        "SELECT * FROM read_json("
            + literal(file.toAbsolutePath().toString())
            + ", format = 'newline_delimited', columns = {"
            + columns
            + "}, ignore_errors = true)";
    Plan plan =
        new Plan(
            read,
            screen.records(),
            screen.doubtful(),
            screen.gaps(),
            false,
            new long[0],
            records -> {
              JsonLinesReader reader = new JsonLinesReader(file, enc, kind.columns());
              reader.only(ascending(records));
              return reader;
            });
    return load(file, batchId, plan, rejectFile);
  }

  /**
   * Stages and publishes a screened CSV file whose screen is sure, with its header mapped ({@link
   * #csvHeader}), as batch {@code batchId}.
   *
   * @throws NotOneRowPerRecord when DuckDB's rows do not match the records (nothing is written)
   */
  Publisher.Published load(
      Path file,
      long batchId,
      CsvScreen.Result screen,
      HeaderMap header,
      Path rejectFile,
      DetectedEncoding enc)
      throws IOException {
    if (!screen.sure()) {
      throw new IllegalArgumentException("not a sure CSV file: " + screen.notSure());
    }
    CsvScreen.Reading reading = screen.reading();
    // the file's fields by position (c0, c1…), as many as its longest row has
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < reading.maxFields(); i++) {
      fields.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
    }
    // the documented columns, where the header has them (as HeaderMap maps them)
    StringBuilder select = new StringBuilder();
    for (var c : kind.columns()) {
      int at = header.indexOf(c.name());
      select
          .append(select.isEmpty() ? "" : ", ")
          .append(at < 0 ? "CAST(NULL AS VARCHAR)" : "c" + at)
          .append(" AS ")
          .append(c.name());
    }
    // Every option set: nothing detected that could differ from CsvRecordReader. A file with a
    // record the Java reader cuts (an unclosed quote) or reads leniently is read with quoting off,
    // one row per line, where only lines without quotes are sure. strict_mode is left at its
    // default (true): set explicitly, DuckDB 2.0 reads no rows of a \r\n file.
    String quote = reading.quoted() ? "'\"'" : "''";
    String read =
        "SELECT "
            + select
            + " FROM read_csv("
            + literal(file.toAbsolutePath().toString())
            + ", auto_detect = false, header = true, skip = 0, all_varchar = true"
            + ", delim = ',', quote = "
            + quote
            + ", escape = "
            + quote
            + ", comment = '', new_line = "
            + (screen.crlf() ? "'\\r\\n'" : "'\\n'")
            + ", encoding = 'utf-8', compression = 'none', ignore_errors = false"
            + ", max_line_size = "
            + (CsvScreen.MAX_LINE_BYTES + 1024)
            + ", columns = {"
            + fields
            + "}"
            // a short row as one with empty fields; the parallel reader cannot pad with quoted
            // line ends
            + (reading.ragged() ? ", null_padding = true" : "")
            + (reading.ragged() && reading.multiLine() ? ", parallel = false" : "")
            + ")";
    SourceRecord headerRecord =
        new SourceRecord(file.getFileName().toString(), 1, -1, screen.header(), "");
    Plan plan =
        new Plan(
            read,
            reading.rows(),
            reading.doubtful(),
            reading.gaps(),
            true,
            reading.javaLines(),
            lines -> new CsvAtLines(file, enc, screen.offsets(), headerRecord, lines));
    return load(file, batchId, plan, rejectFile);
  }

  private Publisher.Published load(Path file, long batchId, Plan plan, Path rejectFile)
      throws IOException {
    ReferenceData reference = ReferenceData.load(warehouse);
    String sourceFile = file.getFileName().toString();
    // Staged in a temporary table, held in memory: in the kind's staging table a million-line
    // file's rows were written to the database file only for the same transaction to delete them
    // (0.6–0.7 s; docs/benchmarks.md).
    String staging = "temp.sql_staged_" + batchId;
    Publisher.Published published =
        new Publisher(warehouse)
            .publish(
                kind,
                batchId,
                sourceFile,
                rejectFile.toString(),
                staging,
                s -> stage(s, file, batchId, plan, reference, staging));
    if (published.rowsRejected() > 0) {
      RejectFileWriter.write(warehouse, batchId, rejectFile);
    }
    return published;
  }

  /**
   * Stages the file's rows in {@code staging}, a temporary table with the kind's staging columns,
   * and its rejects in the rejects table.
   */
  private void stage(
      Warehouse.SqlSession s,
      Path file,
      long batchId,
      Plan plan,
      ReferenceData reference,
      String staging) {
    String t = "sql_ingest_" + batchId;
    Map<String, Object> b = Map.of("batch_id", batchId);
    s.update("DELETE FROM " + kind.stagingTable() + " WHERE batch_id = :batch_id", b);
    s.update("DELETE FROM rejects WHERE batch_id = :batch_id", b);
    s.createTemporaryCopy(kind.stagingTable(), staging);
    try {
      s.update("CREATE OR REPLACE TEMP TABLE " + t + " AS " + plan.read(), Map.of());
      Object[] counted =
          s.query("SELECT count(*), min(rowid), max(rowid) FROM " + t, Map.of()).rows().get(0);
      long rows = ((Number) counted[0]).longValue();
      // In a transaction DuckDB numbers new rows from a high base, in the order they were read.
      long base = counted[1] == null ? 0 : ((Number) counted[1]).longValue();
      long span = counted[2] == null ? 0 : ((Number) counted[2]).longValue() - base + 1;
      if (rows != plan.rows() || span != rows) {
        throw new NotOneRowPerRecord(
            "DuckDB read " + rows + " rows of " + plan.rows() + " records in " + file);
      }
      s.update("CREATE OR REPLACE TEMP TABLE " + t + "_doubt (idx BIGINT)", Map.of());
      List<Object[]> doubt = new ArrayList<>(plan.doubtful().length);
      for (long idx : plan.doubtful()) {
        doubt.add(new Object[] {idx});
      }
      s.append(t + "_doubt", doubt);
      String line = "x.idx + 1";
      String from = "(SELECT rowid - " + base + " AS idx, * FROM " + t + ") x";
      if (plan.gaps().length > 0 && plan.gaps().length <= 2L * inlineGaps) {
        // A few gaps: the shift as a CASE on the row, latest gap first. An ASOF join, even with a
        // table of a few rows, sorts every row read with all its columns: on a 4-million-row file
        // that was most of the rules' time (docs/benchmarks.md).
        StringBuilder shift = new StringBuilder("CASE");
        for (int i = plan.gaps().length - 2; i >= 0; i -= 2) {
          shift
              .append(" WHEN x.idx >= ")
              .append(plan.gaps()[i])
              .append(" THEN ")
              .append(plan.gaps()[i + 1]);
        }
        line = "x.idx + 1 + " + shift.append(" ELSE 0 END");
      } else if (plan.gaps().length > 0) {
        s.update(
            "CREATE OR REPLACE TEMP TABLE " + t + "_gaps (idx BIGINT, shift BIGINT)", Map.of());
        List<Object[]> gaps = new ArrayList<>();
        for (int i = 0; i < plan.gaps().length; i += 2) {
          gaps.add(new Object[] {plan.gaps()[i], plan.gaps()[i + 1]});
        }
        s.append(t + "_gaps", gaps);
        line = "x.idx + 1 + coalesce(g.shift, 0)";
        from += " ASOF LEFT JOIN " + t + "_gaps g ON x.idx >= g.idx";
      }
      // each text once (NULL when empty), each typed value once, then the rules on them
      StringBuilder texts = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (ColumnRule rule : kind.rules()) {
        String c = rule.column();
        texts.append(", NULLIF(x.").append(c).append(", '') AS ").append(c);
        values.append(", ").append(rule.valueSql("y." + c)).append(" AS t_").append(c);
      }
      s.update(
          "CREATE OR REPLACE TEMP VIEW "
              + t
              + "_rows AS SELECT z.idx AS idx, z.line AS line, "
              + String.join(", ", kind.stagedSqlOf(c -> "z.t_" + c))
              + ", "
              + kind.sureSql(c -> "z." + c, c -> "z.t_" + c)
              + " AS sure FROM (SELECT y.*"
              + values
              + " FROM (SELECT x.idx AS idx, "
              + line
              + " AS line"
              + texts
              + " FROM "
              + from
              + ") y) z",
          Map.of());
      s.update(
          "INSERT INTO "
              + staging
              + " SELECT :batch_id, r.* EXCLUDE (idx, sure) FROM "
              + t
              + "_rows r WHERE r.sure AND r.idx NOT IN (SELECT idx FROM "
              + t
              + "_doubt)",
          b);
      long[] javaRecords;
      if (plan.byLine()) {
        // the plain rows the rules are not sure of, by line (each is a whole record), and the
        // records without a sure row
        // (the lines of the sure rows are those staged: no rule is evaluated twice)
        List<Object[]> left =
            s.query(
                    "SELECT y.line FROM (SELECT x.idx AS idx, "
                        + line
                        + " AS line FROM "
                        + from
                        + ") y ANTI JOIN "
                        + t
                        + "_doubt d ON y.idx = d.idx ANTI JOIN (SELECT source_line FROM "
                        + staging
                        + " WHERE batch_id = :batch_id) g ON y.line = g.source_line",
                    b)
                .rows();
        javaRecords = new long[left.size() + plan.javaLines().length];
        for (int i = 0; i < left.size(); i++) {
          javaRecords[i] = ((Number) left.get(i)[0]).longValue();
        }
        System.arraycopy(plan.javaLines(), 0, javaRecords, left.size(), plan.javaLines().length);
        Arrays.sort(javaRecords);
      } else {
        List<Object[]> left =
            s.query(
                    "SELECT x.idx FROM (SELECT rowid - "
                        + base
                        + " AS idx FROM "
                        + t
                        + ") x ANTI JOIN (SELECT r.idx FROM "
                        + t
                        + "_rows r JOIN "
                        + staging
                        + " g ON g.batch_id = :batch_id AND g.source_line = r.line) d"
                        + " ON x.idx = d.idx ORDER BY x.idx",
                    b)
                .rows();
        javaRecords = new long[left.size()];
        for (int i = 0; i < javaRecords.length; i++) {
          javaRecords[i] = ((Number) left.get(i)[0]).longValue();
        }
      }
      javaRules(s, batchId, reference, plan, javaRecords, staging);
      // the whole file is staged, not yet committed (a kill test stops the JVM here)
      commitHook.chunkWritten(1);
    } finally {
      s.update("DROP VIEW IF EXISTS " + t + "_rows", Map.of());
      s.update("DROP TABLE IF EXISTS " + t + "_gaps", Map.of());
      s.update("DROP TABLE IF EXISTS " + t + "_doubt", Map.of());
      s.update("DROP TABLE IF EXISTS " + t, Map.of());
    }
  }

  /** Reads the given records again and judges them by the Java rules, staging what they accept. */
  private void javaRules(
      Warehouse.SqlSession s,
      long batchId,
      ReferenceData reference,
      Plan plan,
      long[] records,
      String staging) {
    if (records.length == 0) {
      return;
    }
    List<Object[]> staged = new ArrayList<>();
    List<Object[]> rejects = new ArrayList<>();
    try (RecordReader reader = plan.reader().open(records)) {
      HeaderMap header = HeaderMap.of(reader.header(), kind.columns());
      RowValidator validator = new RowValidator(kind, header, reference);
      long seen = 0;
      while (seen < records.length) {
        StagedRow row;
        try {
          SourceRecord r = reader.next();
          if (r == null) {
            break;
          }
          row = validator.record(r);
        } catch (MalformedRecordException e) {
          row = validator.malformed(e);
        }
        seen++;
        if (row.isRejected()) {
          for (Reject reject : row.rejects()) {
            rejects.add(reject.row(batchId));
          }
        } else {
          Object[] values = new Object[row.values().length + 2];
          values[0] = batchId;
          values[1] = row.line();
          System.arraycopy(row.values(), 0, values, 2, row.values().length);
          staged.add(values);
        }
      }
      if (seen < records.length) {
        throw new NotOneRowPerRecord(
            "the Java reader read " + seen + " of the " + records.length + " records asked for");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    s.append(staging, staged);
    s.append("rejects", rejects);
  }

  /**
   * The records of a CSV file that start on given lines, read by {@link CsvRecordReader} from each
   * line's offset (found from the screen's offsets of every {@link CsvScreen#STRIDE}th line): a
   * reader started where a record starts reads it, and the records after it, as a reader from the
   * file's start does. Records close together are read by one reader.
   */
  private static final class CsvAtLines implements RecordReader {
    private final Path file;
    private final DetectedEncoding enc;
    private final long[] offsets;
    private final SourceRecord header;
    private final long[] lines;
    private int next;
    private CsvRecordReader reader;
    private long last; // the first line of the last record the reader read

    CsvAtLines(Path file, DetectedEncoding enc, long[] offsets, SourceRecord header, long[] lines) {
      this.file = file;
      this.enc = enc;
      this.offsets = offsets;
      this.header = header;
      this.lines = lines;
    }

    @Override
    public String fileName() {
      return header.file();
    }

    @Override
    public SourceRecord header() {
      return header;
    }

    @Override
    public SourceRecord next() throws IOException {
      if (next >= lines.length) {
        return null;
      }
      long want = lines[next++];
      if (reader == null || want <= last || want - last > CsvScreen.STRIDE) {
        open(want);
      }
      while (true) {
        long line;
        try {
          SourceRecord r = reader.next();
          if (r == null) {
            throw new NotOneRowPerRecord("no record starts on line " + want + " of " + file);
          }
          line = r.line();
          last = line;
          if (line == want) {
            return r;
          }
        } catch (MalformedRecordException e) {
          line = e.line();
          last = line;
          if (line == want) {
            throw e;
          }
        }
        if (line > want) {
          throw new NotOneRowPerRecord("no record starts on line " + want + " of " + file);
        }
      }
    }

    /** Opens a reader at the start of a line. */
    private void open(long line) throws IOException {
      close();
      int stride = (int) ((line - 1) / CsvScreen.STRIDE);
      long at = (long) stride * CsvScreen.STRIDE + 1;
      SeekableByteChannel channel = Files.newByteChannel(file);
      InputStream in;
      try {
        channel.position(offsets[stride]);
        in = Channels.newInputStream(channel);
        // skip to the line: its line ends are \n or \r\n (a sure file has no lone \r)
        byte[] chunk = new byte[1 << 16];
        int from = 0;
        int n = 0;
        while (at < line) {
          if (from == n) {
            n = in.readNBytes(chunk, 0, chunk.length);
            from = 0;
            if (n == 0) {
              throw new NotOneRowPerRecord("line " + line + " is past the end of " + file);
            }
          }
          if (chunk[from++] == '\n') {
            at++;
          }
        }
        // the rest of the chunk, then the rest of the file
        in = new SequenceInputStream(new ByteArrayInputStream(chunk, from, n - from), in);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      reader = CsvRecordReader.from(fileName(), in, enc, line, header.fields().length);
      last = line - 1;
    }

    @Override
    public long recordsRead() {
      return next;
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader = null;
      }
    }
  }

  /** A test of ascending indexes asked in ascending order. */
  private static LongPredicate ascending(long[] sorted) {
    int[] next = {0};
    return idx -> {
      while (next[0] < sorted.length && sorted[next[0]] < idx) {
        next[0]++;
      }
      return next[0] < sorted.length && sorted[next[0]] == idx;
    };
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
