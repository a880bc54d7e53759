package org.baobiao.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.baobiao.console.store.ApiToken;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.ConsoleUser;
import org.baobiao.console.store.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API under {@code /api}: for machine clients with a personal access token ({@code
 * Authorization: Bearer bbt_…}), stateless, no session and so no CSRF token (a browser's cookie is
 * not accepted here, so a forged cross-site request carries nothing that authenticates it). The
 * OpenAPI document is public. A missing or bad token, or one of a disabled account, answers 401, a
 * refusal 403, both as JSON in Chinese and audited.
 */
@Configuration
public class ApiSecurityConfiguration {
  /** The request attribute naming the disabled account whose token was refused. */
  private static final String DISABLED_USER = "baobiao.disabledUser";

  private final ConsoleStore store;
  private final ApiTokens tokens;

  /** Where a request's token user is kept for the request's async and error dispatches. */
  private final SecurityContextRepository contexts =
      new RequestAttributeSecurityContextRepository();

  public ApiSecurityConfiguration(ConsoleStore store, ApiTokens tokens) {
    this.store = store;
    this.tokens = tokens;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/openapi.json")
                    .permitAll()
                    // Accounts: as on the 用户管理 page, administrators only.
                    .requestMatchers("/api/users", "/api/users/**")
                    .hasRole(Role.ADMIN.name())
                    // Schedules: as on the pages, changed by administrators and statisticians,
                    // read by the other roles but vendors.
                    .requestMatchers(HttpMethod.GET, "/api/schedules", "/api/schedules/**")
                    .hasAnyRole(
                        Role.ADMIN.name(),
                        Role.STATISTICIAN.name(),
                        Role.MANAGER.name(),
                        Role.APPROVER.name())
                    .requestMatchers("/api/schedules", "/api/schedules/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.STATISTICIAN.name())
                    // Acceptance packs: as on the pages, administrators and statisticians.
                    .requestMatchers("/api/acceptance", "/api/acceptance/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.STATISTICIAN.name())
                    // Extraction requests: as on the pages, everyone but vendors.
                    .requestMatchers("/api/extracts", "/api/requests", "/api/requests/**")
                    .hasAnyRole(
                        Role.ADMIN.name(),
                        Role.STATISTICIAN.name(),
                        Role.MANAGER.name(),
                        Role.APPROVER.name())
                    .anyRequest()
                    .authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(contexts))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(new BearerFilter(), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) -> {
                          Object disabled = request.getAttribute(DISABLED_USER);
                          String why =
                              request.getHeader("Authorization") == null
                                  ? "缺少访问令牌：请在请求头加 Authorization: Bearer <令牌>（在控制台“访问令牌”页创建）"
                                  : disabled != null ? "账号已停用：其访问令牌不能使用" : "访问令牌无效、已过期或已撤销";
                          store.audit(
                              (String) disabled,
                              "API 认证",
                              request.getRequestURI(),
                              "拒绝",
                              why,
                              request.getRemoteAddr());
                          json(response, 401, why);
                        })
                    .accessDeniedHandler(
                        (request, response, denied) -> {
                          String why =
                              denied instanceof Access.Refusal ? denied.getMessage() : "当前角色无权访问";
                          var a = SecurityContextHolder.getContext().getAuthentication();
                          store.audit(
                              a == null ? null : a.getName(),
                              "拒绝访问",
                              request.getRequestURI(),
                              "拒绝",
                              why,
                              request.getRemoteAddr());
                          json(response, 403, why);
                        }));
    return http.build();
  }

  /** Writes {@code {"error": "…"}} with the status. */
  public static void json(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("{\"status\":" + status + ",\"error\":\"" + escape(message) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Authenticates a request by its bearer token as the token's user, if the user may sign in. */
  private final class BearerFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.startsWith("Bearer ")) {
        Optional<ApiToken> token = tokens.authenticate(header.substring(7).trim());
        Optional<ConsoleUser> user =
            token.flatMap(t -> store.user(t.username())).filter(u -> !u.locked());
        if (user.isPresent() && user.get().disabled()) {
          request.setAttribute(DISABLED_USER, user.get().username());
          user = Optional.empty();
        }
        if (user.isPresent()) {
          var auth =
              new UsernamePasswordAuthenticationToken(
                  user.get().username(),
                  null,
                  List.of(new SimpleGrantedAuthority(user.get().role().authority())));
          SecurityContext context = SecurityContextHolder.createEmptyContext();
          context.setAuthentication(auth);
          SecurityContextHolder.setContext(context);
          // Kept in the request for its later dispatches: the async dispatch that ends a streamed
          // answer (a download) is authorized too, and without the token's user it was refused
          // after the file had been streamed; the connection dropped, and a client that resends
          // a GET on a dropped connection (the JDK's does) counted a second download.
          contexts.saveContext(context, request, response);
        }
      }
      chain.doFilter(request, response);
    }
  }
}
