package org.baobiao.jobs.service;

/**
 * A request a service cannot carry out as asked: an unknown report, hospital, layout or source, a
 * value out of range. The message, in Chinese, says what was wrong and what is available; the
 * command line shows it as a usage error (exit code 2), a web console next to the form field.
 */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
