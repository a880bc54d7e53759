package org.baobiao.sample;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.baobiao.sample.internal.Activity;
import org.baobiao.sample.internal.ActivityFiles;
import org.baobiao.sample.internal.ActivityPlan;
import org.baobiao.sample.internal.ActivitySimulator;
import org.baobiao.sample.internal.HospitalProfile;
import org.baobiao.sample.internal.MaintainedSystem;
import org.baobiao.sample.internal.MonthlyTicketFile;
import org.baobiao.sample.internal.ReferenceFiles;
import org.baobiao.sample.internal.ReportClock;
import org.baobiao.sample.internal.SampleCatalog;
import org.baobiao.sample.internal.StaffRoster;
import org.baobiao.sample.internal.TicketDigest;
import org.baobiao.sample.internal.TicketSimulator;
import org.baobiao.sample.internal.interfaces.InterfaceFiles;
import org.baobiao.sample.internal.interfaces.InterfacePlan;
import org.baobiao.sample.internal.mch.ChildRecords;
import org.baobiao.sample.internal.mch.MaternalRecords;
import org.baobiao.sample.internal.mch.PremaritalRecords;
import org.baobiao.sample.internal.mch.ThalRecords;
import org.baobiao.sample.internal.medrec.BloodRecords;
import org.baobiao.sample.internal.medrec.FrontPageFiles;

