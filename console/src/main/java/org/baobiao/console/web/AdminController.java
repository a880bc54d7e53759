package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.console.account.Account;
import org.baobiao.console.account.Accounts;
import org.baobiao.console.account.InvalidAccountException;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: accounts (through {@link Accounts}, as the API) and the audit trail.
 */
@Controller
public class AdminController {
  private final Accounts accounts;
  private final ConsoleStore store;
  private final ReportRuns runs;

  public AdminController(Accounts accounts, ConsoleStore store, ReportRuns runs) {
    this.accounts = accounts;
    this.store = store;
    this.runs = runs;
  }

  @GetMapping("/admin/users")
  public String users(Model model) {
    List<Account> users = accounts.list();
    Map<String, HospitalGrants> grants = new LinkedHashMap<>();
    users.forEach(u -> grants.put(u.username(), u.grants()));
    model.addAttribute("users", users);
    model.addAttribute("grants", grants);
    model.addAttribute("roles", Role.values());
    model.addAttribute("hospitals", runs.hospitals());
    model.addAttribute("contracts", accounts.knownContracts());
    return "users";
  }

  @PostMapping("/admin/users")
  public String addUser(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(name = "hospital", required = false) List<String> hospitals,
      @RequestParam(name = "contract", required = false) List<String> contracts,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          Account a =
              accounts.create(
                  new Accounts.NewAccount(username, password, role, hospitals, contracts),
                  CurrentUser.actor(request));
          return "已创建用户 " + a.username() + "（" + a.role().label() + "）";
        });
  }

  @PostMapping("/admin/users/{username}/grants")
  public String setGrants(
      @PathVariable String username,
      @RequestParam(name = "hospital", required = false) List<String> hospitals,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          Account a = accounts.setGrants(username, hospitals, CurrentUser.actor(request));
          return "用户 " + username + " 可查看的医院：" + a.grants().label();
        });
  }

  @PostMapping("/admin/users/{username}/contracts")
  public String setContracts(
      @PathVariable String username,
      @RequestParam(name = "contract", required = false) List<String> contracts,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          Account a = accounts.setContracts(username, contracts, CurrentUser.actor(request));
          return "服务商 " + username + " 的合同：" + Accounts.contractsLabel(a.contracts());
        });
  }

  @PostMapping("/admin/users/{username}/unlock")
  public String unlock(
      @PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          accounts.unlock(username, CurrentUser.actor(request));
          return "已解锁用户 " + username;
        });
  }

  @PostMapping("/admin/users/{username}/role")
  public String changeRole(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String role,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          Account a = accounts.changeRole(username, role, CurrentUser.actor(request));
          return "用户 " + username + " 的角色已改为" + a.role().label();
        });
  }

  @PostMapping("/admin/users/{username}/password-reset")
  public String resetPassword(
      @PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          Accounts.Reset reset = accounts.resetPassword(username, CurrentUser.actor(request));
          redirect.addFlashAttribute("resetUser", username);
          redirect.addFlashAttribute("oneTimePassword", reset.oneTimePassword());
          return "已重置用户 "
              + username
              + " 的密码"
              + (reset.revokedTokens() > 0 ? "，并撤销其 " + reset.revokedTokens() + " 个访问令牌" : "");
        });
  }

  @PostMapping("/admin/users/{username}/disable")
  public String disable(
      @PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          accounts.disable(username, CurrentUser.actor(request));
          return "已停用用户 " + username;
        });
  }

  @PostMapping("/admin/users/{username}/enable")
  public String enable(
      @PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
    return act(
        redirect,
        () -> {
          accounts.enable(username, CurrentUser.actor(request));
          return "已启用用户 " + username;
        });
  }

  @GetMapping("/admin/audit")
  public String audit(Model model) {
    model.addAttribute("events", store.audit(500));
    return "audit";
  }

  /**
   * Runs one account action of the 用户管理 page: its notice on success, the service's reason on a
   * refusal (nothing changed), then back to the page.
   */
  private static String act(
      RedirectAttributes redirect, java.util.function.Supplier<String> action) {
    try {
      redirect.addFlashAttribute("notice", action.get());
    } catch (InvalidAccountException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/users";
  }
}
