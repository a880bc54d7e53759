package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

/**
 * A duty of the vendor over a period (inspections, backups, releases, visits, reports, limits),
 * checked against activities and tickets rather than measured on one ticket's events.
 *
 * @param id unique within the contract, e.g. {@code quarterly_inspection}
 * @param name Chinese name shown on reports
 * @param clause the seed clause this obligation encodes
 * @param terms the kind and its parameters
 */
public record ObligationDef(String id, String name, Clause clause, ObligationTerms terms) {

  public ObligationDef {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(clause, "clause is null");
    requireNonNull(terms, "terms is null");
  }

  /** The kind as spelled in the file, e.g. {@code periodic_activity}. */
  public String kind() {
    return terms.kind();
  }
}
