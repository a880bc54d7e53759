package org.baobiao.console.api;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.console.request.Requests;
import org.baobiao.jobs.request.Delivered;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.ExtractionRequest;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestDetails;
import org.baobiao.jobs.request.RequestEvent;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.service.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Data extraction requests as JSON, for the same use cases as {@code baobiao request} and the
 * console's pages, through the same service and the same console rules ({@link Requests}): the
 * catalog, the user's lists, a request with its trail, create (and submit), submit, withdraw,
 * approve (narrowing), reject, run and download (410 once expired). A refusal is {@code 400} with
 * the service's reason (recorded in the request's trail), {@code 403} outside the user's grants.
 */
@RestController
@RequestMapping("/api")
public class RequestApiController {
  private final Requests requests;

  public RequestApiController(Requests requests) {
    this.requests = requests;
  }

  /** An extract of the catalog. */
  public record ExtractView(
      String id,
      int version,
      String title,
      String description,
      List<FieldView> fields,
      List<String> filters) {
    static ExtractView of(ExtractSpec s) {
      return new ExtractView(
          s.id(),
          s.version(),
          s.title(),
          s.description(),
          s.fields().stream()
              .map(
                  f ->
                      new FieldView(
                          f.name(),
                          f.label(),
                          f.fieldClass().code(),
                          f.masking() == null ? null : f.masking().code()))
              .toList(),
          s.filters().keySet().stream().map(k -> k.code()).sorted().toList());
    }
  }

  /** A field of an extract: its class and masking. */
  public record FieldView(String name, String label, String fieldClass, String masking) {}

  /** A request as the API shows it (the server's file path is not shown). */
  public record RequestView(
      String number,
      String state,
      String requester,
      String department,
      String purpose,
      String purposeText,
      String extract,
      int extractVersion,
      List<String> fields,
      List<String> unmaskedFields,
      String basis,
      RequestFilters filters,
      String format,
      LocalDate neededBy,
      List<String> approvedFields,
      List<String> approvedUnmasked,
      String approvedPeriod,
      String approver,
      String secondApprover,
      String rejectReason,
      Long rows,
      String fileSha256,
      LocalDateTime deliveredAt,
      LocalDateTime expiresAt,
      Integer maxDownloads,
      int downloads,
      LocalDateTime createdAt,
      LocalDateTime updatedAt,
      String href) {
    static RequestView of(ExtractionRequest r) {
      return new RequestView(
          r.number(),
          r.state().title(),
          r.requester(),
          r.department(),
          r.purpose().title(),
          r.purposeText(),
          r.extractId(),
          r.extractVersion(),
          r.fields(),
          r.unmaskedFields(),
          r.basis(),
          r.filters(),
          r.format().name(),
          r.neededBy(),
          r.approvedFields(),
          r.approvedUnmasked(),
          r.approvedPeriod(),
          r.approver(),
          r.secondApprover(),
          r.rejectReason(),
          r.rowsWritten(),
          r.fileSha256(),
          r.deliveredAt(),
          r.expiresAt(),
          r.maxDownloads(),
          r.downloads(),
          r.createdAt(),
          r.updatedAt(),
          "/api/requests/" + r.number());
    }
  }

  /** A request with its audit trail. */
  public record RequestDetailsView(
      RequestView request, boolean secondApprovalPending, List<RequestEvent> events) {}

  /** The user's requests; for approvers also those waiting for them and all they may see. */
  public record ListingView(
      List<RequestView> mine, List<RequestView> waiting, List<RequestView> all) {}

  /**
   * A new request.
   *
   * @param purpose 科研, 上报, 质控, 管理 or 其他
   * @param format XLSX (default) or CSV
   * @param submit whether to submit it at once (else it stays a draft)
   */
  public record NewRequestBody(
      String extract,
      String department,
      String purpose,
      String purposeText,
      List<String> fields,
      List<String> unmasked,
      String basis,
      String period,
      String hospital,
      String dept,
      List<String> codePrefixes,
      String format,
      LocalDate neededBy,
      Boolean submit) {}

  /** An approval, narrowing what was asked; null members keep what was asked. */
  public record ApprovalBody(List<String> fields, List<String> unmasked, String period) {}

  /** A rejection's reason. */
  public record RejectionBody(String reason) {}

  /** A run; {@code encrypt} protects the workbook with a password returned once. */
  public record RunBody(Boolean encrypt) {}

  /** A run's result: the request, now delivered, and the password of an encrypted workbook. */
  public record DeliveredView(RequestView request, long rows, String sha256, String password) {}

  @GetMapping("/extracts")
  public List<ExtractView> extracts() {
    return requests.call(s -> s.catalog()).stream().map(ExtractView::of).toList();
  }

