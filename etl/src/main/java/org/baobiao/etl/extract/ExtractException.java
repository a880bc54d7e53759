package org.baobiao.etl.extract;

/**
 * An extraction cannot go on: the source cannot be reached or read. The message names the source
 * and what failed, in Chinese, and never contains credentials. What was committed before stays
 * committed; a rerun continues from the watermark.
 */
public class ExtractException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
