package org.baobiao.sample.internal.interfaces;

/**
 * The failure causes of {@code docs/formats.md} ({@code error_cause}), as the generator uses them.
 */
public enum ErrorCause {
  NETWORK,
  CODE_MAPPING,
  VALIDATION,
  TIMEOUT,
  TARGET_DOWN,
  AUTH,
  OTHER;

  /** Whether the sender got no answer at all, so the exchange has no {@code acked_at}. */
  public boolean unanswered() {
    return this == NETWORK || this == TIMEOUT;
  }
}