  @GetMapping("/requests")
  public ListingView list(Principal principal) {
    Requests.Listing l = requests.list(principal);
    return new ListingView(views(l.mine()), views(l.waiting()), views(l.all()));
  }

  @GetMapping("/requests/{number}")
  public RequestDetailsView show(@PathVariable String number, Principal principal) {
    RequestDetails d = details(number, principal);
    return new RequestDetailsView(
        RequestView.of(d.request()), d.secondApprovalPending(), d.events());
  }

  @PostMapping("/requests")
  public ResponseEntity<RequestView> create(
      @RequestBody NewRequestBody body, Principal principal, HttpServletRequest request) {
    if (body.extract() == null || body.purpose() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请填写 extract（数据集）和 purpose（用途）");
    }
    Purpose purpose =
        Purpose.ofTitle(body.purpose())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "用途 " + body.purpose() + " 不是 科研、上报、质控、管理、其他 之一"));
    String hospital = blank(body.hospital());
    requests.requireHospital(principal, hospital);
    DeliveryFormat format;
    try {
      format = body.format() == null ? DeliveryFormat.XLSX : DeliveryFormat.valueOf(body.format());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "格式 " + body.format() + " 不是 XLSX 或 CSV");
    }
    NewRequest in =
        new NewRequest(
            body.department(),
            purpose,
            body.purposeText(),
            body.extract(),
            body.fields(),
            new RequestFilters(
                blank(body.period()), hospital, blank(body.dept()), body.codePrefixes()),
            format,
            body.neededBy(),
            body.unmasked(),
            blank(body.basis()));
    ExtractionRequest r =
        refusals(
            () ->
                requests.call(
                    s -> {
                      ExtractionRequest created = s.create(in, Requests.actor(principal, request));
                      return Boolean.TRUE.equals(body.submit())
                          ? s.submit(created.number(), Requests.actor(principal, request))
                          : created;
                    }));
    return ResponseEntity.status(HttpStatus.CREATED).body(RequestView.of(r));
  }

  @PostMapping("/requests/{number}/submit")
  public RequestView submit(
      @PathVariable String number, Principal principal, HttpServletRequest request) {
    details(number, principal);
    return RequestView.of(
        refusals(() -> requests.call(s -> s.submit(number, Requests.actor(principal, request)))));
  }

  @PostMapping("/requests/{number}/withdraw")
  public RequestView withdraw(
      @PathVariable String number, Principal principal, HttpServletRequest request) {
    details(number, principal);
    return RequestView.of(
        refusals(() -> requests.call(s -> s.withdraw(number, Requests.actor(principal, request)))));
  }

  @PostMapping("/requests/{number}/approve")
  public RequestView approve(
      @PathVariable String number,
      @RequestBody(required = false) ApprovalBody body,
      Principal principal,
      HttpServletRequest request) {
    details(number, principal);
    requests.requireApprover(principal);
    Narrowing narrowing =
        body == null
            ? Narrowing.none()
            : new Narrowing(body.fields(), body.unmasked(), blank(body.period()));
    return RequestView.of(
        refusals(
            () ->
                requests.call(
                    s -> s.approve(number, Requests.actor(principal, request), narrowing))));
  }

  @PostMapping("/requests/{number}/reject")
  public RequestView reject(
      @PathVariable String number,
      @RequestBody(required = false) RejectionBody body,
      Principal principal,
      HttpServletRequest request) {
    details(number, principal);
    requests.requireApprover(principal);
    String reason = body == null ? null : body.reason();
    return RequestView.of(
        refusals(
            () ->
                requests.call(s -> s.reject(number, Requests.actor(principal, request), reason))));
  }

  @PostMapping("/requests/{number}/run")
  public DeliveredView run(
      @PathVariable String number,
      @RequestBody(required = false) RunBody body,
      Principal principal,
      HttpServletRequest request) {
    details(number, principal);
    boolean encrypt = body != null && Boolean.TRUE.equals(body.encrypt());
    Delivered d =
        refusals(
            () -> requests.call(s -> s.run(number, Requests.actor(principal, request), encrypt)));
    return new DeliveredView(RequestView.of(d.request()), d.rows(), d.sha256(), d.password());
  }

  @GetMapping("/requests/{number}/download")
  public ResponseEntity<StreamingResponseBody> download(
      @PathVariable String number, Principal principal, HttpServletRequest request) {
    details(number, principal);
    return requests.download(number, principal, request);
  }

  private RequestDetails details(String number, Principal principal) {
    try {
      return requests.details(number, principal);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** The service's refusal as 400 with its reason. */
  private static <T> T refusals(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidRequestException | IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static List<RequestView> views(List<ExtractionRequest> list) {
    return list.stream().map(RequestView::of).toList();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
