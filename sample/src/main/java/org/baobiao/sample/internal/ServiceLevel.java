package org.baobiao.sample.internal;

/**
 * A contract's service levels as the simulation uses them; times in minutes, arrays indexed by
 * severity minus one.
 *
 * @param window staffed hours
 * @param responseGoalIn response goal inside the window
 * @param responseGoalOut response goal outside it
 * @param deferOutOfHours whether severity-3 reports outside the window wait for the next opening
 * @param breachRate share of responses and arrivals that miss their goal
 * @param onsiteProbability chance of an on-site visit, by severity
 * @param onsiteGoalIn arrival goal inside the window, by severity
 * @param onsiteGoalOut arrival goal outside the window, by severity
 */
public record ServiceLevel(
    ServiceWindow window,
    double responseGoalIn,
    double responseGoalOut,
    boolean deferOutOfHours,
    double breachRate,
    double[] onsiteProbability,
    double[] onsiteGoalIn,
    double[] onsiteGoalOut) {

  /** Checks the arrays. */
  public ServiceLevel {
    if (onsiteProbability.length != 3 || onsiteGoalIn.length != 3 || onsiteGoalOut.length != 3) {
      throw new IllegalArgumentException("on-site settings need one value per severity 1..3");
    }
    onsiteProbability = onsiteProbability.clone();
    onsiteGoalIn = onsiteGoalIn.clone();
    onsiteGoalOut = onsiteGoalOut.clone();
  }

  /** Chance of an on-site visit for a ticket of this severity. */
  public double onsiteProbability(int severity) {
    return onsiteProbability[severity - 1];
  }

  /** Arrival goal for this severity, inside or outside the window. */
  public double onsiteGoal(int severity, boolean inWindow) {
    return inWindow ? onsiteGoalIn[severity - 1] : onsiteGoalOut[severity - 1];
  }
}
