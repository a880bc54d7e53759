package org.baobiao.console.store;

import java.time.OffsetDateTime;

/**
 * A console account as stored.
 *
 * @param mustChangePassword whether the password is an initial one (set by an administrator, or the
 *     printed one-time password) that must be replaced before anything else
 * @param disabled whether an administrator disabled it: it cannot sign in, its tokens do not work
 * @param sessionsSince sessions signed in before this moment end at their next request (set by a
 *     password reset, a role change and disabling); null for none
 */
public record ConsoleUser(
    String username,
    String passwordHash,
    Role role,
    int failedAttempts,
    boolean locked,
    OffsetDateTime createdAt,
    boolean mustChangePassword,
    boolean disabled,
    OffsetDateTime sessionsSince) {}
