package org.baobiao.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A bare HTTP/1.1 client for {@code GET}s over one kept-alive socket, with a session cookie: the
 * load generator of the {@code serve} scenario. The client runs on the same two cores as the server
 * it measures, so whatever CPU it takes is taken from the server and shows up as the server's
 * latency. The JDK's {@code HttpClient}, one per signed-in user, brings a selector thread per
 * client, futures and a decoded {@code String} body per answer; this one writes the request bytes
 * and reads the answer into a reused buffer, as {@code wrk} does. The scenario prints the CPU each
 * side used per request.
 *
 * <p>It understands what Tomcat sends: a {@code Content-Length} body or a chunked one, and {@code
 * Connection: close} (Tomcat closes a kept-alive connection after 100 requests), after which the
 * next request opens a new connection. A request that finds its kept-alive connection closed by the
 * server before any answer is sent again once on a new one.
 */
final class KeepAliveClient implements Closeable {
  private final String host;
  private final int port;
  private final byte[] headers;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /**
   * @param cookie the {@code Cookie} header's value (e.g. {@code JSESSIONID=…}), or null
   */
  KeepAliveClient(String host, int port, String cookie) {
    this.host = host;
    this.port = port;
    this.headers =
        ("Host: "
                + host
                + ":"
                + port
                + "\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + "Accept: text/html\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An answer: its status and its body, decoded as ISO-8859-1 (enough to look for ASCII marks). */
  record Answer(int status, String body) {}

  /** Sends {@code GET path} (absolute, starting with {@code /}) and reads the whole answer. */
  Answer get(String path) throws IOException {
    byte[] line = ("GET " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1);
    boolean fresh = socket == null;
    try {
      return exchange(line);
    } catch (StaleConnection e) {
      close();
      if (fresh) {
        throw new IOException("服务器未应答就关闭了新连接: " + host + ":" + port, e);
      }
      return exchange(line);
    }
  }

  private Answer exchange(byte[] line) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      socket.setSoTimeout(120_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
    try {
      out.write(line);
      out.write(headers);
      out.flush();
    } catch (IOException e) {
      throw new StaleConnection(e);
    }
    String status = readLine(true);
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("不是 HTTP/1.1 应答: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = readLine(false); !h.isEmpty(); h = readLine(false)) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> closes = value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    body.reset();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size);
        readLine(false);
      }
      // trailers up to the empty line
      while (!readLine(false).isEmpty()) {}
    } else if (length >= 0) {
      copy(length);
    } else {
      closes = true;
      in.transferTo(body);
    }
    if (closes) {
      close();
    }
    return new Answer(code, body.toString(StandardCharsets.ISO_8859_1));
  }

  private long chunkSize() throws IOException {
    String s = readLine(false);
    int semi = s.indexOf(';');
    return Long.parseLong((semi < 0 ? s : s.substring(0, semi)).trim(), 16);
  }

  private void copy(long n) throws IOException {
    byte[] buffer = new byte[8192];
    while (n > 0) {
      int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
      if (r < 0) {
        throw new EOFException("应答在正文中途结束");
      }
      body.write(buffer, 0, r);
      n -= r;
    }
  }

  /**
   * One header line without its CRLF.
   *
   * @param first the status line: an end of stream before any byte means the server had closed the
   *     kept-alive connection ({@link StaleConnection})
   */
  private String readLine(boolean first) throws IOException {
    StringBuilder s = new StringBuilder(64);
    while (true) {
      int c;
      try {
        c = in.read();
      } catch (IOException e) {
        if (first && s.isEmpty()) {
          throw new StaleConnection(e);
        }
        throw e;
      }
      if (c < 0) {
        if (first && s.isEmpty()) {
          throw new StaleConnection(new EOFException("连接已关闭"));
        }
        throw new EOFException("应答在头部中途结束");
      }
      if (c == '\n') {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\r') {
          s.setLength(end - 1);
        }
        return s.toString();
      }
      s.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a socket the server may have closed already
      }
    }
    socket = null;
    in = null;
    out = null;
  }

  /** The kept-alive connection was closed by the server before it answered. */
  private static final class StaleConnection extends IOException {
    StaleConnection(Throwable cause) {
      super(cause);
    }
  }
}
