package org.baobiao.warehouse.load;

/** The state of a load batch. */
public enum BatchStatus {
  /** Started; staged rows may exist; not yet visible to reports. */
  RUNNING,
  /** Published: its rows are in the warehouse tables. */
  LOADED,
  /** Stopped by an error; a rerun of the same file resumes it. */
  FAILED
}
