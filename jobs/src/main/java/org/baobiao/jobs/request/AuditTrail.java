package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The audit trail of extraction requests over a period ({@link RequestAuditService}): every event
 * in the order it was written, and its summary.
 *
 * @param query what was asked
 * @param events the events, in the order they were written ({@code seq})
 * @param byAction how many events per action (新建, 提交, …, 拒绝), in the order actions first occur
 * @param requests how many distinct request numbers the events concern (including refusals of a
 *     number that does not exist and {@code （未编号）})
 * @param refusals how many events are refusals (拒绝)
 * @param downloads how many events are downloads (下载)
 */
public record AuditTrail(
    AuditQuery query,
    List<RequestEvent> events,
    Map<String, Long> byAction,
    long requests,
    long refusals,
    long downloads) {
  public AuditTrail {
    requireNonNull(query, "query is null");
    events = List.copyOf(events);
    byAction = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byAction));
  }
}
