package org.baobiao.warehouse.error;

/** A warehouse operation failed; the message says what and where, for a statistician. */
public class WarehouseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WarehouseException(String message, Throwable cause) {
    super(message, cause);
  }

  public WarehouseException(String message) {
    super(message);
  }
}
