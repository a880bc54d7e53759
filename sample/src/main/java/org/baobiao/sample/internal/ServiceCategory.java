package org.baobiao.sample.internal;

/** The service category codes of {@code docs/formats.md}, with how long such work usually takes. */
public enum ServiceCategory {
  CORRECTIVE(360, 1.1, 0.08, 0.6),
  ADAPTIVE(480, 1.0, 0.08, 0.6),
  PERFECTIVE(2880, 0.9, 0.15, 0.5),
  DATA_FIX(240, 1.0, 0.12, 0.7),
  CONSULT(15, 0.8, 0.02, 0.15),
  DATA_EXTRACT(1440, 0.8, 0.10, 0.6),
  CHANGE(4320, 0.8, 0.20, 0.5),
  INTERFACE(180, 1.1, 0.10, 0.7),
  INSPECTION(180, 0.4, 0.0, 0.0);

  private final double resolveMedianMinutes;
  private final double resolveSigma;
  private final double pauseProbability;
  private final double remoteProbability;

  ServiceCategory(
      double resolveMedianMinutes,
      double resolveSigma,
      double pauseProbability,
      double remoteProbability) {
    this.resolveMedianMinutes = resolveMedianMinutes;
    this.resolveSigma = resolveSigma;
    this.pauseProbability = pauseProbability;
    this.remoteProbability = remoteProbability;
  }

  /** Median working time from the start of work to the fix, for a severity-3 ticket. */
  public double resolveMedianMinutes() {
    return resolveMedianMinutes;
  }

  /** Log-scale spread of that time. */
  public double resolveSigma() {
    return resolveSigma;
  }

  /** How often such a ticket waits for the hospital at some point. */
  public double pauseProbability() {
    return pauseProbability;
  }

  /** How often the vendor works on it remotely. */
  public double remoteProbability() {
    return remoteProbability;
  }
}
