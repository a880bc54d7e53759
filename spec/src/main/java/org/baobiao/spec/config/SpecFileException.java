package org.baobiao.spec.config;

/** A specification file that cannot be read at all; the message names the file. */
public final class SpecFileException extends RuntimeException {
  public SpecFileException(String message) {
    super(message);
  }
}
