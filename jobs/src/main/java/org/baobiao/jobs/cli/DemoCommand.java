package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.jobs.ingest.IngestRequest;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.jobs.medrec.UploadRequest;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.sample.GeneratedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao demo}: generate sample data, load it, write every report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "演示：生成样例数据（医院、合同、系统、接口目录、运维工单流水、运维活动记录、接口交换记录、病案首页），加载到数据仓库，并为每家医院生成全部报表。",
      "再次运行不会重复加载。样例数据中故意包含少量脏数据，被拒绝的行属预期，退出码仍为 0。"
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Mixin SampleOptionsMixin sample;

  @Option(
      names = "--out",
      defaultValue = "out",
      paramLabel = "DIR",
      description = "报表输出目录（默认 ${DEFAULT-VALUE}）")
  Path out;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    var console = top.console;
    Path sampleDir =
        top.dataDir().resolve("sample").resolve("scale-" + sample.scale + "-seed-" + sample.seed);
    console.out().println("1/4 生成样例数据 → " + sampleDir);
    GeneratedFiles generated =
        GenerateCommand.generate(console, sampleDir, sample.scale, sample.seed);
    console.out().println("    " + GenerateCommand.summary(generated));
    try (AppSession session = new AppSession(top)) {
      console.out().println("2/4 加载到数据仓库 " + session.warehouse().location());
      IngestService ingest = session.ingestService();
      // The sample's folders are named after their domains; the reference data comes first.
      List<IngestResult> loads = new ArrayList<>();
      for (String domain :
          List.of("reference", "tickets", "activities", "interfaces", "medrec", "blood")) {
        IngestResult load =
            ingest.ingest(
                IngestRequest.of(
                    domain, IngestService.expand(domain, List.of(sampleDir.resolve(domain)))));
        IngestCommand.print(console, load);
        loads.add(load);
      }
      if (loads.stream().mapToInt(IngestResult::failed).sum() > 0) {
        return 1;
      }
      console.out().println("3/4 按合同计算服务级别（SLA）并核对合同义务；按质控规则审核病案首页");
      SlaCommand.print(console, session.slaService().evaluate(SlaEvaluationRequest.all()));
      MedrecCommand.print(console, session.medrecService().qc(null), null);
      ReportService reports = session.reportService();
      YearMonth latest = latestMonth(session);
      console.out().println("4/4 生成报表 → " + out.toAbsolutePath().normalize());
      List<Path> written = new ArrayList<>();
      for (ReportSpec spec : reports.catalog().all()) {
        for (ReportPeriod period : demoPeriods(spec, latest)) {
          written.addAll(reports.write(spec, period, reports.hospitals(), spec.formats(), out));
        }
      }
      for (Path f : written) {
        console.out().println("  " + f);
      }
      console.out().println("    病案首页上报文件（" + lastFullQuarter(latest).label() + "，个人信息脱敏）：");
      UploadResult uploads =
          session
              .medrecService()
              .upload(
                  new UploadRequest(
                      lastFullQuarter(latest),
                      null,
                      UploadRequest.DEFAULT_LAYOUT,
                      out,
                      null,
                      System.getProperty("user.name", "unknown")));
      MedrecCommand.print(console, uploads);
      for (var upload : uploads.files()) {
        written.add(upload.outcome().file());
        written.add(upload.outcome().refusedFile());
      }
      long rows = loads.stream().mapToLong(IngestResult::rows).sum();
      String loaded =
          rows == 0 && loads.stream().mapToInt(IngestResult::loaded).sum() == 0
              ? "样例文件此前均已加载，本次未重复加载"
              : String.format(
                  "本次加载 %,d 行、拒绝 %,d 行（样例中故意的脏数据，明细见 *.rejects.csv 与 `baobiao status`）",
                  rows, loads.stream().mapToLong(IngestResult::rejected).sum());
      console
          .out()
          .printf(
              "完成：%d 个报表文件；%s；用时 %.1f 秒。%n",
              written.size(),
              loaded,
              Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
      return 0;
    }
  }

  /**
   * The periods the demo writes a report for: for each granularity the report is scheduled for
   * (report.yaml, {@code scheduled}; the latest month when it names none), the last full period up
   * to the latest month with data — for a year, the latest year, even if it is not over.
   */
  static List<ReportPeriod> demoPeriods(ReportSpec spec, YearMonth latest) {
    List<String> scheduled =
        spec.parameter("period")
            .map(p -> p.scheduled())
            .filter(l -> !l.isEmpty())
            .orElse(List.of("month"));
    List<ReportPeriod> periods = new ArrayList<>();
    for (String granularity : scheduled) {
      periods.add(
          switch (granularity) {
            case "quarter" -> lastFullQuarter(latest);
            case "year" -> ReportPeriod.parse(String.valueOf(latest.getYear()));
            default -> ReportPeriod.parse(latest.toString());
          });
    }
    return periods;
  }

  /** The last quarter that ends in or before {@code latest}. */
  static ReportPeriod lastFullQuarter(YearMonth latest) {
    YearMonth quarterEnd = latest.minusMonths(latest.getMonthValue() % 3);
    return ReportPeriod.parse(
        quarterEnd.getYear() + "-Q" + ((quarterEnd.getMonthValue() - 1) / 3 + 1));
  }

  private static YearMonth latestMonth(AppSession session) {
    Object latest =
        session.warehouse().query("SELECT max(reported_at) FROM tickets", Map.of()).single();
    if (latest == null) {
      throw new IllegalStateException("数据仓库中没有工单，无法确定报表期间");
    }
    return YearMonth.from((LocalDateTime) latest);
  }
}
