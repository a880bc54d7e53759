package org.baobiao.sample.internal.mch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * One MCH hospital's sample files of some kinds (one CSV per kind, UTF-8, LF, named {@code
 * <kind>_<hospital>.csv}), written month by month over whole MCH statistical years: from the first
 * 1 October on or before the sample's start, so that the first statistical year is whole, to its
 * end. Each month draws from its own random stream seeded by (seed, hospital, month), so a month's
 * records do not depend on the months before; the first month also gets the planted lines a load
 * must reject. A subclass writes one month's records and the planted lines.
 */
public abstract class StatisticalYearFiles implements AutoCloseable {
  /** What was written. */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /** The hospital's organisation code, the files' first column. */
  protected final String orgCode;

  /** The planted lines, as they are written. */
  protected final List<DirtyRow> dirty = new ArrayList<>();

  private final Path dir;
  private final int perMonth;
  private final long seedFactor;
  private final long hospitalFactor;
  private final int dirtDay;
  private final Map<String, CsvWriter> out = new LinkedHashMap<>();
  private long rows;

  /**
   * @param dir the hospital's folder
   * @param perMonth records started a month at scale 1 (couples, mothers)
   * @param seedFactor, hospitalFactor how a month's stream is seeded: {@code seed × seedFactor +
   *     hash(hospital) × hospitalFactor + hash(month)} (each kind of records its own)
   * @param dirtDay the day of the first month the planted lines are dated
   */
  protected StatisticalYearFiles(
      Path dir, String orgCode, int perMonth, long seedFactor, long hospitalFactor, int dirtDay)
      throws IOException {
    this.dir = dir;
    this.orgCode = orgCode;
    this.perMonth = perMonth;
    this.seedFactor = seedFactor;
    this.hospitalFactor = hospitalFactor;
    this.dirtDay = dirtDay;
    Files.createDirectories(dir);
  }

  /** Opens the file of a kind and writes its header line. */
  protected final void header(String kind, String... columns) throws IOException {
    CsvWriter w =
        CsvWriter.open(
            dir.resolve(kind + "_" + orgCode + ".csv"),
            StandardCharsets.UTF_8,
            Bom.WITHOUT,
            LineEnd.LF,
            Cells.VERBATIM);
    w.writeRow(columns);
    out.put(kind, w);
  }

  /** Writes a record of a kind; returns its line number in the file. */
  protected final long writeRow(String kind, String... cells) throws IOException {
    rows++;
    return out.get(kind).writeRow(cells);
  }

  /** The file of a kind. */
  protected final Path file(String kind) {
    return out.get(kind).file();
  }

  /**
   * Writes the records from the first 1 October on or before {@code from} to {@code to}; nothing
   * dated after {@code to} is written.
   */
  public final Written write(LocalDate from, LocalDate to, long seed, int scale)
      throws IOException {
    LocalDate start =
        LocalDate.of(from.getMonthValue() >= 10 ? from.getYear() : from.getYear() - 1, 10, 1);
    boolean first = true;
    for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      SplittableRandom r =
          new SplittableRandom(
              seed * seedFactor + orgCode.hashCode() * hospitalFactor + m.hashCode());
      month(m, to, r, perMonth * scale);
      if (first) {
        plantDirt(m.atDay(dirtDay));
        first = false;
      }
    }
    List<Path> files = new ArrayList<>();
    for (CsvWriter w : out.values()) {
      w.close();
      files.add(w.file());
    }
    return new Written(files, rows, dirty);
  }

  /** Writes one month's records, {@code count} of them started in it, none after {@code to}. */
  protected abstract void month(YearMonth m, LocalDate to, SplittableRandom r, int count)
      throws IOException;

  /**
   * Writes the lines a load must reject, dated {@code day}, and records them in {@link #dirty}; and
   * a few lines that load but break the MCH quality rules, for mch qc to find.
   */
  protected abstract void plantDirt(LocalDate day) throws IOException;

  @Override
  public void close() throws IOException {
    for (CsvWriter w : out.values()) {
      w.close();
    }
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /** A valid 18-character ID number of someone aged 22–38 at {@code on}, born in the district. */
  protected static String idNumber(
      SplittableRandom r, String district, boolean female, LocalDate on) {
    LocalDate born = on.minusYears(22 + r.nextInt(17)).minusDays(r.nextInt(365));
    int seq = r.nextInt(500) * 2 + (female ? 0 : 1);
    String body =
        district + born.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", seq);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }
}
