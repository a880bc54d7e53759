package org.baobiao.reports.render.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A sheet's XML compressed while it is written, on a thread of its own, into a file of raw deflate
 * data that the workbook copies into its zip as it is: the sheet is deflated once, on the second
 * core, instead of being written out in full and deflated after the last row (for a million-row
 * sheet: ~90 MB written, read back and deflated in one thread at the end, a third of the time).
 *
 * <p>The data ends with a sync flush, not a final block, so that the part's other XML (the sheet's
 * head and tail around {@code <sheetData>}, known only when the workbook is written) can be
 * deflated before and after it into one entry, with the CRC-32 of the whole entry combined from the
 * three parts' ({@link #combine}).
 */
final class DeflatedSpool extends OutputStream {
  private static final int SIZE = 1 << 16;
  private static final Chunk END = new Chunk(new byte[0], 0);

  /** An empty final block of fixed Huffman codes, and the extra byte zlib's raw inflater needs. */
  private static final byte[] FINAL_BLOCK = {3, 0, 0};

  private final File file;
  private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(4);
  private final Thread thread;
  private byte[] buffer = new byte[SIZE];
  private int n;
  private boolean closed;
  private volatile Throwable failure;
  private long crc;
  private long size;
  private long compressedSize;

  private record Chunk(byte[] bytes, int length) {}

  DeflatedSpool(File file) {
    this.file = file;
    this.thread = new Thread(this::deflate, "deflate " + file.getName());
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void write(int b) throws IOException {
    if (n == SIZE) {
      hand();
    }
    buffer[n++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (n == SIZE) {
        hand();
      }
      int k = Math.min(len, SIZE - n);
      System.arraycopy(b, off, buffer, n, k);
      n += k;
      off += k;
      len -= k;
    }
  }

  private void hand() throws IOException {
    put(new Chunk(buffer, n));
    buffer = new byte[SIZE];
    n = 0;
  }

  private void put(Chunk chunk) throws IOException {
    try {
      while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        failed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("压缩工作表时被中断: " + file);
    }
  }

  private void failed() throws IOException {
    Throwable e = failure;
    if (e != null) {
      throw new IOException("压缩工作表失败: " + file + ": " + e.getMessage(), e);
    }
  }

  /** The compressing thread: CRC and deflate of each chunk, then a sync flush. */
  private void deflate() {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    CRC32 sum = new CRC32();
    byte[] out = new byte[SIZE];
    long total = 0;
    long compressed = 0;
    try (OutputStream os = new FileOutputStream(file)) {
      while (true) {
        Chunk c = queue.take();
        if (c == END) {
          int k;
          do {
            k = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            os.write(out, 0, k);
            compressed += k;
          } while (k == out.length);
          break;
        }
        sum.update(c.bytes(), 0, c.length());
        total += c.length();
        deflater.setInput(c.bytes(), 0, c.length());
        while (!deflater.needsInput()) {
          int k = deflater.deflate(out);
          os.write(out, 0, k);
          compressed += k;
        }
      }
      crc = sum.getValue();
      size = total;
      compressedSize = compressed;
    } catch (Throwable e) {
      failure = e;
      queue.clear();
    } finally {
      deflater.end();
    }
  }

  /** Does nothing: the data is complete when the spool is closed. */
  @Override
  public void flush() {}

  /** Hands over the last bytes and waits until they are compressed. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (n > 0) {
        hand();
      }
      put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("压缩工作表时被中断: " + file);
    } finally {
      buffer = null;
    }
    failed();
  }

  /** The XML written, decompressed (for readers of the sheet's data other than the workbook). */
  InputStream inflated() throws IOException {
    Inflater inflater = new Inflater(true);
    InputStream raw =
        new SequenceInputStream(
            new FileInputStream(file), new ByteArrayInputStream(FINAL_BLOCK.clone()));
    return new InflaterInputStream(raw, inflater, SIZE) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inflater.end();
        }
      }
    };
  }

  /**
   * Writes the zip entry {@code name}: {@code head}, the spooled XML, then {@code tail}, as one
   * deflated entry, the spooled part copied as it was compressed. The spool must be closed.
   */
  void writeEntry(ZipArchiveOutputStream zip, String name, long time, byte[] head, byte[] tail)
      throws IOException {
    if (!closed) {
      throw new IllegalStateException("spool not closed: " + file);
    }
    byte[] rawHead = deflate(head, false);
    byte[] rawTail = deflate(tail, true);
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setSize(head.length + size + tail.length);
    entry.setCompressedSize(rawHead.length + compressedSize + rawTail.length);
    entry.setCrc(combine(combine(crc(head), crc, size), crc(tail), tail.length));
    if (time >= 0) {
      entry.setTime(time);
    }
    try (InputStream data =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(rawHead),
                    new FileInputStream(file),
                    new ByteArrayInputStream(rawTail))))) {
      zip.addRawArchiveEntry(entry, data);
    }
  }

  /** {@code bytes} as raw deflate data, ending with a final block when {@code last}. */
  static byte[] deflate(byte[] bytes, boolean last) {
    Deflater d = new Deflater(Deflater.BEST_SPEED, true);
    try {
      d.setInput(bytes);
      if (last) {
        d.finish();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
      byte[] buf = new byte[8192];
      if (last) {
        while (!d.finished()) {
          out.write(buf, 0, d.deflate(buf));
        }
      } else {
        int k;
        do {
          k = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
          out.write(buf, 0, k);
        } while (k == buf.length || !d.needsInput());
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return c.getValue();
  }

  /**
   * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of
   * the second (zlib's {@code crc32_combine}: appending {@code length2} zero bits is a linear map,
   * applied by repeated squaring of its matrix over GF(2)).
   */
  static long combine(long crc1, long crc2, long length2) {
    if (length2 <= 0) {
      return crc1;
    }
    long[] even = new long[32];
    long[] odd = new long[32];
    odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
    long row = 1;
    for (int i = 1; i < 32; i++) {
      odd[i] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long len = length2;
    do {
      square(even, odd); // the first pass: one zero byte
      if ((len & 1) != 0) {
        crc1 = times(even, crc1);
      }
      len >>= 1;
      if (len == 0) {
        break;
      }
      square(odd, even);
      if ((len & 1) != 0) {
        crc1 = times(odd, crc1);
      }
      len >>= 1;
    } while (len != 0);
    return crc1 ^ crc2;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] result, long[] matrix) {
    for (int i = 0; i < 32; i++) {
      result[i] = times(matrix, matrix[i]);
    }
  }
}
