package org.baobiao.jobs.service;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.baobiao.jobs.request.catalog.ExtractCatalog;
import org.baobiao.mch.qc.MchRuleBook;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.submission.UploadLayouts;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractLoader;
import org.baobiao.sla.contract.ContractSet;
import org.baobiao.spec.SpecException;
import org.baobiao.spec.config.ConfigFolder;

/**
 * The specification files bundled in the jar with a configuration folder's files laid over them
 * (none: the bundled files alone). Each kind is read when first asked for (a command that writes a
 * report does not read the QC rules), so a broken file fails only the use cases that need it, as
 * before services existed.
 */
final class FolderConfiguration implements Configuration {
  private final ConfigFolder folder;
  private final Supplier<ReportCatalog> reports;
  private final Supplier<ContractSet> contracts;
  private final Supplier<StatutoryCalendar> calendar;
  private final Supplier<RuleBook> rules;
  private final Supplier<MchRuleBook> mchRules;
  private final Supplier<UploadLayouts> layouts;
  private final Supplier<ExtractCatalog> extracts;

  FolderConfiguration(ConfigFolder folder) {
    this.folder = requireNonNull(folder, "folder is null");
    this.reports = once(() -> ReportCatalog.load(folder));
    this.contracts = once(() -> ContractLoader.loadEach(folder));
    this.calendar = once(() -> StatutoryCalendar.load(folder));
    this.rules = once(() -> RuleBook.load(folder));
    this.mchRules = once(() -> MchRuleBook.load(folder));
    this.layouts = once(() -> UploadLayouts.load(folder, UploadRecords.all()));
    this.extracts = once(() -> ExtractCatalog.load(folder));
  }

  @Override
  public ConfigFolder folder() {
    return folder;
  }

  @Override
  public ReportCatalog reports() {
    return reports.get();
  }

  @Override
  public List<Contract> contracts() {
    ContractSet set = contracts.get();
    if (!set.broken().isEmpty()) {
      throw new SpecException(
          ContractLoader.WHAT, set.broken().stream().flatMap(b -> b.problems().stream()).toList());
    }
    return set.contracts();
  }

  @Override
  public ContractSet contractSet() {
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
  public MchRuleBook mchQcRules() {
    return mchRules.get();
  }

  @Override
  public UploadLayouts uploadLayouts() {
    return layouts.get();
  }

  @Override
  public ExtractCatalog extracts() {
    return extracts.get();
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
