/**
 * Maintenance contracts as data: the service-level terms and periodic duties of each contract, read
 * from one YAML file per contract ({@code org/baobiao/sla/contracts/<contract_id>.yaml}, listed in
 * {@code index.txt}) and validated on load. The format is documented in {@code docs/contracts.md}.
 *
 * <p>A {@link org.baobiao.sla.contract.Contract} holds named calendars ({@link
 * org.baobiao.sla.contract.CalendarDef}), clocks measured on ticket events ({@link
 * org.baobiao.sla.contract.ClockDef}, each with an ordered list of {@link
 * org.baobiao.sla.contract.GoalRule}s, first match wins) and obligations over a period ({@link
 * org.baobiao.sla.contract.ObligationDef}). Entry point: {@link
 * org.baobiao.sla.contract.ContractLoader}.
 */
package org.baobiao.sla.contract;
