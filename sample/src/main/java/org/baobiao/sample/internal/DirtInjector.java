package org.baobiao.sample.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvFields;
import org.baobiao.spec.csv.CsvWriter;

/**
 * Sits between the ticket simulation and one file's writer and spoils about one row in a thousand,
 * each in a way that a validator following {@code docs/formats.md} must reject with one known
 * reason code. Reasons are taken in turn from a per-file starting point, so that every reason shows
 * up over a year of files. Every spoiled line is recorded with its line number.
 *
 * <p>{@code MALFORMED_CSV} is a truncated last line whose quoted note is never closed: written at
 * the end of the file, the unclosed quote cannot swallow any good line.
 */
public final class DirtInjector {

  /** The reasons that can occur in a ticket file, in the order they are used. */
  public static final List<ReasonCode> TICKET_REASONS =
      List.of(
          ReasonCode.COLUMN_COUNT,
          ReasonCode.MISSING_VALUE,
          ReasonCode.BAD_TIMESTAMP,
          ReasonCode.BAD_NUMBER,
          ReasonCode.BAD_CODE,
          ReasonCode.BAD_FORMAT,
          ReasonCode.UNKNOWN_HOSPITAL,
          ReasonCode.UNKNOWN_SYSTEM,
          ReasonCode.DUPLICATE_KEY,
          ReasonCode.MALFORMED_CSV);

  private static final int MIN_GAP = 500;
  private static final int GAP_SPREAD = 1000;
  private static final String[] COLUMNS = ExportStyle.HEADER_EN.toArray(String[]::new);

  private final CsvWriter out;
  private final Draws draws;
  private final List<String> foreignSystemCodes;
  private final List<DirtyRow> dirty = new ArrayList<>();
  private int turn;
  private long rowsSeen;
  private long nextDirty;
  private boolean unknownSystemPending;
  private boolean truncateAtEnd;
  private String[] lastRow;

  /**
   * An injector for one file.
   *
   * @param out the file's writer, header already written
   * @param draws random stream for this file's dirt
   * @param firstTurn index into {@link #TICKET_REASONS} of the first reason used
   * @param foreignSystemCodes system codes of other hospitals, for {@code UNKNOWN_SYSTEM}
   */
  public DirtInjector(CsvWriter out, Draws draws, int firstTurn, List<String> foreignSystemCodes) {
    this.out = out;
    this.draws = draws;
    this.turn = firstTurn;
    this.foreignSystemCodes = List.copyOf(foreignSystemCodes);
    this.nextDirty = 1 + draws.nextInt(GAP_SPREAD);
  }

  /** Writes one good row, or a spoiled version of it, or it and a spoiled companion. */
  public void write(String[] row) throws IOException {
    rowsSeen++;
    boolean reported = EventType.REPORTED.name().equals(row[3]);
    if (unknownSystemPending && reported) {
      unknownSystemPending = false;
      if (rowsSeen == nextDirty) {
        nextDirty++;
      }
      spoil(ReasonCode.UNKNOWN_SYSTEM, row, true);
      return;
    }
    if (rowsSeen == nextDirty) {
      nextDirty += MIN_GAP + draws.nextInt(GAP_SPREAD);
      spoil(nextReason(), row, reported);
      return;
    }
    emit(row);
  }

  /** Ends the file: appends the truncated line if one was chosen. */
  public void finish() throws IOException {
    if (!truncateAtEnd || lastRow == null) {
      return;
    }
    String[] next = lastRow.clone();
    next[2] = Long.toString(Long.parseLong(lastRow[2]) + 1);
    next[3] = EventType.CLOSED.name();
    String[] head = Arrays.copyOf(next, next.length - 1);
    long line = out.writeRawLine(CsvFields.join(head) + ",\"院方确认，导出中断");
    record(line, ReasonCode.MALFORMED_CSV, "note", "unclosed quote on the last line");
  }

