package org.baobiao.jobs.acceptance;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.acceptance.internal.PackReader.Reference;
import org.baobiao.jobs.acceptance.internal.PackReader.Run;
import org.baobiao.reports.run.ReportStamp;

/** Everything the files of one pack are written from. */
record PackContext(
    org.baobiao.sla.contract.Contract contract,
    AcceptanceSpec spec,
    Reference reference,
    Run run,
    AcceptanceFacts facts,
    List<MilestoneVerdict> verdicts,
    String dataVersion,
    String engine,
    ZonedDateTime generatedAt) {

  /** The period as people read it: 2025年10月20日至2026年10月31日. */
  String periodLabel() {
    return AcceptanceEvaluator.day(facts.first()) + "至" + AcceptanceEvaluator.day(facts.last());
  }

  /** The period as given: 2025-10-20..2026-10-31. */
  String periodText() {
    return facts.first() + ".." + facts.last();
  }

  /** 合同 HT-2025-002 第 1 版. */
  String contractLabel() {
    return contract.label();
  }

  /** The subtitle of the pack's pages. */
  String subtitle() {
    return reference.hospitalName()
        + " · "
        + contract.id()
        + " 第 "
        + contract.version()
        + " 版 · "
        + periodLabel();
  }

  /** The stamp every page of the pack carries. */
  ReportStamp stamp(String id) {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("contract", contract.id());
    given.put("period", periodText());
    given.put("generated_at", generatedAt.toLocalDateTime().toString());
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("合同", contract.id() + " 第 " + contract.version() + " 版");
    labels.put("验收条件", "第 " + spec.version() + " 版");
    labels.put("统计期间", periodLabel());
    return new ReportStamp(id, spec.version(), given, labels, dataVersion, engine, generatedAt);
  }

  /** What a file's PDF document id is derived from: the file, the pack's parameters and data. */
  String seed(String file) {
    return String.join(
        "|",
        file,
        contract.id(),
        String.valueOf(contract.version()),
        String.valueOf(spec.version()),
        periodText(),
        generatedAt.toString(),
        dataVersion);
  }
}
