package org.baobiao.console.security;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.dashboard.DashboardService;
import org.baobiao.jobs.service.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user may see beyond the pages of their role: the hospitals granted to them
 * ({@link HospitalGrants}) and, for a vendor, only the SLA reports of its own maintenance contracts
 * (the contracts granted to the account, {@link ConsoleStore#contracts}): a vendor reads and runs
 * them with the report option {@value #CONTRACT_OPTION} set to one of its contracts, sees only the
 * runs made so, and the dashboard's and ticket explanations' SLA figures of its contracts only. A
 * refusal is a {@link Refusal}, answered 403 and audited with its reason by {@link
 * SecurityConfiguration} (or the API's security).
 */
@Component
public class Access {
  /** The reports a vendor may read and run: the SLA pages of its own contracts. */
  static final String VENDOR_REPORT_PREFIX = "sla-";

  /**
   * The report option naming one maintenance contract (sla-compliance's {@code contract}, a
   * CONTRACT parameter): a vendor must give one of its own.
   */
  public static final String CONTRACT_OPTION = DashboardService.CONTRACT_OPTION;

  private final ConsoleStore store;
  private final Configuration configuration;

  public Access(ConsoleStore store, Configuration configuration) {
    this.store = store;
    this.configuration = configuration;
  }

  /**
   * A contract the user may pick on a report's form.
   *
   * @param label what the drop-down shows: id, title and hospital
   */
  public record ContractChoice(String id, String label) {}

  /**
   * The contracts of the configuration in force the user may pick, by id: a vendor's own contracts
   * of its granted hospitals, the other roles' every contract of their granted hospitals.
   */
  public List<ContractChoice> contractChoices(Principal user) {
    Role role = role(user.getName());
    HospitalGrants g = grants(user.getName());
    Set<String> own = role == Role.VENDOR ? contracts(user.getName()) : Set.of();
    return configuration.contractSet().contracts().stream()
        .filter(c -> g.allows(c.orgCode()) && allowsContract(role, own, c.id()))
        .sorted(java.util.Comparator.comparing(c -> c.id()))
        .map(c -> new ContractChoice(c.id(), c.id() + " " + c.title() + "（" + c.orgCode() + "）"))
        .toList();
  }

  /** The user's role; an account deleted meanwhile reads as a manager, who runs nothing. */
  public Role role(String username) {
    return store.user(username).map(u -> u.role()).orElse(Role.MANAGER);
  }

  public HospitalGrants grants(String username) {
    return store.grants(username);
  }

  /** Whether the role may read (and, if it runs reports at all, run) this report. */
  public static boolean mayRead(Role role, String reportId) {
    return role != Role.VENDOR || reportId.startsWith(VENDOR_REPORT_PREFIX);
  }

  /** Refuses a report the user's role may not read. */
  public void requireReport(Principal user, String reportId) {
    if (!mayRead(role(user.getName()), reportId)) {
      throw new Refusal("服务商只能查看服务级别（SLA）报表，无权访问报表 " + reportId);
    }
  }

  /**
   * For a vendor, its own contracts of a hospital (by the configuration in force), sorted by id;
   * null for the other roles, who see every contract.
   */
  public List<String> vendorContractsAt(Principal user, String hospital) {
    if (role(user.getName()) != Role.VENDOR) {
      return null;
    }
    Set<String> own = contracts(user.getName());
    return configuration.contractSet().contracts().stream()
        .filter(c -> c.orgCode().equals(hospital) && own.contains(c.id()))
        .map(c -> c.id())
        .sorted()
        .toList();
  }

  /** The maintenance contracts granted to the user (a vendor's), by id. */
  public SortedSet<String> contracts(String username) {
    return store.contracts(username);
  }

  /**
   * Whether a user of this role with these contracts may see the SLA figures of a contract: any
   * role but a vendor all of them (null: every contract), a vendor one of its own only.
   */
  public static boolean allowsContract(Role role, Set<String> own, String contract) {
    return role != Role.VENDOR || (contract != null && own.contains(contract));
  }

  /**
   * Refuses, for a vendor, a contract that is not one of its own (or none, which means every
   * contract of the hospital); the other roles see every contract.
   *
   * @param contract a contract id, or null for every contract
   */
  public void requireContract(Principal user, String contract) {
    if (role(user.getName()) != Role.VENDOR) {
      return;
    }
    SortedSet<String> own = contracts(user.getName());
    if (!allowsContract(Role.VENDOR, own, contract)) {
      String granted = own.isEmpty() ? "无" : String.join("、", own);
      throw new Refusal(
          contract == null || contract.isBlank()
              ? "服务商须选择自己的合同（选项 合同，已授权：" + granted + "）"
              : "未被授权查看合同 " + contract + "（已授权：" + granted + "）");
    }
  }

  /**
   * Refuses a hospital outside the user's grants.
   *
   * @param hospital a hospital code, or null for all hospitals
   */
  public void requireHospital(Principal user, String hospital) {
    HospitalGrants g = grants(user.getName());
    if (!g.allows(hospital)) {
      throw new Refusal(
          hospital == null
              ? "未被授权查看全部医院，请选择已授权的医院（" + g.label() + "）"
              : "未被授权查看医院 " + hospital + "（已授权：" + g.label() + "）");
    }
  }

  /**
   * Refuses a report for a hospital with options the user may not see, checked in this order: the
   * report (its role), the hospital (its grants), the contract (a vendor's own).
   *
   * @param hospital a hospital code, or null for all hospitals
   * @param options the report options asked for, by name
   */
  public void requireReport(
      Principal user, String reportId, String hospital, Map<String, String> options) {
    requireReport(user, reportId);
    requireHospital(user, hospital);
    requireContract(user, options == null ? null : options.get(CONTRACT_OPTION));
  }

  /** Refuses a run of a report, hospital or contract the user may not see. */
  public void requireRun(Principal user, RunRecord run) {
    requireReport(user, run.reportId(), run.hospital(), run.options());
  }

  /**
   * Whether the user may cancel this run: their own, a schedule's as one who may run schedules
   * (statisticians), or any as administrator.
   */
  public boolean mayCancel(Principal user, RunRecord run) {
    org.baobiao.console.store.Role role = role(user.getName());
    // A schedule's run ("run now") is its schedule's: whoever may run the schedule may stop it.
    return run.username().equals(user.getName())
        || role == org.baobiao.console.store.Role.ADMIN
        || (run.scheduleId() != null && role == org.baobiao.console.store.Role.STATISTICIAN);
  }

  /** Refuses the cancellation of a run the user may not see or did not ask for. */
  public void requireCancel(Principal user, RunRecord run) {
    requireRun(user, run);
    if (!mayCancel(user, run)) {
      throw new Refusal("只能取消自己提交的运行或定时任务的运行（管理员可取消任何运行）");
    }
  }

  /**
   * Whether the user may see this report for this hospital (null: all hospitals): a schedule, its
   * failures and its runs follow the same grants as the runs themselves.
   */
  public boolean maySee(Principal user, String reportId, String hospital) {
    return mayRead(role(user.getName()), reportId) && grants(user.getName()).allows(hospital);
  }

  /** The runs the user may see, in the given order. */
  public List<RunRecord> visible(Principal user, List<RunRecord> runs) {
    Role role = role(user.getName());
    HospitalGrants g = grants(user.getName());
    Set<String> own = role == Role.VENDOR ? contracts(user.getName()) : Set.of();
    return runs.stream()
        .filter(
            r ->
                mayRead(role, r.reportId())
                    && g.allows(r.hospital())
                    && allowsContract(role, own, r.options().get(CONTRACT_OPTION)))
        .toList();
  }

  /** A request for something outside the user's grants; its message says what, in Chinese. */
  public static final class Refusal extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public Refusal(String message) {
      super(message);
    }
  }
}
