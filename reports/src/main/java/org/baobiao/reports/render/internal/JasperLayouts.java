package org.baobiao.reports.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Compiled JasperReports layouts, one per layout file per JVM. Compiling a {@code .jrxml} runs the
 * Java compiler over its expressions and takes about a second; a filled report only needs the
 * compiled form, which is immutable and safe to share between threads.
 */
public final class JasperLayouts {
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  private JasperLayouts() {}

  /** The compiled layout at {@code url}, compiling it on first use. */
  public static JasperReport compiled(URL url) {
    return COMPILED.computeIfAbsent(url.toExternalForm(), key -> compile(url));
  }

  private static JasperReport compile(URL url) {
    try (InputStream in = url.openStream()) {
      return JasperCompileManager.compileReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取版式文件 " + url, e);
    } catch (JRException e) {
      throw new IllegalStateException("版式文件 " + url + " 编译失败: " + e.getMessage(), e);
    }
  }
}
