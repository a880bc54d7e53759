package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.ConsoleStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors as {@code {"status": 4xx, "error": "…"}} in Chinese; refusals audited. */
@RestControllerAdvice(
    assignableTypes = {
      ApiController.class,
      RequestApiController.class,
      ScheduleApiController.class,
      UserApiController.class
    })
public class ApiErrors {
  private final ConsoleStore store;

  public ApiErrors(ConsoleStore store) {
    this.store = store;
  }

  @ExceptionHandler(Access.Refusal.class)
  ResponseEntity<Map<String, Object>> refused(Access.Refusal e, HttpServletRequest request) {
    store.audit(
        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
        "拒绝访问",
        request.getRequestURI(),
        "拒绝",
        e.getMessage(),
        request.getRemoteAddr());
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
    return error(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    String uri = request.getRequestURI();
    String expected =
        uri.contains("/api/requests")
            ? "各接口的请求体见 /api/openapi.json（如 {\"extract\": \"tickets\", \"purpose\": \"管理\", …}）"
            : uri.contains("/api/users")
                ? "各接口的请求体见 /api/openapi.json（如 {\"username\": \"tongji\", \"password\": \"…\","
                    + " \"role\": \"STATISTICIAN\", \"hospitals\": [\"441700001\"]}）"
                : "{\"period\": \"2026-10\", \"hospital\": \"441700001\", \"formats\": [\"pdf\"]}";
    return error(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON，应为 " + expected);
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class
  })
  ResponseEntity<Map<String, Object>> parameter(Exception e) {
    String name =
        e instanceof MissingServletRequestParameterException m
            ? m.getParameterName()
            : ((MethodArgumentTypeMismatchException) e).getName();
    return error(HttpStatus.BAD_REQUEST, "参数 " + name + " 缺失或格式不对");
  }

  static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", message));
  }
}
