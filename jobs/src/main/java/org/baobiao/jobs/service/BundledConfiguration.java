package org.baobiao.jobs.service;

import java.util.List;
import java.util.function.Supplier;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.medrec.upload.UploadLayouts;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;

/**
 * The specification files bundled in the jar. Each kind is read when first asked for (a command
 * that writes a report does not read the QC rules), so a broken file fails only the use cases that
 * need it, as before services existed.
 */
final class BundledConfiguration implements Configuration {
  private final Supplier<ReportCatalog> reports = once(ReportCatalog::loadDefault);
  private final Supplier<List<Contract>> contracts = once(ContractLoader::loadDefault);
  private final Supplier<StatutoryCalendar> calendar = once(StatutoryCalendar::loadDefault);
  private final Supplier<RuleBook> rules = once(RuleBook::load);
  private final Supplier<UploadLayouts> layouts = once(UploadLayouts::load);

  @Override
  public ReportCatalog reports() {
    return reports.get();
  }

  @Override
  public List<Contract> contracts() {
    return contracts.get();
  }

  @Override
  public StatutoryCalendar statutoryCalendar() {
    return calendar.get();
  }

  @Override
  public RuleBook qcRules() {
    return rules.get();
  }

  @Override
  public UploadLayouts uploadLayouts() {
    return layouts.get();
  }

  private static <T> Supplier<T> once(Supplier<T> load) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = load.get();
        }
        return value;
      }
    };
  }
}
