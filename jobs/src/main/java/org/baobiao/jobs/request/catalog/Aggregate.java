package org.baobiao.jobs.request.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What makes an extract an aggregate ({@code kind: aggregate}): its fields are the groups, and each
 * group's row carries counts instead of the records. A group of fewer than {@link #suppressBelow}
 * people has every count written as {@code <N}, and no totals are delivered, so that a suppressed
 * count cannot be recomputed from the file.
 *
 * @param people the dataset column that identifies a person; the threshold counts its distinct
 *     values
 * @param counts the counts each group delivers, in order
 * @param suppressBelow groups of fewer people than this are suppressed (default 5)
 */
public record Aggregate(String people, List<Count> counts, int suppressBelow) {
  /** The threshold when the extract states none. */
  public static final int DEFAULT_SUPPRESS_BELOW = 5;

  public Aggregate {
    requireNonNull(people, "people is null");
    counts = List.copyOf(counts);
    if (suppressBelow < DEFAULT_SUPPRESS_BELOW) {
      throw new IllegalArgumentException("suppressBelow " + suppressBelow + " < 5");
    }
  }

  /** What a count counts. */
  public enum Of {
    /** The dataset's rows in the group (stays, transfusions…). */
    ROWS("rows"),
    /** The distinct people in the group ({@link Aggregate#people}). */
    PEOPLE("people");

    private final String code;

    Of(String code) {
      this.code = code;
    }

    /** As written in an extract file. */
    public String code() {
      return code;
    }
  }

  /**
   * One count of a group.
   *
   * @param name the output column
   * @param label the heading people read
   * @param of what it counts
   */
  public record Count(String name, String label, Of of) {
    public Count {
      requireNonNull(name, "name is null");
      requireNonNull(label, "label is null");
      requireNonNull(of, "of is null");
    }
  }

  /** How a suppressed count is written, e.g. {@code <5}. */
  public String suppressed() {
    return "<" + suppressBelow;
  }
}
