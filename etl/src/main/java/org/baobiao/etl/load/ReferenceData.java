package org.baobiao.etl.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.baobiao.warehouse.Warehouse;

/**
 * The reference data rows are checked against: loaded hospitals, their maintained systems and their
 * interfaces. A snapshot taken when a file's load starts. Codes are kept per hospital, so that a
 * lookup on every row of a big file builds no key. Serializable: a Spark load ships it to the
 * tasks.
 */
public final class ReferenceData implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> hospitals;
  private final Map<String, Set<String>> systems;
  private final Map<String, Set<String>> interfaces;

  private ReferenceData(
      Set<String> hospitals,
      Map<String, Set<String>> systems,
      Map<String, Set<String>> interfaces) {
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
    return new ReferenceData(
        hospitals,
        byHospital(warehouse, "SELECT org_code, system_code FROM systems"),
        byHospital(warehouse, "SELECT org_code, interface_id FROM interfaces"));
  }

  private static Map<String, Set<String>> byHospital(Warehouse warehouse, String sql) {
    Map<String, Set<String>> codes = new HashMap<>();
    for (Object[] r : warehouse.query(sql, Map.of()).rows()) {
      codes.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]);
    }
    return codes;
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

  private static Map<String, Set<String>> pairs(Set<String> orgSlashCode) {
    Map<String, Set<String>> codes = new HashMap<>();
    for (String pair : orgSlashCode) {
      int slash = pair.indexOf('/');
      codes
          .computeIfAbsent(pair.substring(0, slash), k -> new HashSet<>())
          .add(pair.substring(slash + 1));
    }
    return codes;
  }

  /** Whether a hospital is loaded. */
  public boolean hasHospital(String orgCode) {
    return hospitals.contains(orgCode);
  }

  /** Whether a system of a hospital is loaded. */
  public boolean hasSystem(String orgCode, String systemCode) {
    return systems.getOrDefault(orgCode, Set.of()).contains(systemCode);
  }

  /** Whether an interface of a hospital is in its loaded interface catalog. */
  public boolean hasInterface(String orgCode, String interfaceId) {
    return interfaces.getOrDefault(orgCode, Set.of()).contains(interfaceId);
  }
}
