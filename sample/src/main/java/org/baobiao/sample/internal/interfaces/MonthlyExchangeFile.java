package org.baobiao.sample.internal.interfaces;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.baobiao.sample.DirtyRow;
import org.baobiao.sample.internal.Draws;
import org.baobiao.sample.internal.WorkingCalendar;

/**
 * Writes one hospital's exchange file for one month: the exchanges of all its interfaces merged in
 * the order they were sent, as an interface engine logs them, with the file's dirty companions.
 * Each interface draws from its own random stream seeded by (seed, hospital, interface, month), so
 * a file depends only on those and on the scale, never on other months or hospitals.
 */
final class MonthlyExchangeFile {

  private static final long EXCHANGE_STREAM = 0x65786368L;
  private static final long DIRT_STREAM = 0x69646972L;
  private static final long PROGRESS_EVERY = 1 << 16;

  private final InterfacePlan.Hospital hospital;
  private final FailureTexts failures;
  private final WorkingCalendar calendar;

  MonthlyExchangeFile(
      InterfacePlan.Hospital hospital, FailureTexts failures, WorkingCalendar calendar) {
    this.hospital = hospital;
    this.failures = failures;
    this.calendar = calendar;
  }

  /**
   * What one file holds.
   *
   * @param rows data lines written, dirty ones included
   * @param dirtyRows the dirty lines
   */
  record Written(long rows, List<DirtyRow> dirtyRows) {}

  /**
   * Writes {@code file} with the exchanges sent in {@code month} between {@code from} and {@code
   * to}; {@code rowsWritten} hears of written rows now and then.
   */
  Written write(
      Path file,
      YearMonth month,
      LocalDate from,
      LocalDate to,
      long exportMs,
      long seed,
      int scale,
      LongConsumer rowsWritten)
      throws IOException {
    long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
    LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
    LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
    List<InterfaceSpec> specs = hospital.interfaces();
    InterfaceTraffic[] traffic = new InterfaceTraffic[specs.size()];
    for (InterfaceSpec spec : specs) {
      List<Incident> incidents = new ArrayList<>();
      for (Incident incident : hospital.incidents()) {
        if (incident.interfaceId().equals(spec.id()) && incident.in(month)) {
          incidents.add(incident);
        }
      }
      String key = hospital.orgCode() + "/" + spec.id();
      traffic[spec.index()] =
          new InterfaceTraffic(
              spec,
              incidents,
              failures.forDirection(spec.direction()),
              calendar,
              new Draws(Draws.streamSeed(seed, key, monthIndex, EXCHANGE_STREAM)),
              first,
              last,
              scale,
              to.plusDays(1),
              exportMs);
    }
    ExchangeStyle style = hospital.style();
    ExchangeFormat format = ExchangeFormat.of(style, hospital.orgCode(), specs);
    Draws dirtDraws =
        new Draws(Draws.streamSeed(seed, hospital.orgCode(), monthIndex, DIRT_STREAM));
    int reasons = (style.csv() ? ExchangeDirt.CSV_REASONS : ExchangeDirt.JSON_REASONS).size();
    int firstTurn = (int) ((hospital.index() * 7L + monthIndex * 3L) % reasons);
    try (ByteLineWriter out = ByteLineWriter.open(file, style.bom())) {
      format.header(out);
      long headerLines = out.lines();
      ExchangeDirt dirt = new ExchangeDirt(format, out, dirtDraws, firstTurn);
      boolean[] live = new boolean[traffic.length];
      for (int i = 0; i < traffic.length; i++) {
        live[i] = traffic[i].advance();
      }
      long written = 0;
      while (true) {
        int pick = -1;
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < traffic.length; i++) {
          if (live[i] && traffic[i].current().sentMs < earliest) {
            earliest = traffic[i].current().sentMs;
            pick = i;
          }
        }
        if (pick < 0) {
          break;
        }
        Exchange e = traffic[pick].current();
        format.write(e, out);
        dirt.afterGood(e);
        live[pick] = traffic[pick].advance();
        if (++written % PROGRESS_EVERY == 0) {
          rowsWritten.accept(out.lines() - headerLines);
        }
      }
      dirt.finish();
      long rows = out.lines() - headerLines;
      rowsWritten.accept(rows);
      return new Written(rows, List.copyOf(dirt.dirtyRows()));
    }
  }
}
