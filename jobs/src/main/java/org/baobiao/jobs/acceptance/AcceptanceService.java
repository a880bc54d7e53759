package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.baobiao.jobs.acceptance.AcceptancePack.PackEntry;
import org.baobiao.jobs.acceptance.internal.PackReader;
import org.baobiao.jobs.acceptance.internal.PackReader.Reference;
import org.baobiao.jobs.acceptance.internal.PackReader.Run;
import org.baobiao.jobs.acceptance.internal.Reproducible;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;
import org.baobiao.warehouse.Warehouse;

/**
 * Builds a contract's acceptance pack (验收资料包): one ZIP with a cover and index, the SLA compliance
 * report of the period, every duty's evidence records, the ticket list, the change requests with
 * their go-live and earliest acceptance dates, the payment milestones judged clause by clause, and
 * a manifest of SHA-256 sums. The same data version and generation time give the same bytes. The
 * command line ({@code baobiao acceptance}) and the console call {@link #build}.
 */
public final class AcceptanceService {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The report reused for the pack's SLA section. */
  static final String SLA_REPORT = "sla-compliance";

  private final Warehouse warehouse;
  private final Configuration configuration;
  private final Clock clock;
  private final PackReader reader;

  /**
   * @param warehouse where the records come from
   * @param configuration the contracts, the statutory calendar, the report catalog and acceptance
   *     specs (its folder's {@code acceptance/})
   * @param clock the generation time when a request gives none
   */
  public AcceptanceService(Warehouse warehouse, Configuration configuration, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.reader = new PackReader(warehouse);
  }

