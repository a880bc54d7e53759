package org.baobiao.sla.obligation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ObligationDef;

/** Obligation results as rows of the {@code sla_obligations} table, in its column order. */
public final class ObligationRows {
  private ObligationRows() {}

  /** The rows of one contract's results. */
  public static List<Object[]> of(
      Contract contract, List<ObligationResult> results, LocalDateTime asOf) {
    List<Object[]> rows = new ArrayList<>(results.size());
    for (ObligationResult r : results) {
      ObligationDef def = contract.obligation(r.obligationId()).orElseThrow();
      rows.add(
          new Object[] {
            contract.id(),
            contract.version(),
            contract.orgCode(),
            contract.obligations().indexOf(def) + 1,
            r.obligationId(),
            r.obligationName(),
            def.kind(),
            def.clause().section() + " " + def.clause().text(),
            r.periodStart(),
            r.periodEnd(),
            r.periodLabel(),
            r.status().name(),
            r.required(),
            r.found(),
            r.evidence(),
            r.missing(),
            asOf
          });
    }
    return rows;
  }
}
