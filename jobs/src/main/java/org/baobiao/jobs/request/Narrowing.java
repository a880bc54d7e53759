package org.baobiao.jobs.request;

import java.util.List;

/**
 * What an approver narrows when approving; everything null or empty approves the request as asked.
 *
 * @param fields the fields to deliver, a subset of those asked for; empty to keep them
 * @param unmasked the fields to deliver unmasked, a subset of those asked unmasked; null to keep
 *     them, empty to unmask none
 * @param period a period within the one asked for, or null to keep it
 */
public record Narrowing(List<String> fields, List<String> unmasked, String period) {
  public Narrowing {
    fields = fields == null ? List.of() : List.copyOf(fields);
    unmasked = unmasked == null ? null : List.copyOf(unmasked);
  }

  /** Approve as asked. */
  public static Narrowing none() {
    return new Narrowing(List.of(), null, null);
  }
}
