package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.baobiao.console.store.ConsoleStore;
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
  private static final int MIN_PASSWORD = 8;
  private final ConsoleStore store;
  private final PasswordEncoder encoder;

  public AdminController(ConsoleStore store, PasswordEncoder encoder) {
    this.store = store;
    this.encoder = encoder;
  }

  @GetMapping("/admin/users")
  public String users(Model model) {
    model.addAttribute("users", store.users());
    model.addAttribute("roles", Role.values());
    return "users";
  }

  @PostMapping("/admin/users")
  public String addUser(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String name = username.strip();
    String problem = null;
    Role r = null;
    try {
      r = Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      problem = "角色 '" + role + "' 无效：应为 管理员、统计员 或 管理者";
    }
    if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
      problem = "用户名 '" + name + "' 无效：应为 2 到 64 个字母、数字、下划线、点或连字符";
    } else if (password.length() < MIN_PASSWORD) {
      problem = "密码太短：至少 " + MIN_PASSWORD + " 个字符";
    } else if (r != null && !store.addUser(name, encoder.encode(password), r)) {
      problem = "用户名 '" + name + "' 已存在";
    }
    if (problem != null) {
      CurrentUser.audit(store, request, "创建用户", name, "失败", problem);
      redirect.addFlashAttribute("error", problem);
    } else {
      CurrentUser.audit(store, request, "创建用户", name, "成功", "角色 " + r.label());
      redirect.addFlashAttribute("notice", "已创建用户 " + name + "（" + r.label() + "）");
    }
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