/**
 * Writes the sample data of {@code ./baobiao generate}, as described under “Sample data” in {@code
 * docs/formats.md}:
 *
 * <pre>
 * DIR/reference/hospitals.csv, contracts.csv, systems.csv, interfaces.csv
 * DIR/tickets/&lt;org_code&gt;/ticket_events_&lt;org_code&gt;_&lt;yyyy-MM&gt;.csv
 * DIR/activities/&lt;org_code&gt;/activities_&lt;org_code&gt;_&lt;yyyy&gt;.csv
 * DIR/interfaces/&lt;org_code&gt;/interface_exchanges_&lt;org_code&gt;_&lt;yyyy-MM&gt;.jsonl (or .csv)
 * DIR/medrec/&lt;org_code&gt;/medrec_{front_pages,diagnoses,operations}_&lt;org_code&gt;_&lt;yyyy&gt;Q&lt;n&gt;.csv
 * DIR/blood/&lt;org_code&gt;/blood_&lt;kind&gt;_&lt;org_code&gt;.csv
 * DIR/mch/441700001/thal_&lt;kind&gt;_441700001.csv and mch_&lt;kind&gt;_441700001.csv (the maternal and
 * child health hospital only)
 * </pre>
 *
 * <p>Output is a pure function of the {@link SampleOptions}: each hospital-month file draws from
 * its own random stream seeded by (seed, hospital, month), nothing depends on the clock, locale,
 * default charset or time zone, and tickets are written as they are simulated, so memory stays flat
 * at any scale. A hospital's activity log follows the duties of its profile; the few duties that
 * answer tickets (severe faults, change requests, quiet departments) read a small digest of its
 * tickets kept while they are written. The interface exchange logs are simulated per hospital,
 * month and interface from streams of their own, streamed to disk record by record.
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
    InterfacePlan interfaces = InterfacePlan.load(catalog);
    Reference reference = writeReference(catalog, interfaces, outDir, listener);
    List<DirtyRow> dirty = new ArrayList<>(reference.written().dirtyRows());
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
    InterfaceFiles.Written exchanges = writeInterfaces(catalog, interfaces, outDir, listener);
    dirty.addAll(exchanges.dirtyRows());
    List<Path> medrecFiles = new ArrayList<>();
    List<Path> bloodFiles = new ArrayList<>();
    long medrecRows = 0;
    long bloodRows = 0;
    for (HospitalProfile profile : catalog.profiles()) {
      String org = profile.orgCode();
      try (BloodRecords blood =
          new BloodRecords(
              outDir.resolve("blood").resolve(org),
              org,
              org.equals("510181001") ? 3 : 6,
              org.equals("440100002") || org.equals("430100003"))) {
        FrontPageFiles.Written pages = writeFrontPages(profile, blood, outDir);
        medrecFiles.addAll(pages.files());
        medrecRows += pages.rows();
        dirty.addAll(pages.dirtyRows());
        BloodRecords.Written written = blood.finish();
        bloodFiles.addAll(written.files());
        bloodRows += written.rows();
        dirty.addAll(written.dirtyRows());
      }
      listener.progress("medrec " + org, medrecRows);
    }
    ThalRecords.Written thal = writeThalassemia(outDir);
    dirty.addAll(thal.dirtyRows());
    List<MaternalRecords.LiveBirth> births = new ArrayList<>();
    MaternalRecords.Written maternal = writeMaternal(outDir, births);
    dirty.addAll(maternal.dirtyRows());
    ChildRecords.Written children = writeChildren(outDir, births);
    dirty.addAll(children.dirtyRows());
    PremaritalRecords.Written premarital = writePremarital(outDir);
    dirty.addAll(premarital.dirtyRows());
    List<Path> mchFiles = new ArrayList<>(thal.files());
    mchFiles.addAll(maternal.files());
    mchFiles.addAll(children.files());
    mchFiles.addAll(premarital.files());
    long mchRows = thal.rows() + maternal.rows() + children.rows() + premarital.rows();
    listener.progress("mch " + MCH_HOSPITAL, mchRows);
    long eventRows = rows[0];
    listener.progress("done", eventRows);
    return new GeneratedFiles(
        reference.files(),
        ticketFiles,
        tickets,
        eventRows,
        dirty,
        activityFiles,
        activityRows,
        exchanges.files(),
        exchanges.rows(),
        medrecFiles,
        medrecRows,
        bloodFiles,
        bloodRows,
        mchFiles,
        mchRows);
  }

  /** The maternal and child health hospital, the one hospital with thalassemia records. */
  private static final String MCH_HOSPITAL = "441700001";

  /**
   * The thalassemia records of the maternal and child health hospital (441700001, Yangjiang): 200
   * couples registered a month at scale 1, from the statistical year that holds the first month.
   */
  private ThalRecords.Written writeThalassemia(Path outDir) throws IOException {
    try (ThalRecords thal =
        new ThalRecords(outDir.resolve("mch").resolve(MCH_HOSPITAL), MCH_HOSPITAL, 200)) {
      return thal.write(options.from(), options.to(), options.seed(), options.scale());
    }
  }

  /**
   * The maternal records of the maternal and child health hospital (441700001, Yangjiang): 300
   * mothers delivering a month at scale 1, from the statistical year that holds the first month.
   */
  private MaternalRecords.Written writeMaternal(Path outDir, List<MaternalRecords.LiveBirth> births)
      throws IOException {
    try (MaternalRecords maternal =
        new MaternalRecords(outDir.resolve("mch").resolve(MCH_HOSPITAL), MCH_HOSPITAL, 300)) {
      MaternalRecords.Written written =
          maternal.write(options.from(), options.to(), options.seed(), options.scale());
      births.addAll(maternal.liveBirths());
      return written;
    }
  }

  /**
   * The child health records of the maternal and child health hospital (441700001): every live
   * birth of its maternal records, and 40 children a birth month at scale 1 born in the seven years
   * before, registered for child health care.
   */
  private ChildRecords.Written writeChildren(Path outDir, List<MaternalRecords.LiveBirth> births)
      throws IOException {
    try (ChildRecords children =
        new ChildRecords(outDir.resolve("mch").resolve(MCH_HOSPITAL), MCH_HOSPITAL, 40, births)) {
      return children.write(options.from(), options.to(), options.seed(), options.scale());
    }
  }

  /**
   * The premarital and pre-pregnancy checks of the maternal and child health hospital (441700001):
   * 40 couples a month at the premarital check and 25 at the pre-pregnancy check at scale 1, from
   * the statistical year that holds the first month.
   */
  private PremaritalRecords.Written writePremarital(Path outDir) throws IOException {
    try (PremaritalRecords premarital =
        new PremaritalRecords(outDir.resolve("mch").resolve(MCH_HOSPITAL), MCH_HOSPITAL, 40, 25)) {
      return premarital.write(options.from(), options.to(), options.seed(), options.scale());
    }
  }

  /**
   * The sample front pages of a hospital: the maternal and child health hospital (441700001) has
   * its own case mix; the county hospital (510181001) discharges fewer patients.
   */
  private FrontPageFiles.Written writeFrontPages(
      HospitalProfile profile, BloodRecords blood, Path outDir) throws IOException {
    String org = profile.orgCode();
    int perMonth =
        switch (org) {
          case "441700001" -> 150;
          case "510181001" -> 120;
          default -> 250;
        };
    return new FrontPageFiles(org, org.equals("441700001"), perMonth)
        .write(
            outDir.resolve("medrec").resolve(org),
            blood,
            options.from(),
            options.to(),
            options.seed(),
            options.scale());
  }

  /**
   * Writes only what the interface reports need, for benchmarks of the interface domain: the
   * reference files under {@code DIR/reference/} (the catalog is checked against the hospitals and
   * systems) and the exchange files under {@code DIR/interfaces/}, byte for byte as {@link
   * #generate} writes them. No ticket or activity files.
   *
   * @param outDir output folder
   * @param listener progress receiver; {@code "done"} reports the interface rows
   * @return the files written: reference and interface files only
   * @throws IOException if a file cannot be written
   */
  public GeneratedFiles generateInterfaces(Path outDir, ProgressListener listener)
      throws IOException {
    return generateInterfaces(outDir, listener, InterfaceLayout.AS_EXPORTED);
  }

  /**
   * As {@link #generateInterfaces(Path, ProgressListener)}, with every hospital's exchange log in
   * {@code layout} (the records are the same whatever the layout; the dirty lines follow it).
   */
  public GeneratedFiles generateInterfaces(
      Path outDir, ProgressListener listener, InterfaceLayout layout) throws IOException {
    requireNonNull(outDir, "outDir is null");
    requireNonNull(listener, "listener is null");
    requireNonNull(layout, "layout is null");
    SampleCatalog catalog = SampleCatalog.load();
    InterfacePlan interfaces = InterfacePlan.load(catalog).in(layout);
    Reference reference = writeReference(catalog, interfaces, outDir, listener);
    InterfaceFiles.Written exchanges = writeInterfaces(catalog, interfaces, outDir, listener);
    List<DirtyRow> dirty = new ArrayList<>(reference.written().dirtyRows());
    dirty.addAll(exchanges.dirtyRows());
    listener.progress("done", exchanges.rows());
    return new GeneratedFiles(
        reference.files(),
        List.of(),
        0,
        0,
        dirty,
        List.of(),
        0,
        exchanges.files(),
        exchanges.rows(),
        List.of(),
        0,
        List.of(),
        0);
  }

  /** The reference files written, the interface catalog last. */
  private record Reference(ReferenceFiles.Written written, List<Path> files) {}

  private static Reference writeReference(
      SampleCatalog catalog, InterfacePlan interfaces, Path outDir, ProgressListener listener)
      throws IOException {
    Path referenceDir = Files.createDirectories(outDir.resolve("reference"));
    ReferenceFiles.Written reference = new ReferenceFiles(catalog).write(referenceDir);
    Path catalogFile = referenceDir.resolve("interfaces.csv");
    long catalogRows = interfaces.writeCatalog(catalogFile);
    List<Path> files = new ArrayList<>(reference.files());
    files.add(catalogFile);
    listener.progress("reference", reference.rows() + catalogRows);
    return new Reference(reference, files);
  }

  private InterfaceFiles.Written writeInterfaces(
      SampleCatalog catalog, InterfacePlan interfaces, Path outDir, ProgressListener listener)
      throws IOException {
    Path dir = Files.createDirectories(outDir.resolve("interfaces"));
    return new InterfaceFiles(interfaces, catalog.holidays())
        .write(
            dir,
            options.from(),
            options.to(),
            options.exportedAt(),
            options.seed(),
            options.scale(),
            listener::progress);
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
