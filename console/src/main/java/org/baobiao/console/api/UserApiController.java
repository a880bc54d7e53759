package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.baobiao.console.account.Account;
import org.baobiao.console.account.Accounts;
import org.baobiao.console.account.InvalidAccountException;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts as JSON, the actions of the 用户管理 page through the same {@link Accounts}, for
 * administrators only (others are refused 403 and audited by the API's security): list (never a
 * password hash), one, create with an initial password to be replaced at first sign-in, replace the
 * granted hospitals or a vendor's contracts, unlock, change the role, reset the password to a
 * one-time one (answered once), disable and enable. A field in a wrong form is 422, a taken name
 * 409, an unknown account 404, each with the reason in Chinese and nothing saved.
 */
@RestController
@RequestMapping("/api/users")
public class UserApiController {
  private final Accounts accounts;

  public UserApiController(Accounts accounts) {
    this.accounts = accounts;
  }

  /**
   * An account as the API shows it.
   *
   * @param role {@code ADMIN}, {@code STATISTICIAN}, {@code MANAGER}, {@code VENDOR} or {@code
   *     APPROVER}
   * @param roleLabel the role in Chinese
   * @param hospitals the granted hospital codes, {@code ["*"]} for all
   * @param mustChangePassword whether it still has its initial password
   * @param disabled whether an administrator disabled it (no sign-in, no token)
   * @param contracts a vendor's maintenance contracts by id ({@code []} for none and for the other
   *     roles)
   */
  public record UserJson(
      String username,
      String role,
      String roleLabel,
      List<String> hospitals,
      int failedAttempts,
      boolean locked,
      boolean mustChangePassword,
      boolean disabled,
      OffsetDateTime createdAt,
      List<String> contracts) {
    static UserJson of(Account a) {
      HospitalGrants g = a.grants();
      return new UserJson(
          a.username(),
          a.role().name(),
          a.role().label(),
          g.all() ? List.of(HospitalGrants.ALL) : List.copyOf(new java.util.TreeSet<>(g.codes())),
          a.failedAttempts(),
          a.locked(),
          a.mustChangePassword(),
          a.disabled(),
          a.createdAt(),
          a.contracts());
    }
  }

  /**
   * A new account: user name (2–64 letters, digits, {@code _ . -}), initial password (at least 8
   * characters, to be replaced at first sign-in), role (name or Chinese name) and the hospital
   * codes it may see ({@code ["*"]} for all; absent for none); for a vendor, the ids of its
   * maintenance contracts (absent for none).
   */
  public record NewUser(
      String username,
      String password,
      String role,
      List<String> hospitals,
      List<String> contracts) {}

  /** A role: its name ({@code MANAGER}) or its Chinese name (管理者). */
  public record RoleChange(String role) {}

  /**
   * A password reset's answer, the only place the one-time password is ever shown.
   *
   * @param oneTimePassword the new password, to be replaced at the account's next sign-in
   * @param revokedTokens how many of the account's API tokens the reset revoked
   */
  public record PasswordReset(UserJson user, String oneTimePassword, int revokedTokens) {}

  /** A vendor's maintenance contracts by id ({@code []} for none). */
  public record Contracts(List<String> contracts) {}

  /** The hospitals an account may see: codes, {@code ["*"]} for all, {@code []} for none. */
  public record Grants(List<String> hospitals) {}

  @GetMapping
  public List<UserJson> list() {
    return accounts.list().stream().map(UserJson::of).toList();
  }

  @GetMapping("/{username}")
  public UserJson one(@PathVariable String username) {
    return UserJson.of(accounts.get(username));
  }

  /** Creates an account: 201 with it and its address in {@code Location}. */
  @PostMapping
  public ResponseEntity<UserJson> create(@RequestBody NewUser body, HttpServletRequest request) {
    Account a =
        accounts.create(
            new Accounts.NewAccount(
                body.username(), body.password(), body.role(), body.hospitals(), body.contracts()),
            CurrentUser.actor(request));
    return ResponseEntity.created(
            URI.create("/api/users/" + URLEncoder.encode(a.username(), StandardCharsets.UTF_8)))
        .body(UserJson.of(a));
  }

  /** Replaces the hospitals the account may see. */
  @PutMapping("/{username}/hospitals")
  public UserJson setGrants(
      @PathVariable String username, @RequestBody Grants body, HttpServletRequest request) {
    return UserJson.of(accounts.setGrants(username, body.hospitals(), CurrentUser.actor(request)));
  }

  /**
   * Replaces a vendor's maintenance contracts: 422 for another role's account or a contract id the
   * configuration does not know, nothing changed.
   */
  @PutMapping("/{username}/contracts")
  public UserJson setContracts(
      @PathVariable String username, @RequestBody Contracts body, HttpServletRequest request) {
    return UserJson.of(
        accounts.setContracts(username, body.contracts(), CurrentUser.actor(request)));
  }

  /** Unlocks an account locked by failed sign-ins. */
  @PostMapping("/{username}/unlock")
  public UserJson unlock(@PathVariable String username, HttpServletRequest request) {
    return UserJson.of(accounts.unlock(username, CurrentUser.actor(request)));
  }

  /**
   * Changes the role; a vendor that stops being one loses its contracts. 422 for an unknown role,
   * the same role, or the last enabled administrator's demotion, nothing changed.
   */
  @PutMapping("/{username}/role")
  public UserJson changeRole(
      @PathVariable String username, @RequestBody RoleChange body, HttpServletRequest request) {
    return UserJson.of(accounts.changeRole(username, body.role(), CurrentUser.actor(request)));
  }

  /**
   * Resets the password to a one-time one generated by the server, answered this once: it must be
   * replaced at the next sign-in; the lock is cleared, the account's sessions end and its tokens
   * are revoked. 422 for a disabled account.
   */
  @PostMapping("/{username}/password-reset")
  public PasswordReset resetPassword(@PathVariable String username, HttpServletRequest request) {
    Accounts.Reset reset = accounts.resetPassword(username, CurrentUser.actor(request));
    return new PasswordReset(
        UserJson.of(reset.account()), reset.oneTimePassword(), reset.revokedTokens());
  }

  /**
   * Disables the account: no sign-in, no token, its sessions end; its history stays. 422 for
   * oneself, the last enabled administrator or an account already disabled.
   */
  @PostMapping("/{username}/disable")
  public UserJson disable(@PathVariable String username, HttpServletRequest request) {
    return UserJson.of(accounts.disable(username, CurrentUser.actor(request)));
  }

  /** Enables a disabled account. 422 for one that is not disabled. */
  @PostMapping("/{username}/enable")
  public UserJson enable(@PathVariable String username, HttpServletRequest request) {
    return UserJson.of(accounts.enable(username, CurrentUser.actor(request)));
  }

  @ExceptionHandler(InvalidAccountException.class)
  ResponseEntity<java.util.Map<String, Object>> invalid(InvalidAccountException e) {
    HttpStatus status =
        switch (e.reason()) {
          case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
          case TAKEN -> HttpStatus.CONFLICT;
          case UNKNOWN_USER -> HttpStatus.NOT_FOUND;
        };
    return ApiErrors.error(status, e.getMessage());
  }
}
