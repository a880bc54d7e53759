package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.sample.internal.Draws;
import org.baobiao.spec.csv.CsvFields;

/**
 * Adds the deliberately dirty rows of one exchange file: about one per {@value #ROWS_PER_DIRTY_ROW}
 * records, each an extra line right after a good record (a copy of it numbered {@code
 * <exchange_id>-B} with one field spoiled, or an exact copy for {@code DUPLICATE_KEY}), so the good
 * records, and with them every figure of the reports, stay intact. Reasons are taken in turn from a
 * per-file starting point, so every reason shows up over a year of files.
 *
 * <p>{@code MALFORMED_CSV} is a last line whose quoted error message is never closed: at the end of
 * the file, the open quote cannot swallow a good line. A {@code MALFORMED_JSON} line can be
 * anywhere, since each JSON line stands alone.
 */
final class ExchangeDirt {

  /** The reasons of a JSON-lines file, in the order they are used. */
  static final List<ReasonCode> JSON_REASONS =
      List.of(
          ReasonCode.MALFORMED_JSON,
          ReasonCode.UNKNOWN_INTERFACE,
          ReasonCode.BAD_TIMESTAMP,
          ReasonCode.BAD_CODE,
          ReasonCode.MISSING_VALUE,
          ReasonCode.INCONSISTENT,
          ReasonCode.DUPLICATE_KEY,
          ReasonCode.BAD_FORMAT,
          ReasonCode.BAD_NUMBER);

  /** The reasons of a CSV file, in the order they are used. */
  static final List<ReasonCode> CSV_REASONS =
      List.of(
          ReasonCode.COLUMN_COUNT,
          ReasonCode.MISSING_VALUE,
          ReasonCode.BAD_TIMESTAMP,
          ReasonCode.BAD_CODE,
          ReasonCode.BAD_FORMAT,
          ReasonCode.BAD_NUMBER,
          ReasonCode.INCONSISTENT,
          ReasonCode.UNKNOWN_INTERFACE,
          ReasonCode.DUPLICATE_KEY,
          ReasonCode.MALFORMED_CSV);

  static final int ROWS_PER_DIRTY_ROW = 20_000;

  private final ExchangeFormat format;
  private final ByteLineWriter out;
  private final Draws draws;
  private final List<ReasonCode> reasons;
  private final List<DirtyRow> dirty = new ArrayList<>();
  private int turn;
  private long rowsSeen;
  private long nextDirty;
  private String[] truncated;

  /**
   * Dirt for one file.
   *
   * @param out the file's writer, header (if any) already written
   * @param draws the file's own random stream for dirt
   * @param firstTurn index into the reasons of the first one used
   */
  ExchangeDirt(ExchangeFormat format, ByteLineWriter out, Draws draws, int firstTurn) {
    this.format = format;
    this.out = out;
    this.draws = draws;
    this.reasons = format.style.csv() ? CSV_REASONS : JSON_REASONS;
    this.turn = firstTurn;
    // The first gap has the law of a gap seen from a random point (density falling linearly), so a
    // small file gets its fair share of about one dirty row per 20,000 records.
    this.nextDirty = 1 + (long) (2 * ROWS_PER_DIRTY_ROW * (1 - StrictMath.sqrt(draws.uniform())));
  }

  /** Hears of a good record just written; may write a dirty companion after it. */
  void afterGood(Exchange e) throws IOException {
    if (++rowsSeen != nextDirty) {
      return;
    }
    nextDirty += 1 + draws.nextInt(2 * ROWS_PER_DIRTY_ROW - 1);
    ReasonCode reason = nextReason();
    String[] f = format.fields(e);
    String id = f[ExchangeFormat.ID];
    f[ExchangeFormat.ID] = id + "-B";
    switch (reason) {
      case MALFORMED_JSON -> {
        String line = format.render(f);
        int cut = line.length() * (55 + draws.nextInt(20)) / 100;
        write(line.substring(0, cut), reason, "", "line cut off after " + cut + " characters");
      }
      case UNKNOWN_INTERFACE ->
          spoil(f, ExchangeFormat.IFACE, f[ExchangeFormat.IFACE] + "-OLD", reason);
      case BAD_TIMESTAMP -> {
        String sent = f[ExchangeFormat.SENT];
        spoil(f, ExchangeFormat.SENT, sent.substring(0, 5) + "13" + sent.substring(7), reason);
      }
      case BAD_CODE -> spoil(f, ExchangeFormat.STATUS, "OK", reason);
      case MISSING_VALUE -> {
        f[ExchangeFormat.STATUS] = "FAILED";
        f[ExchangeFormat.CAUSE] = "";
        write(format.render(f), reason, "error_cause", "FAILED without error_cause");
      }
      case INCONSISTENT -> {
        f[ExchangeFormat.ACKED] = format.time(e.sentMs - 1_500, true);
        write(format.render(f), reason, "acked_at", "acked_at 1.5 s before sent_at");
      }
      case DUPLICATE_KEY -> {
        f[ExchangeFormat.ID] = id;
        write(format.render(f), reason, "exchange_id", "exact copy of the previous line");
      }
      case BAD_FORMAT -> {
        int dash = id.indexOf('-');
        spoil(f, ExchangeFormat.ID, id.substring(0, dash) + " " + id.substring(dash + 1), reason);
      }
      case BAD_NUMBER -> spoil(f, ExchangeFormat.RETRIES, "-1", reason);
      case COLUMN_COUNT -> {
        int drop =
            ExchangeFormat.MESSAGE_TYPE + draws.nextInt(f.length - ExchangeFormat.MESSAGE_TYPE);
        String[] shorter = new String[f.length - 1];
        System.arraycopy(f, 0, shorter, 0, drop);
        System.arraycopy(f, drop + 1, shorter, drop, f.length - drop - 1);
        String name = ExchangeFormat.COLUMNS.get(drop).name();
        write(format.render(shorter), reason, "", "field " + name + " missing");
      }
      case MALFORMED_CSV -> truncated = f;
      default -> throw new IllegalStateException("not an interface-file reason: " + reason);
    }
  }

  /** Ends the file: appends the truncated line if one was chosen. */
  void finish() throws IOException {
    if (truncated == null) {
      return;
    }
    String[] head = Arrays.copyOf(truncated, ExchangeFormat.ERROR_MESSAGE);
    write(
        CsvFields.join(head) + ",\"导出中断：与数据库的连接被重置",
        ReasonCode.MALFORMED_CSV,
        "error_message",
        "unclosed quote on the last line");
  }

  /** The dirty lines written so far. */
  List<DirtyRow> dirtyRows() {
    return dirty;
  }

  private ReasonCode nextReason() {
    while (true) {
      ReasonCode reason = reasons.get(turn++ % reasons.size());
      if (reason != ReasonCode.MALFORMED_CSV || truncated == null) {
        return reason;
      }
    }
  }

  private void spoil(String[] f, int column, String value, ReasonCode reason) throws IOException {
    f[column] = value;
    write(format.render(f), reason, ExchangeFormat.COLUMNS.get(column).name(), value);
  }

  private void write(String line, ReasonCode reason, String field, String detail)
      throws IOException {
    out.put(format.encode(line));
    long n = out.endLine();
    dirty.add(new DirtyRow(out.file(), n, reason, field, detail));
  }
}
