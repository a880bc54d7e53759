package org.baobiao.etl.sample;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.baobiao.etl.sample.internal.Activity;
import org.baobiao.etl.sample.internal.ActivityFiles;
import org.baobiao.etl.sample.internal.ActivityPlan;
import org.baobiao.etl.sample.internal.ActivitySimulator;
import org.baobiao.etl.sample.internal.HospitalProfile;
import org.baobiao.etl.sample.internal.MaintainedSystem;
import org.baobiao.etl.sample.internal.MonthlyTicketFile;
import org.baobiao.etl.sample.internal.ReferenceFiles;
import org.baobiao.etl.sample.internal.ReportClock;
import org.baobiao.etl.sample.internal.SampleCatalog;
import org.baobiao.etl.sample.internal.StaffRoster;
import org.baobiao.etl.sample.internal.TicketDigest;
import org.baobiao.etl.sample.internal.TicketSimulator;

/**
 * Writes the sample data of {@code ./baobiao generate}, as described under “Sample data” in {@code
 * docs/formats.md}:
 *
 * <pre>
 * DIR/reference/hospitals.csv, contracts.csv, systems.csv
 * DIR/tickets/&lt;org_code&gt;/ticket_events_&lt;org_code&gt;_&lt;yyyy-MM&gt;.csv
 * DIR/activities/&lt;org_code&gt;/activities_&lt;org_code&gt;_&lt;yyyy&gt;.csv
 * </pre>
 *
 * <p>Output is a pure function of the {@link SampleOptions}: each hospital-month file draws from
 * its own random stream seeded by (seed, hospital, month), nothing depends on the clock, locale,
 * default charset or time zone, and tickets are written as they are simulated, so memory stays flat
 * at any scale. A hospital's activity log follows the duties of its profile; the few duties that
 * answer tickets (severe faults, change requests, quiet departments) read a small digest of its
 * tickets kept while they are written.
 */
public final class SampleDataGenerator {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
  private static final long PROGRESS_EVERY = 10_000;

  private final SampleOptions options;

  /** A generator for {@code options}. */
  public SampleDataGenerator(SampleOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /**
   * Writes all files under {@code outDir} (created if needed; existing files of the same names are
   * replaced).
   *
   * @param outDir output folder
   * @param listener progress receiver, see {@link ProgressListener}
   * @return the files written and what they hold
   * @throws IOException if a file cannot be written
   */
  public GeneratedFiles generate(Path outDir, ProgressListener listener) throws IOException {
    requireNonNull(outDir, "outDir is null");
    requireNonNull(listener, "listener is null");
    SampleCatalog catalog = SampleCatalog.load();
    Path referenceDir = Files.createDirectories(outDir.resolve("reference"));
    ReferenceFiles.Written reference = new ReferenceFiles(catalog).write(referenceDir);
    listener.progress("reference", reference.rows());
    List<DirtyRow> dirty = new ArrayList<>(reference.dirtyRows());
    List<Path> ticketFiles = new ArrayList<>();
    ReportClock clock = new ReportClock(catalog.holidays());
    List<Path> activityFiles = new ArrayList<>();
    long tickets = 0;
    long activityRows = 0;
    long[] rows = {0};
    for (HospitalProfile profile : catalog.profiles()) {
      ActivityPlan plan = profile.activities();
      TicketDigest digest =
          new TicketDigest(
              plan.needsContacts(), plan.needsSevereTickets() ? 1 : 0, plan.needsChangeTickets());
      MonthlyTicketFile monthly = monthlyFile(catalog, clock, profile, digest);
      Path dir = Files.createDirectories(outDir.resolve("tickets").resolve(profile.orgCode()));
      for (YearMonth month = YearMonth.from(options.from());
          !month.isAfter(YearMonth.from(options.to()));
          month = month.plusMonths(1)) {
        String stage = "tickets " + profile.orgCode() + " " + MONTH.format(month);
        Path file =
            dir.resolve("ticket_events_" + profile.orgCode() + "_" + MONTH.format(month) + ".csv");
        long rowsBefore = rows[0];
        MonthlyTicketFile.Written written =
            monthly.write(
                file,
                month,
                options.from(),
                options.to(),
                options.seed(),
                options.scale(),
                added -> {
                  long before = rows[0];
                  rows[0] += added;
                  if (before / PROGRESS_EVERY != rows[0] / PROGRESS_EVERY) {
                    listener.progress(stage, rows[0]);
                  }
                });
        rows[0] = rowsBefore + written.rows(); // the events simulated, plus or minus the dirt
        ticketFiles.add(file);
        tickets += written.tickets();
        dirty.addAll(written.dirtyRows());
      }
      ActivityFiles.Written activities = writeActivities(catalog, profile, digest, outDir);
      activityFiles.addAll(activities.files());
      dirty.addAll(activities.dirtyRows());
      activityRows += activities.rows();
      listener.progress("activities " + profile.orgCode(), activityRows);
    }
    long eventRows = rows[0];
    listener.progress("done", eventRows);
    return new GeneratedFiles(
        reference.files(), ticketFiles, tickets, eventRows, dirty, activityFiles, activityRows);
  }

  private ActivityFiles.Written writeActivities(
      SampleCatalog catalog, HospitalProfile profile, TicketDigest digest, Path outDir)
      throws IOException {
    List<Activity> activities =
        new ActivitySimulator(profile, catalog.holidays(), options.exportedAt())
            .simulate(options.from(), options.to(), digest, options.seed());
    Path dir = Files.createDirectories(outDir.resolve("activities").resolve(profile.orgCode()));
    return new ActivityFiles(profile)
        .write(dir, activities, options.from().getYear(), options.to().getYear());
  }

  private MonthlyTicketFile monthlyFile(
      SampleCatalog catalog, ReportClock clock, HospitalProfile profile, TicketDigest digest) {
    List<String> foreign = new ArrayList<>();
    for (HospitalProfile other : catalog.profiles()) {
      if (other != profile) {
        for (MaintainedSystem system : other.systems()) {
          if (profile.system(system.code()).isEmpty()) {
            foreign.add(system.code());
          }
        }
      }
    }
    StaffRoster staff = StaffRoster.generate(profile, options.seed());
    TicketSimulator simulator =
        new TicketSimulator(
            profile, catalog.holidays(), catalog.notes(), staff, options.exportedAt());
    return new MonthlyTicketFile(profile, simulator, clock, catalog.holidays(), foreign, digest);
  }
}
