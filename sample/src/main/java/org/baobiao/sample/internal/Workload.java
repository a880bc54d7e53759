package org.baobiao.sample.internal;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

/**
 * How much and what kind of work a hospital sends.
 *
 * @param ticketsPerYear tickets a year at scale 1, scheduled inspections excluded
 * @param channels report channel mix
 * @param onsiteChannelDays weekdays with an engineer on site (empty = every working day)
 * @param severities severity mix (1, 2, 3)
 * @param categories service category mix for severity 3
 * @param inspections scheduled inspections (moved to the next working day when needed)
 * @param inspectionChannel channel of inspection tickets
 */
public record Workload(
    int ticketsPerYear,
    Weighted<Channel> channels,
    Set<DayOfWeek> onsiteChannelDays,
    Weighted<Integer> severities,
    Weighted<ServiceCategory> categories,
    List<Inspection> inspections,
    Channel inspectionChannel) {

  /** Copies the collections. */
  public Workload {
    onsiteChannelDays = Set.copyOf(onsiteChannelDays);
    inspections = List.copyOf(inspections);
  }

  /**
   * A scheduled inspection.
   *
   * @param day nominal day of the year
   * @param systemCode system inspected
   */
  public record Inspection(MonthDay day, String systemCode) {}
}
