package org.baobiao.console.request;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.console.store.Role;
import org.baobiao.jobs.request.Actor;
import org.baobiao.jobs.request.AuditQuery;
import org.baobiao.jobs.request.AuditTrail;
import org.baobiao.jobs.request.Downloaded;
import org.baobiao.jobs.request.ExtractionRequest;
import org.baobiao.jobs.request.RequestAuditService;
import org.baobiao.jobs.request.RequestDetails;
import org.baobiao.jobs.request.RequestPolicy;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.request.RequestState;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The console's way to jobs' {@link RequestService}: the same service, store and data folder as
 * {@code baobiao request}, over the warehouse opened for each use (one use at a time in this
 * server, as the report runs), acting as the signed-in user from the client's address; and the
 * console's own rules around it, the same for the pages and the API: which roles approve
 * (administrators and approvers; the service still refuses anyone their own request), who sees a
 * request (its requester, and approvers granted its hospital), and the user's hospital grants.
 */
@Component
public class Requests {
  private final ReportRuns runs;
  private final Configuration configuration;
  private final ConsoleOptions options;
  private final Access access;

  public Requests(
      ReportRuns runs, Configuration configuration, ConsoleOptions options, Access access) {
    this.runs = runs;
    this.configuration = configuration;
    this.options = options;
    this.access = access;
  }

  /** Whether the role approves requests (the service still refuses the requester's own). */
  public static boolean approves(Role role) {
    return role == Role.ADMIN || role == Role.APPROVER;
  }

  /** The requests a user sees: their own, and for approvers those waiting and all of theirs. */
  public record Listing(
      List<ExtractionRequest> mine,
      List<ExtractionRequest> waiting,
      List<ExtractionRequest> all,
      boolean approver) {}

  /** The user's lists; the requests of hospitals outside an approver's grants are left out. */
  public Listing list(Principal principal) {
    String me = principal.getName();
    boolean approver = approves(access.role(me));
    List<ExtractionRequest> all = call(s -> s.list(null));
    List<ExtractionRequest> mine = all.stream().filter(r -> r.requester().equals(me)).toList();
    if (!approver) {
      return new Listing(mine, List.of(), List.of(), false);
    }
    List<ExtractionRequest> visible = all.stream().filter(r -> visible(principal, r)).toList();
    return new Listing(
        mine,
        visible.stream()
            .filter(r -> r.state() == RequestState.SUBMITTED)
            .filter(r -> !r.requester().equals(me) && !me.equals(r.approver()))
            .toList(),
        visible,
        true);
  }

  /**
   * The request with its trail, when the user may see it: their own, or as an approver granted its
   * hospital; anyone else is refused like any page outside their grants.
   *
   * @throws InvalidRequestException for an unknown request
   */
  public RequestDetails details(String number, Principal principal) {
    RequestDetails d = call(s -> s.show(number));
    ExtractionRequest r = d.request();
    if (r.requester().equals(principal.getName())) {
      return d;
    }
    if (!approves(access.role(principal.getName()))) {
      throw new Access.Refusal("只有申请人和审批人可以查看申请 " + r.number());
    }
    access.requireHospital(principal, r.filters().hospital());
    return d;
  }

  /** The audit trail of a period (jobs' {@link RequestAuditService}, as {@code baobiao audit}). */
  public AuditTrail audit(AuditQuery query) {
    return runs.withWarehouse(w -> new RequestAuditService(w).trail(query));
  }

  /** Refuses a user whose role does not approve. */
  public void requireApprover(Principal principal) {
    if (!approves(access.role(principal.getName()))) {
      throw new Access.Refusal("只有审批人或管理员可以审批数据提取申请");
    }
  }

  /** Refuses a request's hospital (null: all hospitals) outside the user's grants. */
  public void requireHospital(Principal principal, String hospital) {
    access.requireHospital(principal, hospital);
  }

  private boolean visible(Principal principal, ExtractionRequest r) {
    return r.requester().equals(principal.getName())
        || access.grants(principal.getName()).allows(r.filters().hospital());
  }

  /** One use of the service. */
  @FunctionalInterface
  public interface Use<T> {
    T apply(RequestService service) throws IOException;
  }

  /** Calls the service over the warehouse, opened for this use only. */
  public <T> T call(Use<T> use) {
    return runs.withWarehouse(
        w -> {
          try {
            return use.apply(
                new RequestService(
                    w,
                    configuration,
                    options.dataDir(),
                    ConsoleApplication.CLOCK,
                    RequestPolicy.defaults()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The signed-in user acting from the client's address, as the audit trail records it. */
  public static Actor actor(Principal principal, HttpServletRequest request) {
    return new Actor(principal.getName(), "控制台@" + request.getRemoteAddr());
  }

  /**
   * The delivered file as a response, to its requester: the service copies it out (counting and
   * auditing the download and, after the last one allowed, deleting the file), the copy is streamed
   * and removed. A refusal is 410 Gone when the delivery has expired, else 403, with the service's
   * reason; either way the service has recorded it in the request's trail.
   */
  public ResponseEntity<StreamingResponseBody> download(
      String number, Principal principal, HttpServletRequest request) {
    Path folder =
        options.dataDir().resolve("console-downloads").resolve(UUID.randomUUID().toString());
    Downloaded d;
    try {
      d = call(s -> s.download(number, actor(principal, request), folder));
    } catch (InvalidRequestException e) {
      FileSystemUtils.deleteRecursively(folder.toFile());
      RequestState state = call(s -> s.show(number)).request().state();
      throw new ResponseStatusException(
          state == RequestState.EXPIRED ? HttpStatus.GONE : HttpStatus.FORBIDDEN, e.getMessage());
    }
    Path file = d.file();
    StreamingResponseBody body =
        out -> {
          try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
          } finally {
            FileSystemUtils.deleteRecursively(folder);
          }
        };
    String name = file.getFileName().toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Downloads-Left", Integer.toString(d.downloadsLeft()))
        .header("X-Content-SHA256", d.sha256())
        .contentType(
            name.endsWith(".csv")
                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .contentLength(size)
        .body(body);
  }
}
