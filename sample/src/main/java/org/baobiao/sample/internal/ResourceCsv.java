package org.baobiao.sample.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the generator's own data files (UTF-8 CSV with a header, one record per line) from the
 * classpath folder {@code org/baobiao/sample/}.
 */
public final class ResourceCsv {

  private static final String FOLDER = "/org/baobiao/sample/";

  private final String name;
  private final List<String> header;
  private final List<List<String>> rows;

  private ResourceCsv(String name, List<String> header, List<List<String>> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code name} (relative to the sample folder); fails if it is missing or malformed. */
  public static ResourceCsv read(String name) {
    List<String> lines = readLines(name);
    if (lines.isEmpty()) {
      throw new IllegalStateException("resource " + name + " is empty");
    }
    List<String> header = CsvLine.parse(lines.get(0));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      List<String> row = CsvLine.parse(lines.get(i));
      if (row.size() != header.size()) {
        throw new IllegalStateException(
            "resource " + name + " line " + (i + 1) + ": expected " + header.size() + " fields");
      }
      rows.add(List.copyOf(row));
    }
    return new ResourceCsv(name, List.copyOf(header), List.copyOf(rows));
  }

  /** Loads a UTF-8 properties file from the sample folder. */
  public static Properties properties(String name) {
    Properties properties = new Properties();
    try (BufferedReader reader = open(name)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return properties;
  }

  /** The column names. */
  public List<String> header() {
    return header;
  }

  /** The records in file order, each as a column-name lookup. */
  public List<Map<String, String>> records() {
    List<Map<String, String>> records = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      Map<String, String> record = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), row.get(i));
      }
      records.add(record);
    }
    return records;
  }

  /** The raw rows in file order. */
  public List<List<String>> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return name;
  }

  private static List<String> readLines(String name) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = open(name)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return lines;
  }

  private static BufferedReader open(String name) {
    InputStream in = ResourceCsv.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + name);
    }
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }
}
