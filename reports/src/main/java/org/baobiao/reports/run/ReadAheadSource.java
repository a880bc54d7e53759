package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import org.baobiao.reports.run.DatasetStream.RowSink;
import org.baobiao.reports.run.DatasetStream.Source;
import org.baobiao.warehouse.readahead.ReadAheadQueue;

/**
 * A streamed dataset's rows read on a thread of their own, a few batches ahead of the renderer that
 * writes them, so that a large extraction uses both cores: one fetches and types the next rows from
 * the warehouse while the other writes the previous ones (XLSX, CSV). The renderer gets exactly the
 * rows a plain loop would give, in order. Memory stays bounded: at most {@value #DEPTH} batches of
 * {@value #BATCH} rows wait between the threads.
 *
 * <p>A failure of the read (a query error, a column that does not match the spec) is thrown to the
 * renderer when it reaches it, with its own type; a failure of the renderer stops the read, which
 * releases its result set, before it is thrown on ({@link ReadAheadQueue}'s flag, no interrupt).
 *
 * <p>Public for the other streamed writers on the report path (the extraction requests' delivery),
 * which build their {@link DatasetStream}s themselves.
 */
public final class ReadAheadSource implements Source {
  static final int BATCH = 512;
  static final int DEPTH = 4;

  private final Source rows;
  private final String name;

  /**
   * @param rows the rows, read on the new thread; must not need a lock the caller's thread holds
   *     (the warehouse's, inside a transaction): fall back to {@code rows} itself then
   * @param name what the rows are, for the thread's name
   */
  public ReadAheadSource(Source rows, String name) {
    this.rows = requireNonNull(rows, "rows is null");
    this.name = requireNonNull(name, "name is null");
  }

  @Override
  public void forEach(RowSink sink) throws IOException {
    ReadAheadQueue<Object[]> queue = new ReadAheadQueue<>(BATCH, DEPTH);
    Thread reader = new Thread(() -> produce(rows, queue), "read-ahead " + name);
    reader.setDaemon(true);
    reader.start();
    boolean complete = false;
    try {
      Object[] row;
      while ((row = queue.next()) != null) {
        sink.accept(row);
      }
      complete = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("读取数据时被中断");
    } finally {
      if (!complete) {
        // the reader sees the flag at its next row or within 100 ms of waiting; no interrupt
        queue.cancel();
      }
      join(reader);
    }
    rethrow(queue.failure());
  }

  private static void produce(Source rows, ReadAheadQueue<Object[]> queue) {
    try {
      rows.forEach(queue::put);
      queue.end();
    } catch (ReadAheadQueue.Cancelled e) {
      // the caller has stopped taking
    } catch (Throwable e) {
      try {
        queue.fail(e); // thrown to the caller after the rows read before it
      } catch (ReadAheadQueue.Cancelled c) {
        // the caller has stopped taking
      }
    }
  }

  private static void join(Thread reader) throws InterruptedIOException {
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("读取数据时被中断");
    }
  }

  private static void rethrow(Throwable e) throws IOException {
    if (e == null) {
      return;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    throw new IOException(e);
  }
}
