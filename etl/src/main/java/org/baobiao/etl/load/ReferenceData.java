package org.baobiao.etl.load;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.baobiao.warehouse.Warehouse;

/**
 * The reference data rows are checked against: loaded hospitals and their maintained systems. A
 * snapshot taken when a file's load starts.
 */
public final class ReferenceData {
  private final Set<String> hospitals;
  private final Set<String> systems;

  private ReferenceData(Set<String> hospitals, Set<String> systems) {
    this.hospitals = hospitals;
    this.systems = systems;
  }

  /** Reads the snapshot from the warehouse. */
  public static ReferenceData load(Warehouse warehouse) {
    Set<String> hospitals = new HashSet<>();
    for (Object[] r : warehouse.query("SELECT org_code FROM hospitals", Map.of()).rows()) {
      hospitals.add((String) r[0]);
    }
    Set<String> systems = new HashSet<>();
    for (Object[] r :
        warehouse.query("SELECT org_code, system_code FROM systems", Map.of()).rows()) {
      systems.add(r[0] + "\u0000" + r[1]);
    }
    return new ReferenceData(hospitals, systems);
  }

  /** A snapshot with the given hospitals and "org/system" pairs, for tests. */
  public static ReferenceData of(Set<String> hospitals, Set<String> orgSystemPairs) {
    Set<String> systems = new HashSet<>();
    for (String pair : orgSystemPairs) {
      int slash = pair.indexOf('/');
      systems.add(pair.substring(0, slash) + "\u0000" + pair.substring(slash + 1));
    }
    return new ReferenceData(Set.copyOf(hospitals), systems);
  }

  /** Whether a hospital is loaded. */
  public boolean hasHospital(String orgCode) {
    return hospitals.contains(orgCode);
  }

  /** Whether a system of a hospital is loaded. */
  public boolean hasSystem(String orgCode, String systemCode) {
    return systems.contains(orgCode + "\u0000" + systemCode);
  }
}
