package org.baobiao.sample.internal.interfaces;

import java.time.LocalDate;
import java.util.List;

/**
 * One interface of a seed hospital: its catalog row (written to {@code reference/interfaces.csv})
 * and how its traffic is simulated.
 *
 * @param index position among the hospital's interfaces (0 = first)
 * @param catalog the catalog columns, in {@code docs/formats.md} order, {@code ""} for empty
 * @param orgCode hospital
 * @param id interface id
 * @param direction {@code INTERNAL}, {@code OUTBOUND} or {@code INBOUND}
 * @param activeFrom first day with traffic, or null
 * @param activeTo last day with traffic, or null
 * @param shortCode the interface's part of an exchange id, unique within the hospital
 * @param perYear exchanges a year at scale 1 (before failures' resends and duplicates)
 * @param hours the hours its business events follow
 * @param batchShare share of the exchanges sent in the nightly batch, 0 to 1
 * @param batchFromMinute start of the nightly batch window, minutes after midnight (half hours)
 * @param batchToMinute end of the window (exclusive)
 * @param batchLag days between a batch record's business day and its upload, with weights
 * @param batchRecordsMin fewest business records in one batch message
 * @param batchRecordsMax most business records in one batch message
 * @param messageTypes message types with weights
 * @param keyPrefix prefix of the business keys
 * @param latencyMs median latency of a successful realtime exchange
 * @param latencySigma log-scale spread of the latency
 * @param msPerRecord extra latency per business record of a batch
 * @param payloadBytes median message size of one business record
 * @param failureRate share of exchanges failing outside the planned incidents
 * @param businessTimeShare share of realtime exchanges that carry a business time
 * @param logsReceipt whether the target reports when it received a message
 */
public record InterfaceSpec(
    int index,
    List<String> catalog,
    String orgCode,
    String id,
    String direction,
    LocalDate activeFrom,
    LocalDate activeTo,
    String shortCode,
    int perYear,
    HourProfile hours,
    double batchShare,
    int batchFromMinute,
    int batchToMinute,
    Choice<Integer> batchLag,
    int batchRecordsMin,
    int batchRecordsMax,
    Choice<String> messageTypes,
    String keyPrefix,
    double latencyMs,
    double latencySigma,
    double msPerRecord,
    int payloadBytes,
    double failureRate,
    double businessTimeShare,
    boolean logsReceipt) {

  /** Copies the list. */
  public InterfaceSpec {
    catalog = List.copyOf(catalog);
  }

  /** Whether it is a hospital-internal interface. */
  public boolean internal() {
    return "INTERNAL".equals(direction);
  }

  /** Whether it sends to a platform outside the hospital. */
  public boolean outbound() {
    return "OUTBOUND".equals(direction);
  }

  /** Whether it is active on {@code day}. */
  public boolean activeOn(LocalDate day) {
    return (activeFrom == null || !day.isBefore(activeFrom))
        && (activeTo == null || !day.isAfter(activeTo));
  }
}
