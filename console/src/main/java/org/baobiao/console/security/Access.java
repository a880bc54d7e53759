package org.baobiao.console.security;

import java.security.Principal;
import java.util.List;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.baobiao.console.store.RunRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user may see beyond the pages of their role: the hospitals granted to them
 * ({@link HospitalGrants}) and, for a vendor, only the SLA reports. A refusal is a {@link Refusal},
 * answered 403 and audited with its reason by {@link SecurityConfiguration}.
 */
@Component
public class Access {
  /** The reports a vendor may read and run: the SLA pages of its own contracts. */
  static final String VENDOR_REPORT_PREFIX = "sla-";

  private final ConsoleStore store;

  public Access(ConsoleStore store) {
    this.store = store;
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

  /** Refuses a run of a report or hospital the user may not see. */
  public void requireRun(Principal user, RunRecord run) {
    requireReport(user, run.reportId());
    requireHospital(user, run.hospital());
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
    return runs.stream()
        .filter(r -> mayRead(role, r.reportId()) && g.allows(r.hospital()))
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
