package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.baobiao.reports.run.DatasetStream.RowSink;
import org.baobiao.reports.run.DatasetStream.Source;

/**
 * A streamed dataset's rows read on a thread of their own, a few batches ahead of the renderer that
 * writes them, so that a large extraction uses both cores: one fetches and types the next rows from
 * the warehouse while the other writes the previous ones (XLSX, CSV). The renderer gets exactly the
 * rows a plain loop would give, in order. Memory stays bounded: at most {@value #DEPTH} batches of
 * {@value #BATCH} rows wait between the threads.
 *
 * <p>A failure of the read (a query error, a column that does not match the spec) is thrown to the
 * renderer when it reaches it, with its own type; a failure of the renderer stops the read, which
 * releases its result set, before it is thrown on.
 */
final class ReadAheadSource implements Source {
  static final int BATCH = 512;
  static final int DEPTH = 4;
  private static final Object[] END = new Object[0];

  private final Source rows;
  private final String name;

  /**
   * @param name what the rows are, for the thread's name
   */
  ReadAheadSource(Source rows, String name) {
    this.rows = requireNonNull(rows, "rows is null");
    this.name = requireNonNull(name, "name is null");
  }

  @Override
  public void forEach(RowSink sink) throws IOException {
    Transfer transfer = new Transfer();
    Thread reader = new Thread(() -> transfer.produce(rows), "read-ahead " + name);
    reader.setDaemon(true);
    reader.start();
    boolean complete = false;
    try {
      while (true) {
        Object[] batch = transfer.take();
        if (batch == END) {
          break;
        }
        for (Object row : batch) {
          sink.accept((Object[]) row);
        }
      }
      complete = true;
    } finally {
      if (!complete) {
        // No interrupt: the reader may be inside the driver's I/O, which an interrupt can break
        // (NIO channels close); it sees the flag at its next row or within 100 ms of waiting.
        transfer.cancelled = true;
      }
      join(reader);
    }
    transfer.rethrow();
  }

  private static void join(Thread reader) throws InterruptedIOException {
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("读取数据时被中断");
    }
  }

  /** The batches between the reading thread and the caller, and how the read ended. */
  private static final class Transfer {
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(DEPTH);
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH];
    private int n;

    void produce(Source rows) {
      try {
        rows.forEach(
            row -> {
              if (cancelled) {
                throw new Cancelled();
              }
              batch[n++] = row;
              if (n == BATCH) {
                put(batch);
                batch = new Object[BATCH];
                n = 0;
              }
            });
      } catch (Cancelled e) {
        return;
      } catch (Throwable e) {
        failure = e; // thrown to the caller after the rows read before it
      }
      try {
        if (n > 0) {
          put(Arrays.copyOf(batch, n));
        }
        put(END);
      } catch (Cancelled e) {
        // the caller has stopped taking
      }
    }

    private void put(Object[] items) {
      try {
        while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
          if (cancelled) {
            throw new Cancelled();
          }
        }
      } catch (InterruptedException e) {
        throw new Cancelled();
      }
    }

    Object[] take() throws IOException {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("读取数据时被中断");
      }
    }

    void rethrow() throws IOException {
      Throwable e = failure;
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

  /** Unwinds the reading thread's loop when the caller has stopped. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }
}
