package org.baobiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.baobiao.jobs.request.Actor;
import org.baobiao.jobs.request.Delivered;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.ExtractionRequest;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.RequestPolicy;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;

/**
 * The {@code extract-masked-xlsx} scenario's child JVM (run with {@code -Xmx256m}): files a request
 * for every field of the bundled {@code medrec-front-pages} extract over 2026, has it approved by
 * two approvers, then times {@link RequestService#run} — the product's delivery, writing the XLSX
 * workbook with the masking — and prints {@code BENCH_RUN <seconds> <peak heap MiB> <rows> 0}.
 *
 * <p>Arguments: {@code masked|unmasked WAREHOUSE DATA_DIR}. {@code masked}: the default, every
 * personal value masked or pseudonymised and the sensitive diagnoses replaced; {@code unmasked}:
 * the same request with every maskable field approved in clear, the same path with nothing to mask
 * — the raw baseline.
 */
public final class MaskedExtractChild {
  static final String EXTRACT = "medrec-front-pages";
  private static final Actor REQUESTER = new Actor("基准申请人", "bench");
  private static final Actor FIRST = new Actor("基准审批人甲", "bench");
  private static final Actor SECOND = new Actor("基准审批人乙", "bench");

  private MaskedExtractChild() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !List.of("masked", "unmasked").contains(args[0])) {
      System.err.println("用法: MaskedExtractChild masked|unmasked 仓库 数据目录");
      System.exit(2);
    }
    boolean masked = args[0].equals("masked");
    Path dataDir = Path.of(args[2]);
    Files.createDirectories(dataDir);
    try (Warehouse warehouse = DuckDbWarehouse.open(Path.of(args[1]))) {
      Configuration configuration = Configuration.bundled();
      RequestService service =
          new RequestService(
              warehouse,
              configuration,
              dataDir,
              Clock.systemDefaultZone(),
              RequestPolicy.defaults());
      ExtractSpec spec = configuration.extracts().get(EXTRACT).orElseThrow();
      List<String> clear =
          masked
              ? List.of()
              : spec.fields().stream()
                  .filter(ExtractField::maskable)
                  .map(ExtractField::name)
                  .toList();
      ExtractionRequest r =
          service.create(
              new NewRequest(
                  "统计室",
                  Purpose.RESEARCH,
                  "基准测试：一百万行病案首页提取",
                  EXTRACT,
                  List.of(),
                  new RequestFilters("2026", null, null, List.of()),
                  DeliveryFormat.XLSX,
                  null,
                  clear,
                  clear.isEmpty() ? null : "基准测试"),
              REQUESTER);
      service.submit(r.number(), REQUESTER);
      service.approve(r.number(), FIRST, Narrowing.none());
      service.approve(r.number(), SECOND, Narrowing.none());
      Delivered[] delivered = new Delivered[1];
      Timing.Run run = Timing.run(() -> delivered[0] = service.run(r.number(), REQUESTER));
      System.out.printf(
          Locale.ROOT,
          "BENCH_RUN %.6f %d %d %d%n",
          run.seconds(),
          run.peakHeapMib(),
          delivered[0].rows(),
          0);
    }
  }
}
