package org.baobiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.baobiao.etl.interfaces.InterfaceExchangesKind;
import org.baobiao.etl.load.ColumnRule;
import org.baobiao.etl.load.CommitHook;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.JsonLineScreen;
import org.baobiao.etl.source.JsonLinesReader;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.Reject;

/**
 * The SQL load path of a JSON-lines interface exchange file on the embedded engine: DuckDB reads
 * the file itself ({@code read_json}, every column as text, one row per record), the row rules run
 * as SQL generated from the kind's {@link ColumnRule}s ({@link InterfaceExchangesKind#sureSql}),
 * and every record the SQL is not sure of — doubtful JSON ({@link JsonLineScreen}: escapes,
 * repeated members, aliases, numbers not written as integers, padded strings, invalid UTF-8,
 * malformed lines) or a value a rule might reject — is read again by {@link JsonLinesReader} and
 * judged by the Java rules ({@link RowValidator}), which word every reject. Staging, rejects and
 * publishing happen in one transaction ({@link Publisher#publish(FileKind, long, String, String,
 * Warehouse.TransactionWork)}): a load killed anywhere leaves nothing of the batch.
 */
final class SqlIngest {
  private final Warehouse warehouse;
  private final InterfaceExchangesKind kind;
  private final CommitHook commitHook = CommitHook.installed();

  SqlIngest(Warehouse warehouse, InterfaceExchangesKind kind) {
    this.warehouse = warehouse;
    this.kind = kind;
  }

  /** Whether a file of a kind is loaded this way on a warehouse. */
  static boolean applies(Warehouse warehouse, FileKind kind, Path file) {
    String name = file.getFileName().toString();
    return "duckdb".equals(warehouse.engine())
        && kind instanceof InterfaceExchangesKind
        && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
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
   * Stages and publishes a screened file as batch {@code batchId}.
   *
   * @throws NotOneRowPerRecord when DuckDB's rows do not match the records (nothing is written)
   */
  Publisher.Published load(
      Path file, long batchId, JsonLineScreen.Result screen, Path rejectFile, DetectedEncoding enc)
      throws IOException {
    ReferenceData reference = ReferenceData.load(warehouse);
    String sourceFile = file.getFileName().toString();
    Publisher.Published published =
        new Publisher(warehouse)
            .publish(
                kind,
                batchId,
                sourceFile,
                rejectFile.toString(),
                s -> stage(s, file, batchId, screen, enc, reference));
    if (published.rowsRejected() > 0) {
      RejectFileWriter.write(warehouse, batchId, rejectFile);
    }
    return published;
  }

  private void stage(
      Warehouse.SqlSession s,
      Path file,
      long batchId,
      JsonLineScreen.Result screen,
      DetectedEncoding enc,
      ReferenceData reference) {
    String t = "sql_ingest_" + batchId;
    Map<String, Object> b = Map.of("batch_id", batchId);
    s.update("DELETE FROM " + kind.stagingTable() + " WHERE batch_id = :batch_id", b);
    s.update("DELETE FROM rejects WHERE batch_id = :batch_id", b);
    StringBuilder columns = new StringBuilder();
    for (var c : kind.columns()) {
      columns.append(columns.isEmpty() ? "" : ", ").append(c.name()).append(": 'VARCHAR'");
    }
    try {
      s.update(
          "CREATE OR REPLACE TEMP TABLE "
              + t
              + " AS SELECT * FROM read_json("
              + literal(file.toAbsolutePath().toString())
              + ", format = 'newline_delimited', columns = {"
              + columns
              + "}, ignore_errors = true)",
          Map.of());
      Object[] counted =
          s.query("SELECT count(*), min(rowid), max(rowid) FROM " + t, Map.of()).rows().get(0);
      long rows = ((Number) counted[0]).longValue();
      // In a transaction DuckDB numbers new rows from a high base, in the order they were read.
      long base = counted[1] == null ? 0 : ((Number) counted[1]).longValue();
      long span = counted[2] == null ? 0 : ((Number) counted[2]).longValue() - base + 1;
      if (rows != screen.records() || span != rows) {
        throw new NotOneRowPerRecord(
            "DuckDB read " + rows + " rows of " + screen.records() + " records in " + file);
      }
      s.update("CREATE OR REPLACE TEMP TABLE " + t + "_doubt (idx BIGINT)", Map.of());
      List<Object[]> doubt = new ArrayList<>(screen.doubtful().length);
      for (long idx : screen.doubtful()) {
        doubt.add(new Object[] {idx});
      }
      s.append(t + "_doubt", doubt);
      String line = "x.idx + 1";
      String from = "(SELECT rowid - " + base + " AS idx, * FROM " + t + ") x";
      if (screen.gaps().length > 0) {
        s.update(
            "CREATE OR REPLACE TEMP TABLE " + t + "_gaps (idx BIGINT, shift BIGINT)", Map.of());
        List<Object[]> gaps = new ArrayList<>();
        for (int i = 0; i < screen.gaps().length; i += 2) {
          gaps.add(new Object[] {screen.gaps()[i], screen.gaps()[i + 1]});
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
              + kind.stagingTable()
              + " SELECT :batch_id, r.* EXCLUDE (idx, sure) FROM "
              + t
              + "_rows r WHERE r.sure AND r.idx NOT IN (SELECT idx FROM "
              + t
              + "_doubt)",
          b);
      List<Object[]> left =
          s.query(
                  "SELECT x.idx FROM (SELECT rowid - "
                      + base
                      + " AS idx FROM "
                      + t
                      + ") x ANTI JOIN (SELECT r.idx FROM "
                      + t
                      + "_rows r JOIN "
                      + kind.stagingTable()
                      + " g ON g.batch_id = :batch_id AND g.source_line = r.line) d"
                      + " ON x.idx = d.idx ORDER BY x.idx",
                  b)
              .rows();
      long[] javaRecords = new long[left.size()];
      for (int i = 0; i < javaRecords.length; i++) {
        javaRecords[i] = ((Number) left.get(i)[0]).longValue();
      }
      javaRules(s, file, batchId, enc, reference, javaRecords);
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
      Path file,
      long batchId,
      DetectedEncoding enc,
      ReferenceData reference,
      long[] records) {
    if (records.length == 0) {
      return;
    }
    List<Object[]> staged = new ArrayList<>();
    List<Object[]> rejects = new ArrayList<>();
    try (JsonLinesReader reader = new JsonLinesReader(file, enc, kind.columns())) {
      reader.only(ascending(records));
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    s.append(kind.stagingTable(), staged);
    s.append("rejects", rejects);
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
