package org.baobiao.sample.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * Writes one hospital's ticket event file for one month: the tickets reported that month, each with
 * all its events up to the export, ordered by ticket number then sequence. Tickets are simulated
 * and written one at a time, so memory does not grow with the volume. The content depends only on
 * the run seed, scale, hospital, month and export moment.
 */
public final class MonthlyTicketFile {

  private static final long TICKET_STREAM = 0x7469636BL;
  private static final long DIRT_STREAM = 0x64697274L;

  private final HospitalProfile profile;
  private final TicketSimulator simulator;
  private final ReportClock clock;
  private final WorkingCalendar calendar;
  private final List<String> foreignSystemCodes;
  private final Consumer<Ticket> onTicket;

  /**
   * A writer for {@code profile}'s monthly files.
   *
   * @param foreignSystemCodes system codes of the other hospitals
   * @param onTicket hears of every ticket written, e.g. a {@link TicketDigest}
   */
  public MonthlyTicketFile(
      HospitalProfile profile,
      TicketSimulator simulator,
      ReportClock clock,
      WorkingCalendar calendar,
      List<String> foreignSystemCodes,
      Consumer<Ticket> onTicket) {
    this.profile = profile;
    this.simulator = simulator;
    this.clock = clock;
    this.calendar = calendar;
    this.foreignSystemCodes = List.copyOf(foreignSystemCodes);
    this.onTicket = onTicket;
  }

  /**
   * What one file holds.
   *
   * @param tickets tickets written
   * @param rows data lines written
   * @param dirtyRows spoiled lines
   */
  public record Written(long tickets, long rows, List<DirtyRow> dirtyRows) {}

  /**
   * Writes {@code file} with the tickets reported in {@code month} between {@code from} and {@code
   * to}; {@code rowsWritten} hears of every ticket's rows.
   */
  public Written write(
      Path file,
      YearMonth month,
      LocalDate from,
      LocalDate to,
      long seed,
      int scale,
      LongConsumer rowsWritten)
      throws IOException {
    long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
    Draws draws = new Draws(Draws.streamSeed(seed, profile.orgCode(), monthIndex, TICKET_STREAM));
    Draws dirtDraws = new Draws(Draws.streamSeed(seed, profile.orgCode(), monthIndex, DIRT_STREAM));
    int firstTurn = (int) ((profile.index() * 7L + monthIndex * 3L) % 10);
    long tickets = 0;
    ExportStyle style = profile.export();
    try (CsvWriter out =
        CsvWriter.open(
            file,
            style.charset(),
            style.bom() ? Bom.WITH : Bom.WITHOUT,
            LineEnd.LF,
            Cells.VERBATIM)) {
      out.writeRow(style.header().toArray(String[]::new));
      DirtInjector dirt = new DirtInjector(out, dirtDraws, firstTurn, foreignSystemCodes);
      LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
      LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        tickets += writeDay(day, scale, draws, dirt, rowsWritten);
      }
      dirt.finish();
      return new Written(tickets, out.lines() - 1, List.copyOf(dirt.dirtyRows()));
    }
  }

  private int writeDay(
      LocalDate day, int scale, Draws draws, DirtInjector dirt, LongConsumer rowsWritten)
      throws IOException {
    double expected =
        clock.expectedTickets(day, (double) profile.workload().ticketsPerYear() * scale);
    int[] seconds = clock.reportSeconds(day, draws.poisson(expected), draws);
    List<Workload.Inspection> inspections = inspectionsOn(day);
    int[] inspectionSeconds = new int[inspections.size()];
    for (int i = 0; i < inspectionSeconds.length; i++) {
      inspectionSeconds[i] = 9 * 3600 + i * 900 + draws.nextInt(900);
    }
    int n = 0;
    int next = 0;
    int nextInspection = 0;
    while (next < seconds.length || nextInspection < inspectionSeconds.length) {
      boolean inspection =
          nextInspection < inspectionSeconds.length
              && (next >= seconds.length || inspectionSeconds[nextInspection] <= seconds[next]);
      int second = inspection ? inspectionSeconds[nextInspection] : seconds[next];
      LocalDateTime reportedAt = day.atStartOfDay().plusSeconds(second);
      String ticketNo = profile.export().ticketNo(day, ++n);
      Ticket ticket;
      if (inspection) {
        String code = inspections.get(nextInspection++).systemCode();
        ticket =
            simulator.inspection(ticketNo, reportedAt, profile.system(code).orElseThrow(), draws);
      } else {
        next++;
        ticket = simulator.simulate(ticketNo, reportedAt, draws);
      }
      writeTicket(ticket, dirt);
      onTicket.accept(ticket);
      rowsWritten.accept(ticket.events().size());
    }
    return n;
  }

  private List<Workload.Inspection> inspectionsOn(LocalDate day) {
    List<Workload.Inspection> due = new ArrayList<>();
    for (Workload.Inspection inspection : profile.workload().inspections()) {
      for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
        if (calendar.workdayOnOrAfter(inspection.day().atYear(year)).equals(day)) {
          due.add(inspection);
        }
      }
    }
    return due;
  }

  private void writeTicket(Ticket ticket, DirtInjector dirt) throws IOException {
    ExportStyle style = profile.export();
    int seq = 0;
    for (PlannedEvent event : ticket.events()) {
      boolean reported = event.type() == EventType.REPORTED;
      boolean attributes = reported || style.repeatAttributes();
      String[] row = {
        profile.orgCode(),
        ticket.ticketNo(),
        Integer.toString(++seq),
        event.type().name(),
        style.timeFormat().format(event.time()),
        attributes ? Integer.toString(ticket.severity()) : "",
        attributes ? ticket.channel().name() : "",
        attributes ? ticket.system().code() : "",
        attributes ? ticket.department() : "",
        attributes ? ticket.category().name() : "",
        reported ? ticket.reporter().name() : "",
        reported ? ticket.reporter().phone() : "",
        event.engineer(),
        event.note()
      };
      dirt.write(row);
    }
  }
}
