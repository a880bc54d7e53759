package org.baobiao.jobs.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.baobiao.sla.SlaEvaluator;
import org.baobiao.sla.SlaExplainer;
import org.baobiao.sla.TimelineReader;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.sla.engine.TicketTimeline;
import org.baobiao.warehouse.Warehouse;
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

  static LocalDateTime asOf(String text, Warehouse w) {
    if (text == null) {
      LocalDateTime cutOff = SlaEvaluator.dataCutOff(w);
      if (cutOff == null) {
        throw new UsageException("数据仓库中没有工单事件；请先加载 tickets 数据");
      }
      return cutOff;
    }
    try {
      return LocalDateTime.parse(text.strip(), AS_OF);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of '" + text + "' 应为 yyyy-MM-dd HH:mm[:ss]");
    }
  }

  /** Contracts of the given hospital, or all. */
  static List<Contract> contracts(String hospital) {
    List<Contract> all = ContractLoader.loadDefault();
    if (hospital == null) {
      return all;
    }
    List<Contract> some = all.stream().filter(c -> c.orgCode().equals(hospital)).toList();
    if (some.isEmpty()) {
      throw new UsageException(
          "没有机构 "
              + hospital
              + " 的合同文件；已有: "
              + all.stream().map(c -> c.id() + "（" + c.orgCode() + "）").toList());
    }
    return some;
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
        evaluate(sla.top.console, session.warehouse(), hospital, asOf);
        return 0;
      }
    }
  }

  static void evaluate(Console console, Warehouse w, String hospital, String asOfText) {
    LocalDateTime asOf = asOf(asOfText, w);
    SlaEvaluator evaluator = new SlaEvaluator(w, StatutoryCalendar.loadDefault());
    for (Contract c : contracts(hospital)) {
      SlaEvaluator.Evaluation e = evaluator.evaluate(c, asOf);
      console
          .out()
          .printf(
              "  合同 %s 第 %d 版（%s）：%,d 张工单，%,d 条计时结果，%,d 条义务履行结果（未履行 %,d），计量截止 %s%n",
              c.id(),
              c.version(),
              c.orgCode(),
              e.tickets(),
              e.results(),
              e.obligations(),
              e.missedObligations(),
              asOf);
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
        Warehouse w = session.warehouse();
        List<TicketTimeline> found = new TimelineReader(w).ticket(ticket, hospital);
        if (found.isEmpty()) {
          throw new UsageException(
              "没有找到工单 " + ticket + (hospital == null ? "" : "（机构 " + hospital + "）"));
        }
        if (found.size() > 1) {
          throw new UsageException(
              "工单号 "
                  + ticket
                  + " 在多家医院出现: "
                  + found.stream().map(TicketTimeline::orgCode).toList()
                  + "；请用 --hospital 指定");
        }
        TicketTimeline t = found.get(0);
        LocalDateTime at = asOf(asOf, w);
        StatutoryCalendar cn = StatutoryCalendar.loadDefault();
        List<Contract> contracts = contracts(t.orgCode());
        LocalDateTime reported = t.events().get(0).time();
        Contract c =
            contracts.stream()
                .filter(x -> x.isEffectiveOn(reported.toLocalDate()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new UsageException("工单 " + ticket + " 的报障时间 " + reported + " 不在任何合同的服务期内"));
        sla.top.console.out().print(SlaExplainer.explain(t, ContractClocks.of(c, cn), at));
        return 0;
      }
    }
  }
}
