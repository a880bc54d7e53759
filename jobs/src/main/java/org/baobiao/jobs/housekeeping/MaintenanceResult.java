package org.baobiao.jobs.housekeeping;

import java.util.List;

/**
 * What a clean-up did.
 *
 * @param location the warehouse cleaned up
 * @param steps one line per table or step, in Chinese
 */
public record MaintenanceResult(String location, List<String> steps) {
  public MaintenanceResult {
    steps = List.copyOf(steps);
  }
}
