package org.baobiao.etl.source;

import java.io.Closeable;
import java.io.IOException;
import org.baobiao.warehouse.readahead.ReadAheadQueue;

/**
 * Reads a file's records and converts them (parses, validates, maps) on a thread of its own, a few
 * batches ahead of the caller, so that a load uses both cores: one parses and validates the next
 * records while the other stages the previous ones. The caller gets exactly what a plain loop would
 * give, in order: the conversion of every record and of every malformed record, then null at the
 * end; a failure that stops the read (an I/O error, bytes invalid in the encoding) is thrown when
 * the caller reaches it, and again on every later call. {@link #taken()} counts what the caller has
 * taken, so a restart resumes after the last item handed over, never after one merely read ahead.
 * Closing before the end stops the reading thread by {@link ReadAheadQueue}'s flag, without an
 * interrupt.
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
  private static final int DEPTH = 8;

  private final RecordReader source;
  private final Converter<T> converter;
  private final ReadAheadQueue<T> queue = new ReadAheadQueue<>(BATCH, DEPTH);
  private final Thread thread;
  private long taken;

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
      while (true) {
        T item;
        try {
          SourceRecord r = source.next();
          if (r == null) {
            break;
          }
          item = converter.record(r);
        } catch (MalformedRecordException e) {
          item = converter.malformed(e);
        }
        queue.put(item);
      }
      queue.end();
    } catch (ReadAheadQueue.Cancelled e) {
      // closed before the end: nobody takes any more
    } catch (Throwable e) {
      // Whatever stops the read (an I/O error, a bug, a stack overflow, running out of memory)
      // must reach the caller, who otherwise waits for the next item for ever.
      try {
        queue.fail(e);
      } catch (ReadAheadQueue.Cancelled c) {
        // closed meanwhile
      }
    }
  }

  /** The next item, or null at the end. */
  public T next() throws IOException {
    T item;
    try {
      item = queue.next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("读取被中断: " + source.fileName(), e);
    }
    if (item == null) {
      // stays at the end, or at the failure: every later call returns null or throws it too
      Throwable f = queue.failure();
      if (f instanceof IOException io) {
        throw io;
      }
      if (f instanceof RuntimeException r) {
        throw r;
      }
      if (f instanceof Error e) {
        throw e;
      }
      if (f != null) {
        throw new IOException(source.fileName() + ": 读取失败: " + f, f);
      }
      return null;
    }
    taken++;
    return item;
  }

  /** Items handed over so far, counting those the reader had skipped before: the restart point. */
  public long taken() {
    return taken;
  }

  @Override
  public void close() throws IOException {
    queue.cancel();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
