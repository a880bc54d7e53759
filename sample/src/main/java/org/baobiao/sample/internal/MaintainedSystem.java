package org.baobiao.sample.internal;

import java.util.List;

/**
 * One maintained system of a hospital, as in {@code systems.csv}, plus how the simulation uses it.
 *
 * @param orgCode hospital
 * @param code system code
 * @param name Chinese name from the seed document
 * @param category system category
 * @param contractId covering contract
 * @param weight relative share of the hospital's tickets
 * @param critical whether its failure can stop the hospital (severity 1 or 2)
 * @param departments departments that usually report on it, most frequent first
 */
public record MaintainedSystem(
    String orgCode,
    String code,
    String name,
    String category,
    String contractId,
    double weight,
    boolean critical,
    List<String> departments) {

  /** Copies the departments. */
  public MaintainedSystem {
    departments = List.copyOf(departments);
    if (departments.isEmpty()) {
      throw new IllegalArgumentException("system " + code + " has no department");
    }
  }

  /** Whether it is an interface (its category names one). */
  public boolean isInterface() {
    return category.contains("接口");
  }
}
