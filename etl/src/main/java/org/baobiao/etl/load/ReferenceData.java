package org.baobiao.etl.load;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.baobiao.warehouse.Warehouse;

/**
 * The reference data rows are checked against: loaded hospitals, their maintained systems and their
 * interfaces. A snapshot taken when a file's load starts.
 */
public final class ReferenceData {
  private final Set<String> hospitals;
  private final Set<String> systems;
  private final Set<String> interfaces;

  private ReferenceData(Set<String> hospitals, Set<String> systems, Set<String> interfaces) {
    this.hospitals = hospitals;
    this.systems = systems;
    this.interfaces = interfaces;
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
    Set<String> interfaces = new HashSet<>();
    for (Object[] r :
        warehouse.query("SELECT org_code, interface_id FROM interfaces", Map.of()).rows()) {
      interfaces.add(r[0] + "\u0000" + r[1]);
    }
    return new ReferenceData(hospitals, systems, interfaces);
  }

  /** A snapshot with the given hospitals and "org/system" pairs, for tests. */
  public static ReferenceData of(Set<String> hospitals, Set<String> orgSystemPairs) {
    return of(hospitals, orgSystemPairs, Set.of());
  }

  /** A snapshot with the given hospitals, "org/system" and "org/interface" pairs, for tests. */
  public static ReferenceData of(
      Set<String> hospitals, Set<String> orgSystemPairs, Set<String> orgInterfacePairs) {
    return new ReferenceData(
        Set.copyOf(hospitals), pairs(orgSystemPairs), pairs(orgInterfacePairs));
  }

  private static Set<String> pairs(Set<String> orgSlashCode) {
    Set<String> keys = new HashSet<>();
    for (String pair : orgSlashCode) {
      int slash = pair.indexOf('/');
      keys.add(pair.substring(0, slash) + "\u0000" + pair.substring(slash + 1));
    }
    return keys;
  }

  /** Whether a hospital is loaded. */
  public boolean hasHospital(String orgCode) {
    return hospitals.contains(orgCode);
  }

  /** Whether a system of a hospital is loaded. */
  public boolean hasSystem(String orgCode, String systemCode) {
    return systems.contains(orgCode + "\u0000" + systemCode);
  }

  /** Whether an interface of a hospital is in its loaded interface catalog. */
  public boolean hasInterface(String orgCode, String interfaceId) {
    return interfaces.contains(orgCode + "\u0000" + interfaceId);
  }
}
