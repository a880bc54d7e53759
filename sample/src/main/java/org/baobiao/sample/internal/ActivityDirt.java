package org.baobiao.sample.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.etl.activities.ActivityCodes;
import org.baobiao.etl.source.ReasonCode;

/**
 * Plans and makes the deliberately dirty rows of a hospital's activity log: one per started 1,000
 * activities, each written as an extra companion right after a good row (a copy of it under a new
 * number with one field spoiled, or an exact copy), so the good rows, and with them the duties
 * done, stay intact. Reasons are taken in turn from a per-hospital starting point.
 */
public final class ActivityDirt {

  /** The reasons that can occur in an activity file, in the order they are used. */
  public static final List<ReasonCode> ACTIVITY_REASONS =
      List.of(
          ReasonCode.INCONSISTENT,
          ReasonCode.MISSING_VALUE,
          ReasonCode.BAD_NUMBER,
          ReasonCode.BAD_CODE,
          ReasonCode.DUPLICATE_KEY,
          ReasonCode.BAD_TIMESTAMP,
          ReasonCode.BAD_FORMAT,
          ReasonCode.UNKNOWN_HOSPITAL,
          ReasonCode.COLUMN_COUNT);

  private static final int ROWS_PER_DIRTY_ROW = 1000;
  private static final String[] COLUMNS = {
    "org_code",
    "activity_id",
    "activity_type",
    "started_at",
    "ended_at",
    "contract_id",
    "department",
    "engineer",
    "person_days",
    "version",
    "report_no",
    "ticket_no",
    "result",
    "note"
  };

  private ActivityDirt() {}

  /**
   * A spoiled companion row.
   *
   * @param fields the fields to write
   * @param field the offending column, or empty for the whole line
   * @param detail what was done
   */
  public record Spoiled(String[] fields, String field, String detail) {}

  /**
   * Which good rows get a dirty companion, and with which reason: one per started 1,000 rows, after
   * evenly spaced rows (a single one after the middle row).
   *
   * @param rows the hospital's activity rows
   * @param firstTurn index into {@link #ACTIVITY_REASONS} of the first reason used
   * @return reason by index (from 0) of the good row it follows
   */
  public static Map<Integer, ReasonCode> plan(int rows, int firstTurn) {
    Map<Integer, ReasonCode> plan = new TreeMap<>();
    int count = (rows + ROWS_PER_DIRTY_ROW - 1) / ROWS_PER_DIRTY_ROW;
    for (int k = 0; k < count; k++) {
      int after = (int) ((2L * k + 1) * rows / (2L * count));
      plan.put(after, ACTIVITY_REASONS.get((firstTurn + k) % ACTIVITY_REASONS.size()));
    }
    return plan;
  }

  /**
   * The companion of a good row.
   *
   * @param good the good row's fields, in {@code docs/formats.md} column order
   * @param start its start time
   * @param format the file's timestamp format
   * @param reason the reason it must be rejected with
   */
  public static Spoiled spoil(
      String[] good, LocalDateTime start, DateTimeFormatter format, ReasonCode reason) {
    String[] row = good.clone();
    String id = row[1];
    row[1] = id + "-B";
    return switch (reason) {
      case INCONSISTENT -> {
        row[4] = format.format(start.minusMinutes(90));
        yield new Spoiled(row, COLUMNS[4], "ended_at before started_at: " + row[4]);
      }
      case MISSING_VALUE -> {
        int field = requiredField(row[2]);
        row[field] = "";
        yield new Spoiled(row, COLUMNS[field], "empty " + COLUMNS[field]);
      }
      case BAD_NUMBER -> replace(row, 8, "1.25");
      case BAD_CODE -> replace(row, 2, ActivityCodes.TYPES.get(row[2]));
      case DUPLICATE_KEY -> {
        row[1] = id;
        yield new Spoiled(row, COLUMNS[1], "exact copy of the previous line");
      }
      case BAD_TIMESTAMP -> {
        String time = row[3];
        yield replace(row, 3, time.substring(0, 5) + "13" + time.substring(7));
      }
      case BAD_FORMAT -> {
        row[1] = id;
        yield replace(row, 1, id.substring(0, 4) + " " + id.substring(4));
      }
      case UNKNOWN_HOSPITAL -> {
        String org = row[0];
        yield replace(row, 0, org.substring(0, 8) + (char) ('0' + (org.charAt(8) - '0' + 5) % 10));
      }
      case COLUMN_COUNT ->
          new Spoiled(Arrays.copyOf(row, row.length - 1), "", "field note missing");
      default -> throw new IllegalStateException("not an activity-file reason: " + reason);
    };
  }

  /** A field the row's type requires that the row fills. */
  private static int requiredField(String type) {
    if (ActivityCodes.REPORT_TYPES.contains(type)) {
      return 10;
    }
    return switch (type) {
      case "RELEASE" -> 9;
      case "CHANGE_EFFORT" -> 8;
      default -> 3;
    };
  }

  private static Spoiled replace(String[] row, int field, String value) {
    row[field] = value;
    return new Spoiled(row, COLUMNS[field], value);
  }
}
