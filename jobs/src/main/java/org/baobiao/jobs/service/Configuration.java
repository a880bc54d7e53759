package org.baobiao.jobs.service;

import java.util.List;
import org.baobiao.jobs.request.catalog.ExtractCatalog;
import org.baobiao.mch.qc.MchRuleBook;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractSet;
import org.baobiao.spec.config.ConfigFolder;

/**
 * The specification files the services work by: report definitions, contracts, the statutory
 * calendar, quality-control rules and upload layouts. Services receive one in their constructor and
 * never load these files themselves, so that where they come from (the files bundled in the jar, a
 * configuration folder a hospital owns: {@link #of}) is decided in one place.
 */
public interface Configuration {

  /** The report catalog. */
  ReportCatalog reports();

  /**
   * Every contract, in index order.
   *
   * @throws org.baobiao.spec.SpecException when any contract file has problems
   */
  List<Contract> contracts();

  /** The contracts that load, and the contract files that do not with their problems. */
  ContractSet contractSet();

  /** Statutory holidays and make-up working days by year. */
  StatutoryCalendar statutoryCalendar();

  /** The front-page quality-control rules. */
  RuleBook qcRules();

  /** The quality rules of the MCH (maternal and thalassemia) records. */
  MchRuleBook mchQcRules();

  /** The submission layouts of front-page uploads. */
  UploadLayouts uploadLayouts();

  /**
   * The extraction catalog.
   *
   * @throws org.baobiao.spec.SpecException when any extract file has problems
   */
  ExtractCatalog extracts();

  /** The configuration folder these files come from (with the bundled ones under it). */
  ConfigFolder folder();

  /** The files bundled with Baobiao, each read on first use and then kept by this instance. */
  static Configuration bundled() {
    return of(ConfigFolder.none());
  }

  /**
   * The bundled files with a configuration folder's laid over them, each kind read on first use and
   * then kept by this instance.
   */
  static Configuration of(ConfigFolder folder) {
    return new FolderConfiguration(folder);
  }
}
