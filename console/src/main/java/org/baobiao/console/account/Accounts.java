package org.baobiao.console.account;

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
 * sign-in, replace the hospitals it may see and a vendor's contracts, unlock it. Every change and
 * every refused creation is audited here, with the acting user and their address, the same way
 * whoever asks.
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
    try {
      SortedSet<String> contracts = contracts(account.role(), username, contractIds);
      store.setContracts(username, contracts);
      audit(by, "授权合同", username, "成功", contractsLabel(contracts));
      return get(username);
    } catch (InvalidAccountException e) {
      audit(by, "授权合同", username, "失败", e.getMessage());
      throw e;
    }
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
