package org.baobiao.etl.extract;

/**
 * The engine cannot extract from this kind of source (the Spark engine reads JDBC sources only): a
 * usage error, raised before anything connects or any batch is begun.
 */
public class UnsupportedSourceException extends ExtractException {
  private static final long serialVersionUID = 1L;

  public UnsupportedSourceException(String message) {
    super(message);
  }
}
