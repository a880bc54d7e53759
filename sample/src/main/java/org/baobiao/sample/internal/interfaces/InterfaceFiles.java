package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.baobiao.sample.DirtyRow;
import org.baobiao.sample.internal.WorkingCalendar;

/**
 * Writes the interface exchange logs of every seed hospital, one file per hospital and month:
 * {@code interfaces/<org_code>/interface_exchanges_<org_code>_<yyyy-MM>.jsonl} (or {@code .csv}, as
 * the hospital's style says).
 */
public final class InterfaceFiles {

  private final InterfacePlan plan;
  private final WorkingCalendar calendar;

  /** Files of the hospitals of {@code plan}, on {@code calendar}. */
  public InterfaceFiles(InterfacePlan plan, WorkingCalendar calendar) {
    this.plan = plan;
    this.calendar = calendar;
  }

  /**
   * What was written.
   *
   * @param files the files, by hospital then month
   * @param rows data lines written, dirty ones included
   * @param dirtyRows the dirty lines, in the order written
   */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /**
   * Writes the files of the months from {@code from} to {@code to} under {@code outDir}.
   *
   * @param exportedAt the moment of the export: answers after it are not in the files yet
   * @param progress hears {@code ("interfaces <org> <yyyy-MM>", rows so far)} now and then
   */
  public Written write(
      Path outDir,
      LocalDate from,
      LocalDate to,
      LocalDateTime exportedAt,
      long seed,
      int scale,
      ObjLongConsumer<String> progress)
      throws IOException {
    List<Path> files = new ArrayList<>();
    List<DirtyRow> dirty = new ArrayList<>();
    long rows = 0;
    long exportMs = Millis.of(exportedAt);
    for (InterfacePlan.Hospital hospital : plan.hospitals()) {
      Path dir = Files.createDirectories(outDir.resolve(hospital.orgCode()));
      MonthlyExchangeFile monthly = new MonthlyExchangeFile(hospital, plan.failures(), calendar);
      for (YearMonth month = YearMonth.from(from);
          !month.isAfter(YearMonth.from(to));
          month = month.plusMonths(1)) {
        String stage = "interfaces " + hospital.orgCode() + " " + month;
        Path file = dir.resolve(hospital.style().fileName(hospital.orgCode(), month.toString()));
        long before = rows;
        MonthlyExchangeFile.Written written =
            monthly.write(
                file,
                month,
                from,
                to,
                exportMs,
                seed,
                scale,
                n -> progress.accept(stage, before + n));
        rows += written.rows();
        files.add(file);
        dirty.addAll(written.dirtyRows());
      }
    }
    return new Written(List.copyOf(files), rows, List.copyOf(dirty));
  }
}
