package org.baobiao.jobs.cli;

/** A value the user gave cannot be used (unknown report, hospital, engine): exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
