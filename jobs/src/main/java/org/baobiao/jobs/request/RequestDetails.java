package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.baobiao.jobs.request.catalog.ExtractSpec;

/**
 * A request with its extract's definition and its audit trail, for {@code request show}.
 *
 * @param request the request
 * @param extract the extract it asks for
 * @param events its events, oldest first
 * @param secondApprovalPending whether it waits for a second approver (sensitive fields)
 */
public record RequestDetails(
    ExtractionRequest request,
    ExtractSpec extract,
    List<RequestEvent> events,
    boolean secondApprovalPending) {
  public RequestDetails {
    requireNonNull(request, "request is null");
    requireNonNull(extract, "extract is null");
    events = List.copyOf(events);
  }
}
