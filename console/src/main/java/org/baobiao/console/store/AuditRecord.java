package org.baobiao.console.store;

import java.time.OffsetDateTime;

/** One audited event: who, what, on what, with which outcome, from where. */
public record AuditRecord(
    long id,
    OffsetDateTime at,
    String username,
    String action,
    String target,
    String outcome,
    String detail,
    String remoteAddress) {}
