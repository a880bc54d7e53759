package org.baobiao.console.store;

import java.time.OffsetDateTime;

/**
 * A console account as stored.
 *
 * @param mustChangePassword whether the password is an initial one (set by an administrator, or the
 *     printed one-time password) that must be replaced before anything else
 */
public record ConsoleUser(
    String username,
    String passwordHash,
    Role role,
    int failedAttempts,
    boolean locked,
    OffsetDateTime createdAt,
    boolean mustChangePassword) {}
