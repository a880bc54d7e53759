package org.baobiao.jobs.acceptance.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes generated files depend only on their content and a given time, so that the same data and
 * generation time give the same bytes: PDFs get fixed creation and modification dates, a document
 * id derived from a seed and font-subset prefixes numbered in order (OpenPDF takes the clock, the
 * memory and {@code Math.random()} for these); ZIP containers (XLSX) get fixed entry times.
 */
public final class Reproducible {
  /** OpenPDF's subset prefix: six capitals and a plus sign before the font name. */
  private static final Pattern SUBSET = Pattern.compile("^([A-Z]{6})\\+(.*)$");

  private Reproducible() {}

  /**
   * The PDF with its dates set to {@code time}, its {@code /ID} derived from {@code seed} and its
   * font-subset prefixes replaced by {@code BAOAAA}, {@code BAOAAB}, … in object order.
   */
  public static byte[] pdf(byte[] pdf, ZonedDateTime time, String seed) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      GregorianCalendar calendar = GregorianCalendar.from(time);
      info.setCreationDate(calendar);
      info.setModificationDate(calendar);
      Map<String, String> prefixes = new LinkedHashMap<>();
      for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT)) {
        rename(o, COSName.BASE_FONT, prefixes);
      }
      for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
        rename(o, COSName.FONT_NAME, prefixes);
      }
      byte[] id = Arrays.copyOf(sha256(seed.getBytes(StandardCharsets.UTF_8)), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void rename(COSObject o, COSName key, Map<String, String> prefixes) {
    COSBase base = o.getObject();
    if (!(base instanceof COSDictionary d)) {
      return;
    }
    COSName name = d.getCOSName(key);
    if (name == null) {
      return;
    }
    Matcher m = SUBSET.matcher(name.getName());
    if (m.matches()) {
      String fixed = prefixes.computeIfAbsent(m.group(1), p -> prefix(prefixes.size()));
      d.setItem(key, COSName.getPDFName(fixed + "+" + m.group(2)));
    }
  }

  /** BAOAAA, BAOAAB, … : a valid subset tag (six capitals), different per subset. */
  static String prefix(int n) {
    char[] tail = new char[3];
    int v = n;
    for (int i = 2; i >= 0; i--) {
      tail[i] = (char) ('A' + v % 26);
      v /= 26;
    }
    return "BAO" + new String(tail);
  }

  /**
   * The ZIP container (an XLSX) with the same entries in the same order, every one dated {@code
   * time}.
   */
  public static byte[] zip(byte[] zip, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * The ZIP file (an XLSX written by SXSSF, whose entries' sizes only its central directory gives)
   * as {@link #zip(byte[], LocalDateTime)} makes it: the same entries in the same order, every one
   * dated {@code time}.
   */
  public static byte[] zip(Path zip, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        try (InputStream data = in.getInputStream(e)) {
          data.transferTo(z);
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 不可用", e);
    }
  }
}
