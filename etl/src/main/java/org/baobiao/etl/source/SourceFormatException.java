package org.baobiao.etl.source;

/**
 * A source file cannot be read at all (wrong encoding, missing header column). The message names
 * the file and line and says what was expected, in Chinese, for the person who supplied the file.
 */
public class SourceFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SourceFormatException(String message) {
    super(message);
  }

  public SourceFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
