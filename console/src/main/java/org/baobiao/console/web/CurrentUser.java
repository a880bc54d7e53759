package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.baobiao.console.store.ConsoleStore;
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
    Role role = store.user(principal.getName()).map(u -> u.role()).orElse(Role.MANAGER);
    return new Me(principal.getName(), role);
  }

  /** The signed-in user. */
  public record Me(String name, Role role) {
    public boolean admin() {
      return role == Role.ADMIN;
    }

    public boolean canRun() {
      return role == Role.ADMIN || role == Role.STATISTICIAN;
    }
  }

  /** Audits an action of the request's user. */
  static void audit(
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
