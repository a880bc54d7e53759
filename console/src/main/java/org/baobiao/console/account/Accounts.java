package org.baobiao.console.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.baobiao.console.account.InvalidAccountException.Reason;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The administrator's account use cases, for the 用户管理 page and the API alike: list the accounts
 * (never their password hashes), create one with an initial password to be replaced at first
 * sign-in, replace the hospitals it may see, unlock it. Every change and every refused creation is
 * audited here, with the acting user and their address, the same way whoever asks.
 */
@Service
public class Accounts {
  /** The shortest password accepted, for new accounts and changes alike. */
  public static final int MIN_PASSWORD = 8;

  /** The longest hospital code the console stores. */
  static final int MAX_HOSPITAL_CODE = 40;

  private final ConsoleStore store;
  private final PasswordEncoder encoder;

  public Accounts(ConsoleStore store, PasswordEncoder encoder) {
    this.store = store;
    this.encoder = encoder;
  }

  /**
   * A new account as asked for.
   *
   * @param role a role's name ({@code STATISTICIAN}) or its Chinese name (统计员)
   * @param hospitals the hospital codes it may see, {@code *} for all; null or empty for none
   */
  public record NewAccount(String username, String password, String role, List<String> hospitals) {}

  /** Who asks: the signed-in user's name and address, for the audit trail. */
  public record Actor(String username, String remoteAddress) {}

  /** Every account, oldest first. */
  public List<Account> list() {
    return store.users().stream().map(u -> Account.of(u, store.grants(u.username()))).toList();
  }

  /**
   * One account.
   *
   * @throws InvalidAccountException {@link Reason#UNKNOWN_USER} when there is none
   */
  public Account get(String username) {
    return store
        .user(username)
        .map(u -> Account.of(u, store.grants(u.username())))
        .orElseThrow(() -> unknown(username));
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
      boolean added;
      try {
        added = store.addUser(name, encoder.encode(password), role, true, grants);
      } catch (DuplicateKeyException e) {
        added = false;
      }
      if (!added) {
        throw new InvalidAccountException(Reason.TAKEN, "用户名 '" + name + "' 已存在");
      }
      audit(by, "创建用户", name, "成功", "角色 " + role.label() + "；医院 " + store.grants(name).label());
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
