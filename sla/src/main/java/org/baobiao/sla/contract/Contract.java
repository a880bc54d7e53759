package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One maintenance contract's service-level terms, as loaded from its YAML file.
 *
 * @param format the file format version (see {@link ContractLoader#SUPPORTED_FORMATS})
 * @param id the contract id, as {@code contract_id} in {@code contracts.csv}
 * @param version raised whenever the terms change; printed on reports
 * @param orgCode the hospital's organisation code
 * @param title the contract title
 * @param seedDoc the requirement document the terms come from, {@code 000}…{@code 004}
 * @param effectiveFrom first day the terms apply
 * @param effectiveTo last day the terms apply (inclusive)
 * @param workingDayMode how working-day targets are counted
 * @param calendars named calendars, in file order
 * @param clocks clocks measured on ticket events, in file order
 * @param obligations duties over a period, in file order
 * @param dataExtraction the clause by which the contract's services include extracting data on
 *     request (特殊数据提取): a delivered data extraction request of the hospital is then recorded as the
 *     vendor's {@link ActivityType#DATA_EXTRACT} activity; null when the contract does not count it
 */
public record Contract(
    int format,
    String id,
    int version,
    String orgCode,
    String title,
    String seedDoc,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    WorkingDayMode workingDayMode,
    List<CalendarDef> calendars,
    List<ClockDef> clocks,
    List<ObligationDef> obligations,
    Clause dataExtraction) {

  public Contract {
    requireNonNull(id, "id is null");
    requireNonNull(orgCode, "orgCode is null");
    requireNonNull(title, "title is null");
    requireNonNull(seedDoc, "seedDoc is null");
    requireNonNull(effectiveFrom, "effectiveFrom is null");
    requireNonNull(effectiveTo, "effectiveTo is null");
    requireNonNull(workingDayMode, "workingDayMode is null");
    calendars = List.copyOf(requireNonNull(calendars, "calendars is null"));
    clocks = List.copyOf(requireNonNull(clocks, "clocks is null"));
    obligations = List.copyOf(requireNonNull(obligations, "obligations is null"));
    if (effectiveTo.isBefore(effectiveFrom)) {
      throw new IllegalArgumentException(id + ": 生效结束日期早于开始日期");
    }
  }

  /** Whether the contract counts delivered data extraction requests as the vendor's activity. */
  public boolean countsDataExtraction() {
    return dataExtraction != null;
  }

  /** Whether the terms apply on {@code date}. */
  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
  }

  /** The calendar with this id. */
  public Optional<CalendarDef> calendar(String calendarId) {
    return calendars.stream().filter(c -> c.id().equals(calendarId)).findFirst();
  }

  /** The clock with this id. */
  public Optional<ClockDef> clock(String clockId) {
    return clocks.stream().filter(c -> c.id().equals(clockId)).findFirst();
  }

  /** The obligation with this id. */
  public Optional<ObligationDef> obligation(String obligationId) {
    return obligations.stream().filter(o -> o.id().equals(obligationId)).findFirst();
  }

  /** E.g. {@code HT-2025-002 第 3 版}, for report headers. */
  public String label() {
    return id + " 第 " + version + " 版";
  }
}
