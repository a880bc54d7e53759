package org.baobiao.jobs.service;

/**
 * The request is valid but the warehouse holds nothing it could work on (no hospital loaded yet).
 * The message, in Chinese, says what to load first.
 */
public class NoDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoDataException(String message) {
    super(message);
  }
}
