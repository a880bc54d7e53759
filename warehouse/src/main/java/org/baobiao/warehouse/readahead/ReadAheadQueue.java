package org.baobiao.warehouse.readahead;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The hand-over between a thread that reads ahead (a file's records, a query's rows) and the thread
 * that consumes them: items go in batches of a fixed size and at most {@code depth} batches wait,
 * so memory stays bounded; the consumer gets every item in order, then the end or the failure that
 * stopped the read.
 *
 * <p>One stop policy: a consumer that stops early calls {@link #cancel()}; the reader sees the flag
 * at its next {@link #put} (or within 100 ms of waiting for room) and unwinds with {@link
 * Cancelled}. The reader is never interrupted: it may be inside a driver's or a file channel's I/O,
 * which an interrupt breaks (NIO channels close).
 *
 * @param <T> the items
 */
public final class ReadAheadQueue<T> {
  private static final Object[] END = new Object[0];
  private static final long WAIT_MILLIS = 100;

  private final int batchSize;
  private final BlockingQueue<Object[]> queue;
  private volatile boolean cancelled;
  private volatile Throwable failure;

  // the reader's side
  private Object[] filling;
  private int filled;

  // the consumer's side
  private Object[] current;
  private int at;
  private boolean ended;

  /**
   * @param batchSize items per batch handed over
   * @param depth batches that may wait between the threads
   */
  public ReadAheadQueue(int batchSize, int depth) {
    if (batchSize < 1 || depth < 1) {
      throw new IllegalArgumentException("batch size and depth must be positive");
    }
    this.batchSize = batchSize;
    this.queue = new ArrayBlockingQueue<>(depth);
    this.filling = new Object[batchSize];
  }

  /**
   * The reader hands over one item.
   *
   * @throws Cancelled when the consumer has stopped: the reader unwinds and ends
   */
  public void put(T item) {
    if (cancelled) {
      throw new Cancelled();
    }
    filling[filled++] = item;
    if (filled == batchSize) {
      offer(filling);
      filling = new Object[batchSize];
      filled = 0;
    }
  }

  /** The reader has handed over every item. */
  public void end() {
    flush();
    offer(END);
  }

  /** The read failed after the items handed over so far; the consumer gets it after them. */
  public void fail(Throwable error) {
    failure = error;
    end();
  }

  private void flush() {
    if (filled > 0) {
      offer(Arrays.copyOf(filling, filled));
      filled = 0;
    }
  }

  private void offer(Object[] batch) {
    try {
      while (!queue.offer(batch, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        if (cancelled) {
          throw new Cancelled();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  /**
   * The consumer takes the next item: null once the items have ended, for good; then {@link
   * #failure()} says whether the read failed.
   */
  @SuppressWarnings("unchecked")
  public T next() throws InterruptedException {
    if (ended) {
      return null;
    }
    if (current == null || at == current.length) {
      current = queue.take();
      at = 0;
      if (current == END) {
        ended = true;
        return null;
      }
    }
    return (T) current[at++];
  }

  /** What stopped the read, or null when it ended normally (or has not ended yet). */
  public Throwable failure() {
    return failure;
  }

  /** The consumer stops taking: the reader ends at its next item. */
  public void cancel() {
    cancelled = true;
  }

  /** Unwinds the reader when the consumer has stopped. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }
}
