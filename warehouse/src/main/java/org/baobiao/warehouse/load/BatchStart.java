package org.baobiao.warehouse.load;

/**
 * The outcome of asking to start a batch for a file.
 *
 * @param batch the batch: new, resumed, or the one that already loaded this content
 * @param kind what happened
 */
public record BatchStart(LoadBatch batch, Kind kind) {

  /** What {@link BatchRegistry#begin} found. */
  public enum Kind {
    /** No batch had this content: a new batch was created. */
    NEW,
    /** A batch with this content was running or failed: it is resumed with the same id. */
    RESUMED,
    /** This content is already loaded: nothing to do. */
    ALREADY_LOADED
  }
}
