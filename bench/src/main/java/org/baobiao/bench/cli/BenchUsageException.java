package org.baobiao.bench.cli;

/**
 * An option of {@code bench} cannot be used (scale out of range, unknown scenario): exit code 2.
 */
final class BenchUsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BenchUsageException(String message) {
    super(message);
  }
}
