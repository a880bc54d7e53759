package org.baobiao.console.store;

import java.time.OffsetDateTime;

/**
 * A personal access token for machine clients of the API, as stored (by hash; never the token).
 *
 * @param prefix the token's first characters, shown so that its owner can tell tokens apart
 * @param expiresAt when it stops working, or null for never
 */
public record ApiToken(
    long id,
    String username,
    String name,
    String prefix,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt,
    OffsetDateTime lastUsedAt,
    boolean revoked) {

  /** Whether it may be used at this time. */
  public boolean usableAt(OffsetDateTime now) {
    return !revoked && (expiresAt == null || now.isBefore(expiresAt));
  }
}
