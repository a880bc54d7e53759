package org.baobiao.console.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.baobiao.console.account.InvalidAccountException.Reason;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.baobiao.jobs.service.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The administrator's account use cases, for the 用户管理 page and the API alike: list the accounts
 * (never their password hashes), create one with an initial password to be replaced at first
 * sign-in, replace the hospitals it may see and a vendor's contracts, unlock it, change its role,
 * reset its password to a one-time one, disable and enable it. Every change and every refusal is
 * audited here, with the acting user and their address, the same way whoever asks.
 *
 * <p>The rules that keep the console administrable: the last enabled administrator can be neither
 * demoted nor disabled, and nobody disables themselves. A vendor's contract grants are dropped when
 * it becomes another role (the audit names them). A reset, a role change and disabling end the
 * account's signed-in sessions at their next request; a reset also revokes its API tokens, and a
 * disabled account's tokens are refused while it is disabled (they work again when it is enabled).
 */
@Service
public class Accounts {
  /** The shortest password accepted, for new accounts and changes alike. */
  public static final int MIN_PASSWORD = 8;

  /** The longest hospital code the console stores. */
  static final int MAX_HOSPITAL_CODE = 40;

  private final ConsoleStore store;
  private final PasswordEncoder encoder;
  private final Configuration configuration;

  public Accounts(ConsoleStore store, PasswordEncoder encoder, Configuration configuration) {
    this.store = store;
    this.encoder = encoder;
    this.configuration = configuration;
  }

  /**
   * A new account as asked for.
   *
   * @param role a role's name ({@code STATISTICIAN}) or its Chinese name (统计员)
   * @param hospitals the hospital codes it may see, {@code *} for all; null or empty for none
   * @param contracts for a vendor, the ids of the maintenance contracts it may see; null or empty
   *     for none (refused for the other roles)
   */
  public record NewAccount(
      String username,
      String password,
      String role,
      List<String> hospitals,
      List<String> contracts) {
    /** An account without contracts. */
    public NewAccount(String username, String password, String role, List<String> hospitals) {
      this(username, password, role, hospitals, List.of());
    }
  }

  /** Who asks: the signed-in user's name and address, for the audit trail. */
  public record Actor(String username, String remoteAddress) {}

  /** Every account, oldest first. */
  public List<Account> list() {
    return store.users().stream().map(this::account).toList();
  }

  /**
   * One account.
   *
   * @throws InvalidAccountException {@link Reason#UNKNOWN_USER} when there is none
   */
  public Account get(String username) {
    return store.user(username).map(this::account).orElseThrow(() -> unknown(username));
  }

  private Account account(org.baobiao.console.store.ConsoleUser u) {
    return Account.of(u, store.grants(u.username()), store.contracts(u.username()));
  }

