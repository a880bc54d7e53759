package org.baobiao.jobs.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.baobiao.jobs.sla.SlaEvaluation;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.jobs.sla.TicketExplanation;
import org.baobiao.jobs.sla.TicketExplanationRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao sla}: evaluate contract service levels and explain a ticket's verdicts. */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    description = "服务级别（SLA）计算：按合同条款逐单计时、逐期核对合同义务，结果存入数据仓库供 sla-compliance 报表使用。",
    subcommands = {SlaCommand.Evaluate.class, SlaCommand.Explain.class})
final class SlaCommand implements Callable<Integer> {
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    new CommandLine(this).usage(top.console.out());
    return CommandLine.ExitCode.USAGE;
  }

  /** The {@code --as-of} time, or null for the data's cut-off. */
  static LocalDateTime asOf(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), AS_OF);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of '" + text + "' 应为 yyyy-MM-dd HH:mm[:ss]");
    }
  }

  /** {@code sla evaluate}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = "按合同计算每张工单每个计时项的结果，并逐期核对合同义务（巡检、备份、版本更新等），替换该合同此前的结果。")
  static final class Evaluate implements Callable<Integer> {
    @ParentCommand SlaCommand sla;

    @Option(names = "--hospital", paramLabel = "CODE", description = "只计算该医院的合同；默认全部合同")
    String hospital;

    @Option(
        names = "--as-of",
        paramLabel = "TIME",
        description = "计量截止时间 yyyy-MM-dd HH:mm[:ss]；默认为数据中最晚的事件时间（结果可重现）")
    String asOf;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(sla.top)) {
        SlaService service = session.slaService();
        SlaEvaluation evaluation = service.evaluate(new SlaEvaluationRequest(hospital, asOf(asOf)));
        ResultPrinter.print(sla.top.console, evaluation);
        return evaluation.complete() ? 0 : 1;
      }
    }
  }

  /** {@code sla explain}. */
  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = "解释一张工单的计时：时间线、每个计时项匹配的规则、计入的工作时间、挂起与结论。")
  static final class Explain implements Callable<Integer> {
    @ParentCommand SlaCommand sla;

    @Option(names = "--ticket", required = true, paramLabel = "ID", description = "工单号")
    String ticket;

    @Option(names = "--hospital", paramLabel = "CODE", description = "医院机构代码（工单号在多家医院重复时需要）")
    String hospital;

    @Option(names = "--as-of", paramLabel = "TIME", description = "计量截止时间；默认为数据中最晚的事件时间")
    String asOf;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(sla.top)) {
        SlaService service = session.slaService();
        TicketExplanation explanation =
            service.explain(new TicketExplanationRequest(ticket, hospital, asOf(asOf)));
        sla.top.console.out().print(explanation.text());
        return 0;
      }
    }
  }
}
