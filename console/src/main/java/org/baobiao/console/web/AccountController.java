package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.baobiao.console.account.Accounts;
import org.baobiao.console.security.ApiTokens;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.ConsoleUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password. An account with an initial password (given by an administrator, or
 * the printed one-time password) is sent here by {@link #mustChangeFirst} before any other page.
 */
@Controller
public class AccountController {
  /** The shortest password accepted, for new accounts and changes alike. */
  public static final int MIN_PASSWORD = Accounts.MIN_PASSWORD;

  private final ConsoleStore store;
  private final PasswordEncoder encoder;
  private final ApiTokens tokens;

  public AccountController(ConsoleStore store, PasswordEncoder encoder, ApiTokens tokens) {
    this.store = store;
    this.encoder = encoder;
    this.tokens = tokens;
  }

  /** One's personal access tokens for the API. */
  @GetMapping("/account/tokens")
  public String tokens(Principal principal, Model model) {
    model.addAttribute("tokens", store.tokens(principal.getName()));
    model.addAttribute("now", store.currentTime());
    return "tokens";
  }

  @PostMapping("/account/tokens")
  public String createToken(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "90") String days,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String label = name.strip();
    Integer validity = null;
    String problem = null;
    if (!days.isBlank() && !days.equals("0")) {
      try {
        validity = Integer.valueOf(days.strip());
        if (validity < 1 || validity > 3650) {
          problem = "有效天数 '" + days + "' 无效：应为 1 到 3650 之间的整数，或 0 表示长期有效";
        }
      } catch (NumberFormatException e) {
        problem = "有效天数 '" + days + "' 无效：应为 1 到 3650 之间的整数，或 0 表示长期有效";
      }
    }
    if (label.isEmpty() || label.length() > 100) {
      problem = "请填写令牌用途（1 到 100 个字符），如“医院 BI 每日取数”";
    }
    if (problem != null) {
      redirect.addFlashAttribute("error", problem);
      return "redirect:/account/tokens";
    }
    String token = tokens.create(principal.getName(), label, validity);
    CurrentUser.audit(
        store, request, "创建访问令牌", label, "成功", validity == null ? "长期有效" : "有效 " + validity + " 天");
    redirect.addFlashAttribute("token", token);
    return "redirect:/account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  public String revokeToken(
      @PathVariable long id,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    boolean done = store.revokeToken(principal.getName(), id);
    CurrentUser.audit(store, request, "撤销访问令牌", "#" + id, done ? "成功" : "失败", null);
    redirect.addFlashAttribute(done ? "notice" : "error", done ? "令牌已撤销" : "没有这个令牌");
    return "redirect:/account/tokens";
  }

  @GetMapping("/account/password")
  public String form() {
    return "password";
  }

  @PostMapping("/account/password")
  public String change(
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirm,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    ConsoleUser user = store.user(principal.getName()).orElseThrow();
    String problem = null;
    if (!encoder.matches(current, user.passwordHash())) {
      problem = "当前密码不正确";
    } else if (password.length() < MIN_PASSWORD) {
      problem = "新密码太短：至少 " + MIN_PASSWORD + " 个字符";
    } else if (!password.equals(confirm)) {
      problem = "两次输入的新密码不一致";
    } else if (encoder.matches(password, user.passwordHash())) {
      problem = "新密码不能与当前密码相同";
    }
    if (problem != null) {
      CurrentUser.audit(store, request, "修改密码", user.username(), "失败", problem);
      redirect.addFlashAttribute("error", problem);
      return "redirect:/account/password";
    }
    store.changePassword(user.username(), encoder.encode(password));
    CurrentUser.audit(store, request, "修改密码", user.username(), "成功", null);
    redirect.addFlashAttribute("notice", "密码已修改");
    return "redirect:/";
  }

  /**
   * Sends a signed-in account that must replace its initial password to the change form, from any
   * page but the form itself, signing out, and the error and refusal pages.
   */
  static HandlerInterceptor mustChangeFirst(ConsoleStore store) {
    return new HandlerInterceptor() {
      @Override
      public boolean preHandle(
          HttpServletRequest request, HttpServletResponse response, Object handler)
          throws java.io.IOException {
        Principal p = request.getUserPrincipal();
        if (p != null
            && store.user(p.getName()).map(ConsoleUser::mustChangePassword).orElse(false)) {
          response.sendRedirect(request.getContextPath() + "/account/password");
          return false;
        }
        return true;
      }
    };
  }
}