  /**
   * Creates an account whose password must be replaced at its first sign-in. Refused (and audited
   * as failed) with nothing saved when a field is wrong or the name is taken.
   */
  public Account create(NewAccount asked, Actor by) {
    String name = asked.username() == null ? "" : asked.username().strip();
    try {
      String password = asked.password() == null ? "" : asked.password();
      if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
        throw new InvalidAccountException(
            Reason.INVALID, "用户名 '" + name + "' 无效：应为 2 到 64 个字母、数字、下划线、点或连字符");
      }
      if (password.length() < MIN_PASSWORD) {
        throw new InvalidAccountException(Reason.INVALID, "密码太短：至少 " + MIN_PASSWORD + " 个字符");
      }
      Role role = role(asked.role());
      HospitalGrants grants = grants(asked.hospitals());
      SortedSet<String> contracts = contracts(role, name, asked.contracts());
      boolean added;
      try {
        added = store.addUser(name, encoder.encode(password), role, true, grants);
      } catch (DuplicateKeyException e) {
        added = false;
      }
      if (!added) {
        throw new InvalidAccountException(Reason.TAKEN, "用户名 '" + name + "' 已存在");
      }
      store.setContracts(name, contracts);
      audit(
          by,
          "创建用户",
          name,
          "成功",
          "角色 "
              + role.label()
              + "；医院 "
              + store.grants(name).label()
              + (role == Role.VENDOR ? "；合同 " + contractsLabel(contracts) : ""));
      return get(name);
    } catch (InvalidAccountException e) {
      audit(by, "创建用户", name, "失败", e.getMessage());
      throw e;
    }
  }

  /**
   * Replaces the hospitals an account may see ({@code *} for all; none for none).
   *
   * @throws InvalidAccountException for an unknown account or a malformed code, nothing changed
   */
  public Account setGrants(String username, List<String> hospitals, Actor by) {
    get(username);
    HospitalGrants grants = grants(hospitals);
    store.setGrants(username, grants);
    audit(by, "授权医院", username, "成功", store.grants(username).label());
    return get(username);
  }

  /**
   * Replaces the maintenance contracts a vendor account may see (none for none). Refused (and
   * audited as failed) with nothing changed for an account that is not a vendor's or an id that is
   * not among the contracts of the configuration in force (bundled and the configuration folder's).
   *
   * @throws InvalidAccountException for an unknown account, a non-vendor or an unknown contract
   */
  public Account setContracts(String username, List<String> contractIds, Actor by) {
    Account account = get(username);
    return audited(
        by,
        "授权合同",
        username,
        () -> {
          SortedSet<String> contracts = contracts(account.role(), username, contractIds);
          store.setContracts(username, contracts);
          return contractsLabel(contracts);
        });
  }

  /** The ids of every contract of the configuration in force, sorted. */
  public SortedSet<String> knownContracts() {
    SortedSet<String> ids = new TreeSet<>();
    configuration.contractSet().contracts().forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** Checks contracts asked for an account of this role: vendors only, known ids only. */
  private SortedSet<String> contracts(Role role, String username, List<String> asked) {
    SortedSet<String> ids = new TreeSet<>();
    for (String id : asked == null ? List.<String>of() : asked) {
      if (id != null && !id.isBlank()) {
        ids.add(id.strip());
      }
    }
    if (ids.isEmpty()) {
      return ids;
    }
    if (role != Role.VENDOR) {
      throw new InvalidAccountException(
          Reason.INVALID, "只有服务商账号可以授权合同：用户 " + username + " 的角色是" + role.label());
    }
    SortedSet<String> known = knownContracts();
    List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidAccountException(
          Reason.INVALID,
          "未知的合同 "
              + String.join("、", unknown)
              + "；已知的合同："
              + (known.isEmpty() ? "无" : String.join("、", known)));
    }
    return ids;
  }

  /** For the audit trail and the pages: the ids, or 无. */
  public static String contractsLabel(java.util.Collection<String> contracts) {
    return contracts.isEmpty() ? "无（看不到任何合同）" : String.join("、", new TreeSet<>(contracts));
  }

  /**
   * Unlocks an account locked by failed sign-ins and clears its count.
   *
   * @throws InvalidAccountException for an unknown account
   */
  public Account unlock(String username, Actor by) {
    get(username);
    store.unlock(username);
    audit(by, "解锁用户", username, "成功", null);
    return get(username);
  }

  /**
   * Changes an account's role. A vendor that becomes another role loses its contract grants (named
   * in the audit); its hospital grants stay (an administrator sees all whatever they are). Refused
   * (and audited as failed) with nothing changed for an unknown role or when the account is the
   * last enabled administrator and would stop being one.
   *
   * @throws InvalidAccountException for an unknown account, a wrong role or the last administrator
   */
  public Account changeRole(String username, String role, Actor by) {
    Account account = get(username);
    return audited(
        by,
        "修改角色",
        username,
        () -> {
          Role to = role(role);
          if (to == account.role()) {
            throw new InvalidAccountException(
                Reason.INVALID, "用户 " + username + " 的角色已经是" + to.label() + "，没有修改");
          }
          if (!store.changeRole(username, to)) {
            throw new InvalidAccountException(
                Reason.INVALID, "不能修改用户 " + username + " 的角色：它是唯一启用的管理员，请先让另一个账号成为管理员");
          }
          String detail = account.role().label() + " → " + to.label();
          if (!account.contracts().isEmpty()) {
            // Dropped with the role change (ConsoleStore.changeRole): only vendors have contracts.
            detail += "；已取消合同授权 " + contractsLabel(account.contracts());
          }
          return detail;
        });
  }

  /**
   * An account whose password was reset, with its one-time password, to be shown once.
   *
   * @param revokedTokens how many of its API tokens the reset revoked
   */
  public record Reset(Account account, String oneTimePassword, int revokedTokens) {}

  /**
   * Resets an account's password to a one-time one generated here (as the first administrator's):
   * it must be replaced at the next sign-in; the failed sign-ins and the lock are cleared, the
   * account's sessions end at their next request and its API tokens are revoked (a reset answers a
   * forgotten or exposed password: whoever had it may have made a token). The password itself is
   * neither stored nor audited.
   *
   * @throws InvalidAccountException for an unknown account or a disabled one (enable it first)
   */
  public Reset resetPassword(String username, Actor by) {
    Account account = get(username);
    String password = oneTimePassword();
    int[] revoked = new int[1];
    Account after =
        audited(
            by,
            "重置密码",
            username,
            () -> {
              if (account.disabled()) {
                throw new InvalidAccountException(
                    Reason.INVALID, "用户 " + username + " 已停用：请先启用再重置密码");
              }
              store.resetPassword(username, encoder.encode(password));
              revoked[0] = store.revokeTokens(username);
              return "一次性密码，下次登录须修改；已撤销 " + revoked[0] + " 个访问令牌";
            });
    return new Reset(after, password, revoked[0]);
  }

  /**
   * Disables an account: it can no longer sign in nor use its API tokens, its sessions end at their
   * next request; its runs, requests and audit stay. Refused (and audited as failed) for oneself
   * and for the last enabled administrator.
   *
   * @throws InvalidAccountException for an unknown account, oneself or the last administrator
   */
  public Account disable(String username, Actor by) {
    Account account = get(username);
    return audited(
        by,
        "停用用户",
        username,
        () -> {
          if (username.equals(by.username())) {
            throw new InvalidAccountException(Reason.INVALID, "不能停用自己的账号");
          }
          if (account.disabled()) {
            throw new InvalidAccountException(Reason.INVALID, "用户 " + username + " 已经停用");
          }
          if (!store.setDisabled(username, true)) {
            throw new InvalidAccountException(Reason.INVALID, "不能停用用户 " + username + "：它是唯一启用的管理员");
          }
          return null;
        });
  }

  /**
   * Enables a disabled account: it signs in again with its password, and its tokens that are
   * neither revoked nor expired work again.
   *
   * @throws InvalidAccountException for an unknown account or one that is not disabled
   */
  public Account enable(String username, Actor by) {
    Account account = get(username);
    return audited(
        by,
        "启用用户",
        username,
        () -> {
          if (!account.disabled()) {
            throw new InvalidAccountException(Reason.INVALID, "用户 " + username + " 没有停用");
          }
          store.setDisabled(username, false);
          return null;
        });
  }

  /**
   * Runs one administrator's change to an account, audited under {@code action}: its detail on
   * success, the reason on a refusal (nothing changed), which is thrown on.
   *
   * @param change makes the change and answers the audit's detail (or null)
   * @return the account after the change
   */
  private Account audited(
      Actor by, String action, String username, java.util.function.Supplier<String> change) {
    try {
      String detail = change.get();
      audit(by, action, username, "成功", detail);
      return get(username);
    } catch (InvalidAccountException e) {
      audit(by, action, username, "失败", e.getMessage());
      throw e;
    }
  }

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A one-time password: 16 letters and digits, without the look-alikes (0 O 1 l I). */
  public static String oneTimePassword() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return b.toString();
  }

  /** A role by its name or its Chinese name. */
  static Role role(String asked) {
    String r = asked == null ? "" : asked.strip();
    for (Role role : Role.values()) {
      if (role.name().equals(r) || role.label().equals(r)) {
        return role;
      }
    }
    throw new InvalidAccountException(
        Reason.INVALID,
        "角色 '"
            + r
            + "' 无效：应为 "
            + String.join(
                "、",
                Arrays.stream(Role.values()).map(x -> x.name() + "（" + x.label() + "）").toList()));
  }

  /** Grants from ticked or listed codes: {@code *} for all hospitals. */
  static HospitalGrants grants(List<String> hospitals) {
    List<String> codes = new ArrayList<>();
    for (String h : hospitals == null ? List.<String>of() : hospitals) {
      String code = h == null ? "" : h.strip();
      boolean wellFormed =
          code.equals(HospitalGrants.ALL)
              || (code.length() <= MAX_HOSPITAL_CODE && code.matches("[\\p{L}\\p{N}_.-]+"));
      if (!wellFormed) {
        throw new InvalidAccountException(
            Reason.INVALID,
            "医院代码 '" + code + "' 无效：应为 1 到 " + MAX_HOSPITAL_CODE + " 个字母、数字，或 * 表示全部医院");
      }
      codes.add(code);
    }
    return HospitalGrants.of(new TreeSet<>(codes));
  }

  private static InvalidAccountException unknown(String username) {
    return new InvalidAccountException(Reason.UNKNOWN_USER, "没有用户 " + username);
  }

  private void audit(Actor by, String action, String target, String outcome, String detail) {
    store.audit(by.username(), action, target, outcome, detail, by.remoteAddress());
  }
}
