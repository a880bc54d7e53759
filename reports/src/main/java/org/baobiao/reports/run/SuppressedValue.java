package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

/**
 * A figure withheld from an output, written as its text (e.g. {@code <5} for a count of fewer than
 * five people) in a column of any type; the streaming renderers write it where the figure would
 * have been, so that the column stays numeric for every other row.
 *
 * @param text what is written instead of the figure
 */
public record SuppressedValue(String text) {
  public SuppressedValue {
    requireNonNull(text, "text is null");
  }

  @Override
  public String toString() {
    return text;
  }
}
