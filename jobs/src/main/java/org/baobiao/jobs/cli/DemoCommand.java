package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.baobiao.jobs.acceptance.AcceptancePack;
import org.baobiao.jobs.demo.DemoListener;
import org.baobiao.jobs.demo.DemoRequest;
import org.baobiao.jobs.demo.DemoResult;
import org.baobiao.jobs.demo.DemoService;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.mch.MchQcResult;
import org.baobiao.jobs.mch.MchUploadResult;
import org.baobiao.jobs.medrec.QcResult;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.sample.SampleService;
import org.baobiao.jobs.sla.SlaEvaluation;
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
      "演示：生成样例数据（医院、合同、系统、接口目录、运维工单流水、运维活动记录、接口交换记录、病案首页、临床用血记录、地贫防控记录），加载到数据仓库，并为每家医院生成全部报表。",
      "再次运行不会重复加载。样例数据中故意包含少量脏数据，被拒绝的行属预期，退出码仍为 0。"
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Mixin SampleOptionsMixin sample;

  @Option(
      names = "--out",
      converter = OutputDirConverter.class,
      defaultValue = "out",
      paramLabel = "DIR",
      description = "报表输出目录（默认 ${DEFAULT-VALUE}）")
  Path out;

  @Override
  public Integer call() throws Exception {
    var console = top.console;
    try (AppSession session = new AppSession(top, true)) {
      DemoResult result =
          new DemoService(
                  new SampleService(),
                  session,
                  top.dataDir(),
                  System.getProperty("user.name", "unknown"))
              .run(
                  new DemoRequest(sample.scale, sample.seed, out),
                  new Printer(console),
                  console.progress());
      if (result.loadFailed()) {
        return 1;
      }
      String loaded =
          result.rowsLoaded() == 0 && result.filesLoaded() == 0
              ? "样例文件此前均已加载，本次未重复加载"
              : String.format(
                  "本次加载 %,d 行、拒绝 %,d 行（样例中故意的脏数据，明细见 *.rejects.csv 与 `baobiao status`）",
                  result.rowsLoaded(), result.rowsRejected());
      console
          .out()
          .printf(
              "完成：%d 个报表文件；%s；用时 %.1f 秒。%n",
              result.written().size(), loaded, result.elapsed().toMillis() / 1000.0);
      return 0;
    }
  }

  /** Prints each stage of the run as it happens. */
  private record Printer(Console console) implements DemoListener {
    @Override
    public void generating(Path sampleDir) {
      console.out().println("1/4 生成样例数据 → " + sampleDir);
    }

    @Override
    public void generated(GeneratedFiles files) {
      console.out().println("    " + ResultPrinter.summary(files));
    }

    @Override
    public void loading(String location) {
      console.out().println("2/4 加载到数据仓库 " + location);
    }

    @Override
    public void loaded(IngestResult result) {
      ResultPrinter.print(console, result);
    }

    @Override
    public void evaluating() {
      console.out().println("3/4 按合同计算服务级别（SLA）并核对合同义务；按质控规则审核病案首页和妇幼记录");
    }

    @Override
    public void slaEvaluated(SlaEvaluation evaluation) {
      ResultPrinter.print(console, evaluation);
    }

    @Override
    public void qcChecked(QcResult result) {
      ResultPrinter.print(console, result, null);
    }

    @Override
    public void mchQcChecked(MchQcResult result) {
      ResultPrinter.print(console, result, null);
    }

    @Override
    public void requestsMade(ReportPeriod quarter, List<String> numbers) {
      if (!numbers.isEmpty()) {
        console
            .out()
            .println(
                "    示例数据提取申请（"
                    + quarter.label()
                    + "）："
                    + String.join("、", numbers)
                    + "（见 baobiao audit --period "
                    + quarter.text()
                    + " 与数据提取审计报表）");
      }
    }

    @Override
    public void reporting(Path outDir) {
      console.out().println("4/4 生成报表 → " + outDir);
    }

    @Override
    public void reportsWritten(List<Path> files) {
      for (Path f : files) {
        console.out().println("  " + f);
      }
    }

    @Override
    public void uploading(ReportPeriod period) {
      console.out().println("    病案首页上报文件（" + period.label() + "，个人信息脱敏）：");
    }

    @Override
    public void uploaded(UploadResult result) {
      ResultPrinter.print(console, result);
    }

    @Override
    public void mchUploading(ReportPeriod period) {
      console.out().println("    省妇幼健康信息平台上报文件（" + period.label() + "，个人信息脱敏）：");
    }

    @Override
    public void mchUploaded(MchUploadResult result) {
      for (UploadResult u : result.uploads()) {
        ResultPrinter.print(console, u);
      }
    }

    @Override
    public void packed(AcceptancePack pack) {
      console.out().println("    合同 " + pack.contractId() + " 的验收资料包：");
      console.out().println("  " + pack.zip());
    }
  }
}
