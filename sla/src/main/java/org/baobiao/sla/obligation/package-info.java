/**
 * Contract obligations (duties over a period: inspections, backups, releases, visits, reports,
 * limits and budgets) checked against the vendor's activity log and the hospital's tickets.
 *
 * <p>{@link org.baobiao.sla.obligation.ObligationEvaluator} works on an in-memory {@link
 * org.baobiao.sla.obligation.ObligationInput}, so every rule is tested without a database; {@link
 * org.baobiao.sla.obligation.ObligationReader} loads that input from the warehouse and {@link
 * org.baobiao.sla.obligation.ObligationRows} writes the results to {@code sla_obligations}. The
 * decision rule of each obligation kind is in {@code docs/contracts.md}, section "Evaluation".
 */
package org.baobiao.sla.obligation;
