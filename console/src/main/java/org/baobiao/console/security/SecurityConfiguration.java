package org.baobiao.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.ConsoleUser;
import org.baobiao.console.store.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may open what: form sign-in against the console's accounts (BCrypt), CSRF tokens on every
 * form (Spring Security's default), Spring Security's default headers, lock-out after {@link
 * ConsoleStore#MAX_FAILED_SIGN_INS} failed sign-ins, disabled accounts refused, and every sign-in
 * and refusal audited. A signed-in session ends at its next request when its account was disabled,
 * deleted, given another role or had its password reset after the session began ({@link
 * SessionCheck}).
 */
@Configuration
public class SecurityConfiguration {
  private final ConsoleStore store;

  public SecurityConfiguration(ConsoleStore store) {
    this.store = store;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService() {
    return username ->
        store
            .user(username)
            .map(
                u ->
                    User.withUsername(u.username())
                        .password(u.passwordHash())
                        .authorities(u.role().authority())
                        .accountLocked(u.locked())
                        .disabled(u.disabled())
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    String admin = Role.ADMIN.name();
    String statistician = Role.STATISTICIAN.name();
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/error")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(admin)
                    .requestMatchers("/reports/*/run")
                    .hasAnyRole(admin, statistician, Role.VENDOR.name())
                    // Schedules: administrators and statisticians change them; the other roles
                    // but vendors (whose pages are their SLA reports only) read them.
                    .requestMatchers(HttpMethod.POST, "/schedules", "/schedules/**")
                    .hasAnyRole(admin, statistician)
                    .requestMatchers("/schedules/new", "/schedules/*/edit")
                    .hasAnyRole(admin, statistician)
                    .requestMatchers("/schedules", "/schedules/**")
                    .hasAnyRole(admin, statistician, Role.MANAGER.name(), Role.APPROVER.name())
                    // Acceptance packs: built by those who run reports (not vendors).
                    .requestMatchers("/acceptance", "/acceptance/**")
                    .hasAnyRole(admin, statistician)
                    // Load status and rejects: the people who fix the data.
                    .requestMatchers("/loads", "/loads/**")
                    .hasAnyRole(admin, statistician)
                    // Extraction requests: everyone but vendors asks; approving is checked by the
                    // page (administrators and approvers) and by the service (never one's own).
                    .requestMatchers("/requests", "/requests/**")
                    .hasAnyRole(admin, statistician, Role.MANAGER.name(), Role.APPROVER.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .failureHandler(
                        (request, response, e) -> {
                          String reason =
                              e instanceof LockedException
                                  ? "locked"
                                  : e instanceof DisabledException ? "disabled" : "bad";
                          response.sendRedirect(
                              request.getContextPath() + "/login?error=" + reason);
                        })
                    .defaultSuccessUrl("/", true))
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .addFilterBefore(new SessionCheck(), AuthorizationFilter.class)
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (request, response, denied) -> {
                      String why =
                          denied instanceof CsrfException
                              ? "表单缺少有效的 CSRF 令牌（" + request.getMethod() + "）"
                              : denied instanceof Access.Refusal ? denied.getMessage() : "当前角色无权访问";
                      request.setAttribute("refusal", why);
                      audit(request, "拒绝访问", request.getRequestURI(), "拒绝", why);
                      response.setStatus(403);
                      request.getRequestDispatcher("/denied").forward(request, response);
                    }));
    return http.build();
  }

  private void audit(
      HttpServletRequest request, String action, String target, String outcome, String detail) {
    // From the security context: a CSRF refusal comes before the request knows its user.
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn = a != null && !(a instanceof AnonymousAuthenticationToken);
    store.audit(
        signedIn ? a.getName() : null, action, target, outcome, detail, request.getRemoteAddr());
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    Authentication a = event.getAuthentication();
    store.signInSucceeded(a.getName());
    store.audit(a.getName(), "登录", null, "成功", null, remote(a));
  }

  @EventListener
  void signInFailed(AbstractAuthenticationFailureEvent event) {
    Authentication a = event.getAuthentication();
    String detail;
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      boolean locked = store.signInFailed(a.getName());
      detail = locked ? "用户名或密码错误；账号已锁定" : "用户名或密码错误";
    } else {
      detail = event.getException().getMessage();
      if (event.getException() instanceof LockedException) {
        detail = "账号已锁定";
      } else if (event.getException() instanceof DisabledException) {
        detail = "账号已停用";
      }
    }
    store.audit(a.getName(), "登录", null, "失败", detail, remote(a));
  }

  private static String remote(Authentication a) {
    return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
  }

  /** The session attribute holding when the session was first seen signed in. */
  static final String SIGNED_IN_AT = "baobiao.signedInAt";

  /**
   * Ends a signed-in session whose account is gone, disabled, or was changed by an administrator
   * (role, password reset) after the session was first seen signed in: the session is invalidated
   * and the browser sent to sign in again, with the reason. Other sessions get the moment they were
   * first seen signed in (the request after the sign-in).
   */
  private final class SessionCheck extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication a = SecurityContextHolder.getContext().getAuthentication();
      HttpSession session = request.getSession(false);
      if (a == null || a instanceof AnonymousAuthenticationToken || session == null) {
        chain.doFilter(request, response);
        return;
      }
      ConsoleUser user = store.user(a.getName()).orElse(null);
      Instant since = (Instant) session.getAttribute(SIGNED_IN_AT);
      String ended = null;
      if (user == null || user.disabled()) {
        ended = "disabled";
      } else if (since != null
          && user.sessionsSince() != null
          && since.isBefore(user.sessionsSince().toInstant())) {
        ended = "changed";
      }
      if (ended != null) {
        store.audit(
            a.getName(),
            "结束会话",
            request.getRequestURI(),
            "拒绝",
            ended.equals("disabled") ? "账号已停用" : "管理员修改了账号（角色或密码），须重新登录",
            request.getRemoteAddr());
        session.invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?error=" + ended);
        return;
      }
      if (since == null) {
        session.setAttribute(SIGNED_IN_AT, Instant.now());
      }
      chain.doFilter(request, response);
    }
  }
}
