package org.baobiao.warehouse.error;

/**
 * The warehouse is held by another process (DuckDB lets one process open a file for writing, and
 * none read it meanwhile). The caller may wait and try again, or refuse naming the holder.
 */
public class WarehouseBusyException extends WarehouseException {
  private static final long serialVersionUID = 1L;
  private final long pid;

  /**
   * @param pid the process holding the warehouse, or -1 when the store did not say
   */
  public WarehouseBusyException(String message, long pid, Throwable cause) {
    super(message, cause);
    this.pid = pid;
  }

  /** The process holding the warehouse, or -1 when unknown. */
  public long pid() {
    return pid;
  }
}
