package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeflatedSpoolTest {

  @Test
  void combinedCrcIsTheCrcOfTheConcatenation() {
    Random random = new Random(7);
    for (int[] lengths : new int[][] {{0, 0}, {1, 0}, {0, 5}, {3, 1}, {1000, 65_537}, {17, 333}}) {
      byte[] a = new byte[lengths[0]];
      byte[] b = new byte[lengths[1]];
      random.nextBytes(a);
      random.nextBytes(b);
      CRC32 whole = new CRC32();
      whole.update(a);
      whole.update(b);
      assertThat(DeflatedSpool.combine(crc(a), crc(b), b.length))
          .as("lengths %d + %d", a.length, b.length)
          .isEqualTo(whole.getValue());
    }
  }

  @Test
  void spooledBytesInflateBackAcrossManyChunks(@TempDir Path dir) throws Exception {
    byte[] data = new byte[3 * 65_536 + 123];
    Random random = new Random(11);
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26));
    }
    Path file = dir.resolve("sheet.xml");
    DeflatedSpool spool = new DeflatedSpool(file.toFile());
    spool.write(data, 0, 1000);
    spool.write(data[1000]);
    spool.write(data, 1001, data.length - 1001);
    spool.close();
    spool.close();
    assertThat(Files.size(file)).isLessThan(data.length);
    try (InputStream in = spool.inflated()) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
  }

  /**
   * A workbook of several sheets (one of them empty, one with more rows than a spool chunk holds,
   * one with merged cells and a frozen pane, which POI writes around {@code <sheetData>}): every
   * zip entry inflates, with the CRC and size its header states (ZipInputStream checks both), to
   * the same bytes as the entry of POI's own streaming workbook.
   */
  @Test
  void everyEntryIsTheSameXmlAsPoisOwnWorkbook(@TempDir Path dir) throws Exception {
    Map<String, byte[]> ours = checkedEntries(workbook(new FastSxssfWorkbook(10)));
    // POI's own workbook states the sizes in Zip64 records only, which ZipInputStream cannot read
    Path poi = dir.resolve("poi.xlsx");
    Files.write(poi, workbook(new SXSSFWorkbook(10)));
    Map<String, byte[]> pois = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(poi.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          pois.put(e.getName(), in.readAllBytes());
        }
      }
    }
    assertThat(ours.keySet()).containsExactlyElementsOf(pois.keySet());
    for (String name : pois.keySet()) {
      String expected = new String(pois.get(name), java.nio.charset.StandardCharsets.UTF_8);
      String actual = new String(ours.get(name), java.nio.charset.StandardCharsets.UTF_8);
      if (name.startsWith("xl/worksheets/")) {
        // the same rows; POI writes integral numbers with ".0", this workbook without
        expected = expected.replaceAll("<v>(-?[0-9]+)\\.0</v>", "<v>$1</v>");
      }
      // each workbook states when it was created
      String created = "(<dcterms:created[^>]*>)[^<]*";
      assertThat(actual.replaceAll(created, "$1"))
          .as(name)
          .isEqualTo(expected.replaceAll(created, "$1"));
    }
    assertThat(ours.get("xl/worksheets/sheet2.xml").length).isGreaterThan(3 * 65_536);
    try (XSSFWorkbook read =
        new XSSFWorkbook(new ByteArrayInputStream(workbook(new FastSxssfWorkbook(10))))) {
      assertThat(read.getSheetAt(1).getLastRowNum()).isEqualTo(9_999);
      assertThat(read.getSheetAt(1).getRow(9_999).getCell(1).getStringCellValue())
          .isEqualTo("接口 9999");
      assertThat(read.getSheetAt(2).getMergedRegions()).hasSize(1);
      assertThat(read.getSheetAt(0).getPhysicalNumberOfRows()).isZero();
    }
  }

  private static byte[] workbook(SXSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (wb) {
      wb.createSheet("空");
      Sheet big = wb.createSheet("明细");
      for (int r = 0; r < 10_000; r++) {
        Row row = big.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("接口 " + r);
        row.createCell(2).setCellValue(r * 0.25);
      }
      Sheet small = wb.createSheet("汇总");
      small.createRow(0).createCell(0).setCellValue("合计");
      small.getRow(0).createCell(3).setCellValue(12);
      small.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      small.createFreezePane(0, 1);
      wb.write(bytes);
    }
    return bytes.toByteArray();
  }

  /** The entries, each checked against the CRC and size the zip states for it. */
  private static Map<String, byte[]> checkedEntries(byte[] xlsx) throws Exception {
    Map<String, byte[]> result = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        result.put(e.getName(), zip.readAllBytes());
      }
    }
    return result;
  }

  private static long crc(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return c.getValue();
  }
}
