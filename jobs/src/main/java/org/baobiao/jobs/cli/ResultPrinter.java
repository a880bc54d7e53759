package org.baobiao.jobs.cli;

import org.baobiao.jobs.ingest.IngestOutcome;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.mch.MchQcResult;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.medrec.QcResult;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.sla.SlaEvaluation;
import org.baobiao.mch.qc.MchQcRun;
import org.baobiao.medrec.qc.MedrecQcRun;
import org.baobiao.reports.submission.FrontPageUpload;
import org.baobiao.sample.GeneratedFiles;
import org.baobiao.sla.SlaEvaluator;
import org.baobiao.sla.contract.Contract;

/**
 * How the command line shows the results of the services, for the commands that show the same
 * result (a single use case and the demo).
 */
final class ResultPrinter {
  private ResultPrinter() {}

  /** Prints each file's outcome and the totals. */
  static void print(Console console, IngestResult result) {
    for (IngestOutcome o : result.outcomes()) {
      String file = o.fileName();
      String batch = o.batch() == null ? "" : "批次 " + o.batch().batchId() + " ";
      switch (o.kind()) {
        case LOADED -> {
          console.out().println("  已加载 " + file + ": " + batch + o.message());
          if (o.rejected() > 0) {
            console.out().println("    拒绝明细: " + o.batch().rejectFile());
          }
        }
        case ALREADY_LOADED -> console.out().println("  跳过 " + file + ": " + o.message());
        case FAILED -> console.err().println("  失败 " + file + ": " + batch + o.message());
      }
    }
    console
        .out()
        .printf(
            "%s: %d 个文件已加载（%,d 行），%d 个已加载过而跳过，%d 个失败；拒绝 %,d 行。%n",
            result.domain(),
            result.loaded(),
            result.rows(),
            result.skipped(),
            result.failed(),
            result.rejected());
  }

  /** One line per contract evaluated. */
  static void print(Console console, SlaEvaluation evaluation) {
    for (SlaEvaluator.Evaluation e : evaluation.contracts()) {
      Contract c = e.contract();
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
              evaluation.asOf());
    }
    if (!evaluation.complete()) {
      console.err().printf("以下 %d 个合同未能计算（其余合同的结果已保存）:%n", evaluation.failures().size());
      for (SlaEvaluation.Failure f : evaluation.failures()) {
        console
            .err()
            .printf("  合同 %s: %s%n    需补充或修正的文件: %s%n", f.contractId(), f.reason(), f.fileToFix());
      }
    }
  }

  /**
   * Prints a line per hospital checked, or that there was nothing to check.
   *
   * @return false when there was nothing to check for the hospital asked for
   */
  static boolean print(Console console, QcResult result, String hospital) {
    if (result.hospitals().isEmpty()) {
      console
          .err()
          .println(
              hospital == null
                  ? "数据仓库中没有病案首页；请先加载 medrec 数据（./baobiao ingest --domain medrec PATH）"
                  : "数据仓库中没有机构 " + hospital + " 的病案首页");
      return hospital == null;
    }
    for (MedrecQcRun.Result r : result.hospitals()) {
      console
          .out()
          .printf(
              "  %s：审核首页 %,d 份（%d 条规则），问题 %,d 条，其中 %,d 份有阻断性问题、不能上报%n",
              r.orgCode(), r.records(), result.rules(), r.violations(), r.blockedRecords());
    }
    return true;
  }

  /**
   * Prints a line per hospital, and per kind of record dated in the period when one was asked for;
   * false when there was nothing to check for a hospital asked for.
   */
  static boolean print(Console console, MchQcResult result, String hospital) {
    if (result.hospitals().isEmpty()) {
      console
          .err()
          .println(
              hospital == null
                  ? "数据仓库中没有妇幼记录；请先加载 mch 数据（./baobiao ingest --domain mch PATH）"
                  : "数据仓库中没有机构 " + hospital + " 的妇幼记录");
      return hospital == null;
    }
    console.out().printf("  妇幼质控规则 %d 条（%s）%n", result.rules(), result.ruleSets());
    for (MchQcRun.Result r : result.hospitals()) {
      console
          .out()
          .printf(
              "  %s：审核妇幼记录 %,d 条，问题 %,d 条，其中 %,d 条记录有阻断性问题%n",
              r.orgCode(), r.records(), r.violations(), r.blockedRecords());
      if (result.period() == null) {
        continue;
      }
      console.out().printf("    %s：%n", result.period().label());
      for (MchQcResult.PeriodCounts c : result.inPeriod()) {
        if (!c.orgCode().equals(r.orgCode())) {
          continue;
        }
        console
            .out()
            .printf(
                "    %s：%,d 条，通过 %,d 条（%s），问题 %,d 条%n",
                c.kindTitle(),
                c.records(),
                c.records() - c.blocked(),
                c.records() == 0
                    ? "—"
                    : String.format("%.2f%%", 100.0 * (c.records() - c.blocked()) / c.records()),
                c.violations());
      }
    }
    return true;
  }

  /** Prints a line per hospital's file. */
  static void print(Console console, UploadResult result) {
    Approval approval = result.approval();
    console
        .out()
        .printf(
            "  上报版式 %s %s（%s）；质控规则 %s%n",
            result.layout().id(),
            result.layout().version(),
            result.layout().title(),
            result.ruleSets());
    for (UploadResult.HospitalFile f : result.files()) {
      FrontPageUpload.Outcome o = f.outcome();
      console
          .out()
          .printf(
              "  %s %s：上报 %,d 份，拒绝 %,d 份（%s）；个人信息%s；已记入审计（%s）%n    %s%n",
              f.orgCode(),
              result.period().label(),
              o.written(),
              o.refused(),
              o.refused() > 0 ? "明细见 " + o.refusedFile().getFileName() : "无",
              approval == null
                  ? "已脱敏"
                  : "为原值（批准编号 " + approval.reference() + "，批准人 " + approval.approvedBy() + "）",
              f.auditId().substring(0, 8),
              o.file());
    }
  }

  /**
   * One line for people: files, tickets, event, activity, interface exchange, blood-use and MCH
   * rows, the deliberately dirty rows.
   */
  static String summary(GeneratedFiles files) {
    return String.format(
        "%d 个参考数据文件，%d 个工单流水文件（%,d 张工单，%,d 行事件），%d 个运维活动文件（%,d 行），"
            + "%d 个接口数据交换记录文件（%,d 行），%d 个病案首页文件（首页 %,d 份），%d 个临床用血文件（%,d 行），%d 个妇幼（地贫、孕产妇和儿童保健、出生缺陷、婚前和孕前保健）文件（%,d 行）；其中故意的脏数据 %d 行",
        files.referenceFiles().size(),
        files.ticketFiles().size(),
        files.tickets(),
        files.eventRows(),
        files.activityFiles().size(),
        files.activityRows(),
        files.interfaceFiles().size(),
        files.interfaceRows(),
        files.medrecFiles().size(),
        files.medrecRows(),
        files.bloodFiles().size(),
        files.bloodRows(),
        files.mchFiles().size(),
        files.mchRows(),
        files.dirtyRows().size());
  }
}
