package org.baobiao.etl.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file's records and converts them (parses, validates, maps) on a thread of its own, a few
 * batches ahead of the caller, so that a load uses both cores: one parses and validates the next
 * records while the other stages the previous ones. The caller gets exactly what a plain loop would
 * give, in order: the conversion of every record and of every malformed record, then null at the
 * end; a failure that stops the read (an I/O error, bytes invalid in the encoding) is thrown when
 * the caller reaches it, and again on every later call. {@link #taken()} counts what the caller has
 * taken, so a restart resumes after the last item handed over, never after one merely read ahead.
 *
 * @param <T> what a record becomes
 */
public final class ReadAhead<T> implements Closeable {
  /** What records become; called on the read-ahead thread, so it must not share mutable state. */
  public interface Converter<T> {
    /** A well-formed record. */
    T record(SourceRecord record);

    /** A record that is not valid in the file's layout. */
    T malformed(MalformedRecordException e);
  }

  private static final int BATCH = 1024;
  private static final Object END = new Object();

  private final RecordReader source;
  private final Converter<T> converter;
  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
  private final Thread thread;
  private Object[] batch;
  private int at;
  private long taken;
  private volatile boolean closed;

  /**
   * Starts reading ahead from {@code source}, positioned at the first record to hand over (its
   * header read, earlier records skipped).
   */
  public ReadAhead(RecordReader source, Converter<T> converter) {
    this.source = source;
    this.converter = converter;
    this.taken = source.recordsRead();
    this.thread = new Thread(this::produce, "read-ahead " + source.fileName());
    thread.setDaemon(true);
    thread.start();
  }

  private void produce() {
    try {
      boolean done = false;
      while (!done && !closed) {
        Object[] items = new Object[BATCH];
        int n = 0;
        while (n < BATCH && !done) {
          Object item;
          try {
            SourceRecord r = source.next();
            item = r == null ? END : converter.record(r);
          } catch (MalformedRecordException e) {
            item = converter.malformed(e);
          } catch (IOException e) {
            item = new Failure(new UncheckedIOException(e));
          } catch (RuntimeException e) {
            item = new Failure(e);
          }
          items[n++] = item;
          done = item == END || item instanceof Failure;
        }
        queue.put(n == BATCH ? items : Arrays.copyOf(items, n));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A failure that stops the read, carried to the caller. */
  private record Failure(RuntimeException error) {}

  /** The next item, or null at the end. */
  @SuppressWarnings("unchecked")
  public T next() throws IOException {
    if (batch == null || at == batch.length) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("读取被中断: " + source.fileName(), e);
      }
      at = 0;
    }
    Object item = batch[at];
    if (item == END) {
      return null; // stays at the end: every later call returns null too
    }
    if (item instanceof Failure f) {
      // stays at the failure: every later call throws it too
      if (f.error() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw f.error();
    }
    at++;
    taken++;
    return (T) item;
  }

  /** Items handed over so far, counting those the reader had skipped before: the restart point. */
  public long taken() {
    return taken;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    thread.interrupt();
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