  /** The lines spoiled so far. */
  public List<DirtyRow> dirtyRows() {
    return dirty;
  }

  private ReasonCode nextReason() {
    while (true) {
      ReasonCode reason = TICKET_REASONS.get(turn++ % TICKET_REASONS.size());
      boolean taken =
          (reason == ReasonCode.MALFORMED_CSV && truncateAtEnd)
              || (reason == ReasonCode.UNKNOWN_SYSTEM && unknownSystemPending);
      if (!taken) {
        return reason;
      }
    }
  }

  private void spoil(ReasonCode reason, String[] good, boolean reported) throws IOException {
    String[] row = good.clone();
    switch (reason) {
      case COLUMN_COUNT -> {
        int drop = 8 + draws.nextInt(6);
        String[] shorter = new String[row.length - 1];
        System.arraycopy(row, 0, shorter, 0, drop);
        System.arraycopy(row, drop + 1, shorter, drop, row.length - drop - 1);
        record(out.writeRow(shorter), reason, "", "field " + COLUMNS[drop] + " missing");
      }
      case MISSING_VALUE -> {
        int field = reported ? 5 + draws.nextInt(3) : 4;
        row[field] = "";
        record(out.writeRow(row), reason, COLUMNS[field], "empty " + COLUMNS[field]);
      }
      case BAD_TIMESTAMP -> replace(row, 4, reason, badTimestamp(row[4]));
      case BAD_NUMBER -> replace(row, 2, reason, draws.pick(new String[] {"-1", "0", "abc"}));
      case BAD_CODE -> {
        int field = reported ? 5 + draws.nextInt(2) : 3;
        String value =
            field == 5 ? "4" : field == 6 ? "EMAIL" : draws.pick(new String[] {"DONE", "FINISHED"});
        replace(row, field, reason, value);
      }
      case BAD_FORMAT -> {
        String no = row[1];
        int at = Math.min(4, no.length());
        String value = draws.chance(0.5) ? no.substring(0, at) + " " + no.substring(at) : "#" + no;
        replace(row, 1, reason, value);
      }
      case UNKNOWN_HOSPITAL -> {
        String org = row[0];
        char last = (char) ('0' + (org.charAt(8) - '0' + 5) % 10);
        replace(row, 0, reason, org.substring(0, 8) + last);
      }
      case UNKNOWN_SYSTEM -> {
        if (!reported) {
          unknownSystemPending = true;
          emit(good);
          return;
        }
        String value =
            draws.chance(0.5)
                ? foreignSystemCodes.get(draws.nextInt(foreignSystemCodes.size()))
                : row[7] + "-OLD";
        replace(row, 7, reason, value);
      }
      case DUPLICATE_KEY -> {
        emit(good);
        record(out.writeRow(good), reason, "seq", "exact copy of the previous line");
      }
      case MALFORMED_CSV -> {
        truncateAtEnd = true;
        emit(good);
      }
      default -> throw new IllegalStateException("not a ticket-file reason: " + reason);
    }
  }

  private void replace(String[] row, int field, ReasonCode reason, String value)
      throws IOException {
    row[field] = value;
    record(out.writeRow(row), reason, COLUMNS[field], value);
  }

  private String badTimestamp(String good) {
    char separator = good.charAt(4);
    return switch (draws.nextInt(4)) {
      case 0 -> good.substring(0, 5) + "02" + separator + "30" + good.substring(10);
      case 1 -> good.substring(0, 5) + "13" + good.substring(7);
      case 2 -> good.substring(0, 11) + "24" + good.substring(13);
      default -> good.substring(0, 10).replace(separator, '.') + good.substring(10);
    };
  }

  private void emit(String[] row) throws IOException {
    out.writeRow(row);
    lastRow = row;
  }

  private void record(long line, ReasonCode reason, String field, String detail) {
    dirty.add(new DirtyRow(out.file(), line, reason, field, detail));
  }
}
