package org.baobiao.sample.internal.interfaces;

import static java.util.Objects.requireNonNull;

/**
 * An error a target or the interface engine answers with.
 *
 * @param code {@code error_code}, at most 32 characters
 * @param message {@code error_message}, in Chinese as the systems write it
 */
public record ErrorText(String code, String message) {

  /** Validates the lengths the loader accepts. */
  public ErrorText {
    requireNonNull(code, "code is null");
    requireNonNull(message, "message is null");
    if (code.isEmpty() || code.length() > 32 || message.isEmpty() || message.length() > 2000) {
      throw new IllegalArgumentException("error code or message empty or too long: " + code);
    }
  }
}