  /**
   * Writes the pack.
   *
   * @throws InvalidRequestException for an unknown contract, a contract without acceptance spec or
   *     a period outside its service period
   * @throws NoDataException when the hospital is not loaded or the contract not evaluated yet
   */
  public AcceptancePack build(AcceptanceRequest request) throws IOException {
    Contract contract = contract(request.contractId());
    AcceptanceSpec spec =
        AcceptanceSpecs.find(configuration.folder(), contract)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "合同 "
                            + contract.id()
                            + " 没有验收条件文件：请在配置目录的 "
                            + AcceptanceSpecs.FOLDER
                            + "/"
                            + contract.id()
                            + ".yaml 中写明付款节点和验收条件（见 docs/acceptance.md）"));
    LocalDate first =
        request.period() == null ? contract.effectiveFrom() : request.period().start();
    LocalDate last =
        request.period() == null ? contract.effectiveTo() : request.period().end().minusDays(1);
    if (last.isBefore(contract.effectiveFrom()) || first.isAfter(contract.effectiveTo())) {
      throw new InvalidRequestException(
          "统计期间 "
              + first
              + " 至 "
              + last
              + " 不在合同 "
              + contract.id()
              + " 的服务期（"
              + contract.effectiveFrom()
              + " 至 "
              + contract.effectiveTo()
              + "）内");
    }
    Reference ref =
        reader
            .reference(contract.id(), contract.orgCode())
            .orElseThrow(
                () ->
                    new NoDataException(
                        "数据仓库中没有医院 "
                            + contract.orgCode()
                            + " 的数据；请先运行 ingest --domain reference。"));
    Run run =
        reader
            .run(contract.id())
            .orElseThrow(
                () ->
                    new NoDataException(
                        "合同 " + contract.id() + " 还没有服务级别计算结果；请先运行 ./baobiao sla evaluate。"));
    LocalDateTime generatedAt =
        (request.generatedAt() != null
                ? request.generatedAt()
                : LocalDateTime.now(clock.withZone(ZONE)))
            .truncatedTo(ChronoUnit.SECONDS);
    String dataVersion = warehouse.dataVersion().describe();
    ChangeSchedule schedule =
        spec.changeObligation() == null
            ? null
            : ChangeSchedule.of(
                contract, spec.changeObligation(), configuration.statutoryCalendar());
    List<PackTicket> tickets = reader.tickets(contract.orgCode(), first, last);
    AcceptanceFacts facts =
        new AcceptanceFacts(
            contract,
            first,
            last,
            run.asOf(),
            generatedAt,
            tickets,
            reader.obligations(contract.id(), first, last),
            changes(contract, schedule, tickets),
            schedule == null ? null : schedule.waitTarget().toString());
    List<MilestoneVerdict> verdicts = AcceptanceEvaluator.evaluate(spec, facts);
    PackContext ctx =
        new PackContext(
            contract,
            spec,
            ref,
            run,
            facts,
            verdicts,
            dataVersion,
            warehouse.engine(),
            generatedAt.atZone(ZONE));

    Files.createDirectories(request.outDir());
    Path work = Files.createTempDirectory(request.outDir(), ".acceptance-");
    try {
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, String> contents = PackContents.descriptions();
      files.put(PackFiles.COVER, null);
      files.put(PackFiles.SLA, slaReport(ctx, work));
      files.put(
          PackFiles.EVIDENCE,
          PackContents.evidence(ctx, reader.activities(contract.orgCode(), first, last)));
      files.put(PackFiles.TICKETS, PackContents.tickets(ctx));
      files.put(PackFiles.CHANGES, PackContents.changes(ctx));
      files.put(PackFiles.MILESTONES, PackContents.milestones(ctx, work));
      files.put(PackFiles.COVER, PackContents.cover(ctx, contents, work));
      List<PackEntry> entries = new ArrayList<>();
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        entries.add(
            new PackEntry(
                f.getKey(),
                contents.get(f.getKey()),
                f.getValue().length,
                Reproducible.sha256Hex(f.getValue())));
      }
      byte[] manifest = PackContents.manifest(ctx, entries).getBytes(StandardCharsets.UTF_8);
      files.put(PackFiles.MANIFEST, manifest);
      entries.add(
          new PackEntry(PackFiles.MANIFEST, contents.get(PackFiles.MANIFEST), manifest.length, ""));
      Path zip = request.outDir().resolve(zipName(contract, first, last));
      writeZip(zip, files, generatedAt);
      return new AcceptancePack(
          zip,
          contract.id(),
          contract.version(),
          spec.version(),
          contract.orgCode(),
          first,
          last,
          dataVersion,
          run.asOf(),
          generatedAt,
          entries,
          verdicts);
    } finally {
      deleteTree(work);
    }
  }

  /**
   * The contracts a pack can be built for: those with an acceptance spec whose hospital is loaded
   * and which {@code sla evaluate} has evaluated, in contract order (the demo builds each; a
   * console lists them).
   */
  public List<Contract> contractsWithConditions() {
    List<Contract> out = new ArrayList<>();
    for (Contract c : configuration.contracts()) {
      if (AcceptanceSpecs.find(configuration.folder(), c).isPresent()
          && reader.reference(c.id(), c.orgCode()).isPresent()
          && reader.run(c.id()).isPresent()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The ZIP's file name: {@code acceptance_HT-2025-002_2025-10-20..2026-10-31.zip}. */
  public static String zipName(Contract contract, LocalDate first, LocalDate last) {
    return "acceptance_" + contract.id() + "_" + first + ".." + last + ".zip";
  }

  private Contract contract(String id) {
    List<Contract> contracts = configuration.contracts();
    return contracts.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "没有编号为 '" + id + "' 的合同；可用: " + contracts.stream().map(Contract::id).toList()));
  }

  /** The change requests among the tickets, with go-live, earliest acceptance and application. */
  private List<ChangeRequest> changes(
      Contract contract, ChangeSchedule schedule, List<PackTicket> tickets) {
    if (schedule == null) {
      return List.of();
    }
    PerTicketActivity terms = (PerTicketActivity) schedule.duty().terms();
    Map<String, PackReader.Activity> applications = new LinkedHashMap<>();
    for (PackReader.Activity a : reader.acceptanceApplications(contract.orgCode())) {
      applications.putIfAbsent(a.ticketNo(), a);
    }
    List<ChangeRequest> out = new ArrayList<>();
    for (PackTicket t : tickets) {
      if (!terms.tickets().matchesAll(t.severity(), t.channel(), t.category(), t.systemCode())) {
        continue;
      }
      boolean live = t.status().equals("RESOLVED") || t.status().equals("CLOSED");
      LocalDateTime goLive = live ? t.lastResolvedAt() : null;
      Optional<PackReader.Activity> app = Optional.ofNullable(applications.get(t.ticketNo()));
      out.add(
          new ChangeRequest(
              t.ticketNo(),
              t.system(),
              t.category(),
              t.reportedAt(),
              goLive,
              goLive == null ? null : schedule.acceptableFrom(goLive),
              app.map(PackReader.Activity::activityId).orElse(null),
              app.map(PackReader.Activity::startedAt).orElse(null)));
    }
    return out;
  }

  /** The {@code sla-compliance} report of the period, through the report service. */
  private byte[] slaReport(PackContext ctx, Path work) throws IOException {
    ReportService reports =
        new ReportService(
            warehouse, configuration.reports(), Clock.fixed(ctx.generatedAt().toInstant(), ZONE));
    ReportSpec sla =
        reports
            .catalog()
            .find(SLA_REPORT)
            .orElseThrow(() -> new IllegalStateException("报表目录中没有 " + SLA_REPORT));
    ReportPeriod period = ReportPeriod.parse(ctx.facts().first() + ".." + ctx.facts().last());
    List<Path> written =
        reports.write(
            sla, period, List.of(ctx.contract().orgCode()), List.of(ReportFormat.PDF), work);
    byte[] raw = Files.readAllBytes(written.get(0));
    return Reproducible.pdf(raw, ctx.generatedAt(), ctx.seed(PackFiles.SLA));
  }

  private static void writeZip(Path zip, Map<String, byte[]> files, LocalDateTime time)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ZipEntry e = new ZipEntry(f.getKey());
        e.setTimeLocal(time);
        z.putNextEntry(e);
        z.write(f.getValue());
        z.closeEntry();
      }
    }
    Path tmp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        bytes.writeTo(out);
      }
      try {
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
