package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.baobiao.console.account.Accounts;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's name and role into every page's model, for the navigation bar. */
@ControllerAdvice
public class CurrentUser {
  private final ConsoleStore store;

  public CurrentUser(ConsoleStore store) {
    this.store = store;
  }

  @ModelAttribute("me")
  public Me me(Principal principal) {
    if (principal == null) {
      return null;
    }
    var user = store.user(principal.getName());
    Role role = user.map(u -> u.role()).orElse(Role.MANAGER);
    return new Me(
        principal.getName(),
        role,
        store.grants(principal.getName()),
        user.map(u -> u.mustChangePassword()).orElse(false));
  }

  /** The signed-in user, with the hospitals they may see. */
  public record Me(String name, Role role, HospitalGrants grants, boolean mustChangePassword) {
    public boolean admin() {
      return role == Role.ADMIN;
    }

    /** Administrators, statisticians and vendors (their SLA reports) run reports. */
    public boolean canRun() {
      return runs(role);
    }
  }

  /** Whether the role runs reports (the security configuration's rule for the run form). */
  public static boolean runs(Role role) {
    return role == Role.ADMIN || role == Role.STATISTICIAN || role == Role.VENDOR;
  }

  /** The request's user and address, for a service that audits what they do. */
  public static Accounts.Actor actor(HttpServletRequest request) {
    Principal p = request.getUserPrincipal();
    return new Accounts.Actor(p == null ? null : p.getName(), request.getRemoteAddr());
  }

  /** Audits an action of the request's user. */
  public static void audit(
      ConsoleStore store,
      HttpServletRequest request,
      String action,
      String target,
      String outcome,
      String detail) {
    Principal p = request.getUserPrincipal();
    store.audit(
        p == null ? null : p.getName(), action, target, outcome, detail, request.getRemoteAddr());
  }
}
