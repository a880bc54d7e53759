package org.baobiao.jobs.demo;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.jobs.acceptance.AcceptancePack;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.mch.MchQcResult;
import org.baobiao.jobs.mch.MchUploadResult;
import org.baobiao.jobs.medrec.QcResult;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.sla.SlaEvaluation;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.sample.GeneratedFiles;

/** Hears the stages of a demonstration run as they happen; every method does nothing by default. */
public interface DemoListener {

  /** Stage 1 starts: the sample files are written to {@code sampleDir}. */
  default void generating(Path sampleDir) {}

  /** The sample files are written. */
  default void generated(GeneratedFiles files) {}

  /** Stage 2 starts: the files are loaded into the warehouse at {@code location}. */
  default void loading(String location) {}

  /** A domain is loaded. */
  default void loaded(IngestResult result) {}

  /** Stage 3 starts: service levels and front-page quality are computed. */
  default void evaluating() {}

  /** The contracts are evaluated. */
  default void slaEvaluated(SlaEvaluation evaluation) {}

  /** The front pages are checked. */
  default void qcChecked(QcResult result) {}

  /** The MCH records are checked. */
  default void mchQcChecked(MchQcResult result) {}

  /**
   * The sample data extraction requests of {@code quarter} are made (their numbers; none when the
   * warehouse had requests already).
   */
  default void requestsMade(ReportPeriod quarter, List<String> numbers) {}

  /** Stage 4 starts: the reports are written to {@code outDir}. */
  default void reporting(Path outDir) {}

  /** Every report of the catalog is written. */
  default void reportsWritten(List<Path> files) {}

  /** The front-page upload files of {@code period} are written next. */
  default void uploading(ReportPeriod period) {}

  /** The upload files are written. */
  default void uploaded(UploadResult result) {}

  /** The MCH platform upload files of {@code period} are written next. */
  default void mchUploading(ReportPeriod period) {}

  /** The MCH platform upload files are written. */
  default void mchUploaded(MchUploadResult result) {}

  /** A contract's acceptance pack is written. */
  default void packed(AcceptancePack pack) {}
}
