package org.baobiao.sample.internal.interfaces;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A few values with weights, picked with one uniform draw. Parsed from {@code value:weight|...},
 * the form the generator's data files use.
 *
 * @param <T> value type
 */
public final class Choice<T> {

  private final List<T> values;
  private final double[] cumulative;

  private Choice(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /**
   * Parses {@code value:weight|value:weight...}; the weight is after the last colon.
   *
   * @throws IllegalArgumentException on an empty list or a weight that is not a positive number
   */
  public static <T> Choice<T> parse(String text, Function<String, T> value) {
    List<T> values = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String item : text.split("\\|")) {
      int colon = item.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("expected value:weight, was '" + item + "' in " + text);
      }
      double weight = Double.parseDouble(item.substring(colon + 1));
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive in " + text);
      }
      values.add(value.apply(item.substring(0, colon)));
      weights.add(weight);
    }
    double[] cumulative = new double[values.size()];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += weights.get(i);
      cumulative[i] = total;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
    return new Choice<>(List.copyOf(values), cumulative);
  }

  /** The values, in the order given. */
  public List<T> values() {
    return values;
  }

  /** The index of the value at {@code u} in [0, 1) of the total weight. */
  public int indexAt(double u) {
    int last = cumulative.length - 1;
    for (int i = 0; i < last; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return last;
  }

  /** The value at {@code u} in [0, 1) of the total weight. */
  public T at(double u) {
    return values.get(indexAt(u));
  }
}
