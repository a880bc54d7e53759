package org.baobiao.console.store;

import java.time.OffsetDateTime;

/** A console account as stored. */
public record ConsoleUser(
    String username,
    String passwordHash,
    Role role,
    int failedAttempts,
    boolean locked,
    OffsetDateTime createdAt) {}
