package org.baobiao.sample.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A list with a weight per element, for weighted picks.
 *
 * @param <T> element type
 */
public final class Weighted<T> {

  private final List<T> items;
  private final double[] cumulative;

  private Weighted(List<T> items, double[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  /** Weights from a function of each item; items with weight 0 are dropped. */
  public static <T> Weighted<T> of(List<T> items, Function<T, Double> weight) {
    List<T> kept = new ArrayList<>();
    double[] cumulative = new double[items.size()];
    double total = 0;
    for (T item : items) {
      double w = weight.apply(item);
      if (w < 0) {
        throw new IllegalArgumentException("negative weight for " + item);
      }
      if (w > 0) {
        total += w;
        cumulative[kept.size()] = total;
        kept.add(item);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("no item with a positive weight");
    }
    return new Weighted<>(List.copyOf(kept), Arrays.copyOf(cumulative, kept.size()));
  }

  /** Weights falling 1, 1/2, 1/3... in list order: the first item is the usual one. */
  public static <T> Weighted<T> decreasing(List<T> items) {
    return of(items, item -> 1.0 / (items.indexOf(item) + 1));
  }

  /** The element at fraction {@code u} in [0, 1) of the total weight. */
  T at(double u) {
    double target = u * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, target);
    index = index >= 0 ? index + 1 : -index - 1;
    return items.get(Math.min(index, items.size() - 1));
  }
}
