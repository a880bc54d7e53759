package org.baobiao.sample.internal;

import java.util.SplittableRandom;

/**
 * Random draws for the simulation. Uses {@link StrictMath} only, so that the same seed gives the
 * same numbers on every JVM and whether or not the code is JIT-compiled.
 */
public final class Draws {

  private final SplittableRandom random;

  /** Draws from a generator seeded with {@code seed}. */
  public Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * A seed for one independent stream: mixes the run seed, a text key (such as an org code) and two
   * numbers (such as a month index and a purpose).
   */
  public static long streamSeed(long seed, String key, long number, long purpose) {
    long h = mix(seed ^ 0x6A09E667F3BCC909L);
    for (int i = 0; i < key.length(); i++) {
      h = mix(h ^ key.charAt(i));
    }
    h = mix(h ^ number);
    return mix(h ^ purpose);
  }

  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  public double uniform() {
    return random.nextDouble();
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [origin, bound). */
  public int nextInt(int origin, int bound) {
    return random.nextInt(origin, bound);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Standard normal (Box-Muller). */
  public double normal() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Log-normal with the given median and log-scale spread. */
  public double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * normal());
  }

  /** Poisson count with mean {@code lambda}; normal approximation above 60. */
  public int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 60) {
      long n = StrictMath.round(lambda + StrictMath.sqrt(lambda) * normal());
      return (int) Math.max(0, n);
    }
    double limit = StrictMath.exp(-lambda);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

  /** One element of {@code items}, with the weights it was built with. */
  public <T> T pick(Weighted<T> items) {
    return items.at(random.nextDouble());
  }

  /** One element of a non-empty array, uniformly. */
  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }
}
