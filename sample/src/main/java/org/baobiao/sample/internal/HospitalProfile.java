package org.baobiao.sample.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the simulation knows about one seed hospital: identity, export style, workload,
 * service levels, vendor engineers, maintained systems and the duties its activity log records.
 */
public final class HospitalProfile {

  private final int index;
  private final String orgCode;
  private final String landline;
  private final List<String> engineers;
  private final ExportStyle export;
  private final Workload workload;
  private final ServiceLevel service;
  private final List<MaintainedSystem> systems;
  private final ActivityPlan activities;
  private final Weighted<MaintainedSystem> anySystem;
  private final Weighted<MaintainedSystem> criticalSystem;
  private final Weighted<MaintainedSystem> interfaceSystem;

  /**
   * Builds a profile.
   *
   * @param index position among the hospitals (0 = first)
   * @param orgCode organisation code
   * @param landline landline pattern, {@code #} standing for a random digit
   * @param engineers vendor engineers, most active first
   * @param export export style
   * @param workload workload
   * @param service service levels
   * @param systems maintained systems in file order
   * @param activities the duties its vendor's activity log records
   */
  public HospitalProfile(
      int index,
      String orgCode,
      String landline,
      List<String> engineers,
      ExportStyle export,
      Workload workload,
      ServiceLevel service,
      List<MaintainedSystem> systems,
      ActivityPlan activities) {
    this.index = index;
    this.orgCode = requireNonNull(orgCode, "orgCode is null");
    this.landline = requireNonNull(landline, "landline is null");
    this.engineers = List.copyOf(engineers);
    this.export = requireNonNull(export, "export is null");
    this.workload = requireNonNull(workload, "workload is null");
    this.service = requireNonNull(service, "service is null");
    this.systems = List.copyOf(systems);
    this.activities = requireNonNull(activities, "activities is null");
    if (this.engineers.isEmpty() || this.systems.isEmpty()) {
      throw new IllegalArgumentException(orgCode + ": needs engineers and systems");
    }
    this.anySystem = Weighted.of(this.systems, MaintainedSystem::weight);
    this.criticalSystem = Weighted.of(this.systems, s -> s.critical() ? s.weight() : 0.0);
    List<MaintainedSystem> interfaces = new ArrayList<>();
    for (MaintainedSystem system : this.systems) {
      if (system.isInterface()) {
        interfaces.add(system);
      }
    }
    this.interfaceSystem =
        interfaces.isEmpty() ? anySystem : Weighted.of(interfaces, MaintainedSystem::weight);
    for (Workload.Inspection inspection : workload.inspections()) {
      if (system(inspection.systemCode()).isEmpty()) {
        throw new IllegalArgumentException(
            orgCode + ": inspection of unknown system " + inspection.systemCode());
      }
    }
  }

  /** Position among the hospitals (0 = first). */
  public int index() {
    return index;
  }

  /** Organisation code. */
  public String orgCode() {
    return orgCode;
  }

  /** Landline pattern, {@code #} standing for a random digit. */
  public String landline() {
    return landline;
  }

  /** Vendor engineers, most active first. */
  public List<String> engineers() {
    return engineers;
  }

  /** Export style. */
  public ExportStyle export() {
    return export;
  }

  /** Workload. */
  public Workload workload() {
    return workload;
  }

  /** Service levels. */
  public ServiceLevel service() {
    return service;
  }

  /** Maintained systems in file order. */
  public List<MaintainedSystem> systems() {
    return systems;
  }

  /** The duties its vendor's activity log records. */
  public ActivityPlan activities() {
    return activities;
  }

  /** Systems weighted by their share of tickets. */
  public Weighted<MaintainedSystem> anySystem() {
    return anySystem;
  }

  /** Systems whose failure can stop the hospital. */
  public Weighted<MaintainedSystem> criticalSystem() {
    return criticalSystem;
  }

  /** Interface systems (all systems when the hospital has none). */
  public Weighted<MaintainedSystem> interfaceSystem() {
    return interfaceSystem;
  }

  /** The system with this code. */
  public Optional<MaintainedSystem> system(String code) {
    return systems.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Every department named by the systems, in order of first appearance. */
  public List<String> departments() {
    List<String> departments = new ArrayList<>();
    for (MaintainedSystem system : systems) {
      for (String department : system.departments()) {
        if (!departments.contains(department)) {
          departments.add(department);
        }
      }
    }
    return departments;
  }
}
