package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.ConsoleUser;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: accounts and the audit trail. */
@Controller
public class AdminController {
  private static final int MIN_PASSWORD = AccountController.MIN_PASSWORD;
  private final ConsoleStore store;
  private final PasswordEncoder encoder;
  private final ReportRuns runs;

  public AdminController(ConsoleStore store, PasswordEncoder encoder, ReportRuns runs) {
    this.store = store;
    this.encoder = encoder;
    this.runs = runs;
  }

  @GetMapping("/admin/users")
  public String users(Model model) {
    List<ConsoleUser> users = store.users();
    Map<String, HospitalGrants> grants = new LinkedHashMap<>();
    users.forEach(u -> grants.put(u.username(), store.grants(u.username())));
    model.addAttribute("users", users);
    model.addAttribute("grants", grants);
    model.addAttribute("roles", Role.values());
    model.addAttribute("hospitals", runs.hospitals());
    return "users";
  }

  /** Grants from the form: {@code *} for all hospitals, else the ticked codes. */
  private static HospitalGrants grants(List<String> hospitals) {
    List<String> ticked = hospitals == null ? List.of() : hospitals;
    return HospitalGrants.of(new TreeSet<>(ticked));
  }

  @PostMapping("/admin/users")
  public String addUser(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(name = "hospital", required = false) List<String> hospitals,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String name = username.strip();
    String problem = null;
    Role r = null;
    try {
      r = Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      problem = "角色 '" + role + "' 无效：应为 管理员、统计员、管理者、服务商 或 审批人";
    }
    if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
      problem = "用户名 '" + name + "' 无效：应为 2 到 64 个字母、数字、下划线、点或连字符";
    } else if (password.length() < MIN_PASSWORD) {
      problem = "密码太短：至少 " + MIN_PASSWORD + " 个字符";
    } else if (r != null
        && !store.addUser(name, encoder.encode(password), r, true, grants(hospitals))) {
      problem = "用户名 '" + name + "' 已存在";
    }
    if (problem != null) {
      CurrentUser.audit(store, request, "创建用户", name, "失败", problem);
      redirect.addFlashAttribute("error", problem);
    } else {
      CurrentUser.audit(
          store,
          request,
          "创建用户",
          name,
          "成功",
          "角色 " + r.label() + "；医院 " + store.grants(name).label());
      redirect.addFlashAttribute("notice", "已创建用户 " + name + "（" + r.label() + "）");
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{username}/grants")
  public String setGrants(
      @PathVariable String username,
      @RequestParam(name = "hospital", required = false) List<String> hospitals,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    if (store.user(username).isEmpty()) {
      redirect.addFlashAttribute("error", "没有用户 " + username);
      return "redirect:/admin/users";
    }
    store.setGrants(username, grants(hospitals));
    String label = store.grants(username).label();
    CurrentUser.audit(store, request, "授权医院", username, "成功", label);
    redirect.addFlashAttribute("notice", "用户 " + username + " 可查看的医院：" + label);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{username}/unlock")
  public String unlock(
      @PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
    store.unlock(username);
    CurrentUser.audit(store, request, "解锁用户", username, "成功", null);
    redirect.addFlashAttribute("notice", "已解锁用户 " + username);
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/audit")
  public String audit(Model model) {
    model.addAttribute("events", store.audit(500));
    return "audit";
  }
}
