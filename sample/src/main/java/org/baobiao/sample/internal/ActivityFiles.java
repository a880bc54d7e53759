package org.baobiao.sample.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.activities.ActivitiesKind;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * Writes one hospital's activity log as one file per calendar year, {@code
 * activities_<org_code>_<yyyy>.csv}, in the hospital's export style (encoding, byte order mark,
 * header language, timestamp form), with the dirty companions {@link ActivityDirt} plans.
 */
public final class ActivityFiles {

  private static final List<ColumnDef> COLUMNS = new ActivitiesKind().columns();

  private final HospitalProfile profile;

  /** A writer for {@code profile}'s activity files. */
  public ActivityFiles(HospitalProfile profile) {
    this.profile = profile;
  }

  /**
   * What was written.
   *
   * @param files one file per year, in order
   * @param rows data lines written, dirty ones included
   * @param dirtyRows spoiled lines
   */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /**
   * Writes the files of the years {@code fromYear} to {@code toYear} into {@code dir}; a year
   * without activities gets a file with the header only.
   */
  public Written write(Path dir, List<Activity> activities, int fromYear, int toYear)
      throws IOException {
    ExportStyle style = profile.export();
    Map<Integer, ReasonCode> dirt = ActivityDirt.plan(activities.size(), profile.index());
    List<Path> files = new ArrayList<>();
    List<DirtyRow> dirty = new ArrayList<>();
    long rows = 0;
    int next = 0;
    for (int year = fromYear; year <= toYear; year++) {
      Path file = dir.resolve("activities_" + profile.orgCode() + "_" + year + ".csv");
      try (CsvWriter out =
          CsvWriter.open(
              file,
              style.charset(),
              style.bom() ? Bom.WITH : Bom.WITHOUT,
              LineEnd.LF,
              Cells.VERBATIM)) {
        out.writeRow(
            COLUMNS.stream()
                .map(c -> style.chineseHeader() ? c.alias() : c.name())
                .toArray(String[]::new));
        for (; next < activities.size() && activities.get(next).start().getYear() == year; next++) {
          Activity activity = activities.get(next);
          String[] row = row(activity);
          out.writeRow(row);
          ReasonCode reason = dirt.get(next);
          if (reason != null) {
            ActivityDirt.Spoiled spoiled =
                ActivityDirt.spoil(row, activity.start(), style.timeFormat(), reason);
            long line = out.writeRow(spoiled.fields());
            dirty.add(new DirtyRow(file, line, reason, spoiled.field(), spoiled.detail()));
          }
        }
        rows += out.lines() - 1;
      }
      files.add(file);
    }
    if (next < activities.size()) {
      throw new IllegalStateException("activities outside " + fromYear + "–" + toYear);
    }
    return new Written(files, rows, dirty);
  }

  private String[] row(Activity a) {
    ExportStyle style = profile.export();
    return new String[] {
      profile.orgCode(),
      a.id(),
      a.type(),
      style.timeFormat().format(a.start()),
      a.end() == null ? "" : style.timeFormat().format(a.end()),
      a.contractId(),
      a.department(),
      a.engineer(),
      a.personDays() == null ? "" : a.personDays().toPlainString(),
      a.version(),
      a.reportNo(),
      a.ticketNo(),
      a.result(),
      a.note()
    };
  }
}
