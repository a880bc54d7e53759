package org.baobiao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.request.Requests;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.security.Access;
import org.baobiao.jobs.request.AuditQuery;
import org.baobiao.jobs.request.Delivered;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.ExtractionRequest;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestDetails;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.RequestState;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.run.ReportPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data extraction requests (数据提取申请) in the console: the requester's form and list, the approver's
 * queue, each request's page with the actions its state allows and its audit trail, and the
 * download. Every action is jobs' {@code RequestService}, the one {@code baobiao request} calls,
 * acting as the signed-in user; the service decides who may do what (four eyes, the second approval
 * of sensitive fields, the requester's own downloads) and records every change and refusal. The
 * console adds only what it knows: the user's hospital grants, and which roles approve
 * (administrators and approvers). A download of an expired request is HTTP 410.
 */
@Controller
public class RequestController {
  private final Requests requests;
  private final Access access;
  private final ReportRuns runs;
  private final ConsoleOptions options;

  public RequestController(
      Requests requests, Access access, ReportRuns runs, ConsoleOptions options) {
    this.requests = requests;
    this.access = access;
    this.runs = runs;
    this.options = options;
  }

  @GetMapping("/requests")
  public String list(Model model, Principal principal) {
    Requests.Listing l = requests.list(principal);
    model.addAttribute("mine", l.mine());
    model.addAttribute("waiting", l.waiting());
    model.addAttribute("all", l.all());
    model.addAttribute("approver", l.approver());
    return "requests";
  }

  /**
   * The auditor's view (审计): every event of the extraction requests in a period — changes,
   * deliveries, downloads with their SHA-256, refusals — as {@code baobiao audit} prints it,
   * optionally of one request or one person. For approvers and administrators granted every
   * hospital (the trail is not kept per hospital).
   */
  @GetMapping("/requests/audit")
  public String audit(
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String request,
      @RequestParam(defaultValue = "") String user,
      Model model,
      Principal principal) {
    requests.requireApprover(principal);
    if (!access.grants(principal.getName()).all()) {
      throw new Access.Refusal("数据提取审计记录不区分医院，只有被授权查看全部医院的审批人或管理员可以查看");
    }
    model.addAttribute("period", period);
    model.addAttribute("request", request);
    model.addAttribute("user", user);
    model.addAttribute("trail", null);
    model.addAttribute("problem", null);
    if (period.isBlank()) {
      return "requests-audit";
    }
    try {
      ReportPeriod p = ReportPeriod.parse(period.strip());
      model.addAttribute(
          "trail", requests.audit(new AuditQuery(p, blankToNull(request), blankToNull(user))));
    } catch (InvalidRequestException | IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return "requests-audit";
  }

  @GetMapping("/requests/new")
  public String form(
      @RequestParam(name = "extract", required = false) String extractId,
      Model model,
      Principal principal) {
    List<ExtractSpec> catalog = requests.call(s -> s.catalog());
    ExtractSpec chosen =
        catalog.stream().filter(e -> e.id().equals(extractId)).findFirst().orElse(catalog.get(0));
    model.addAttribute("catalog", catalog);
    model.addAttribute("extract", chosen);
    model.addAttribute("filters", chosen.filters().keySet());
    model.addAttribute("purposes", Purpose.values());
    model.addAttribute("formats", DeliveryFormat.values());
    model.addAttribute("hospitals", grantedHospitals(principal));
    model.addAttribute("problem", null);
    return "request-form";
  }

  @PostMapping("/requests")
  public String create(
      @RequestParam String extract,
      @RequestParam(defaultValue = "") String department,
      @RequestParam(defaultValue = "OTHER") String purpose,
      @RequestParam(defaultValue = "") String purposeText,
      @RequestParam(name = "field", required = false) List<String> fields,
      @RequestParam(name = "unmasked", required = false) List<String> unmasked,
      @RequestParam(defaultValue = "") String basis,
      @RequestParam(defaultValue = "") String period,
      @RequestParam(defaultValue = "") String hospital,
      @RequestParam(name = "dept", defaultValue = "") String dept,
      @RequestParam(defaultValue = "") String codePrefixes,
      @RequestParam(defaultValue = "XLSX") String format,
      @RequestParam(defaultValue = "") String neededBy,
      @RequestParam(defaultValue = "draft") String action,
      Model model,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String h = blankToNull(hospital);
    requests.requireHospital(principal, h);
    try {
      NewRequest in =
          new NewRequest(
              department,
              Purpose.valueOf(purpose),
              purposeText,
              extract,
              fields,
              new RequestFilters(
                  blankToNull(period),
                  h,
                  blankToNull(dept),
                  Arrays.stream(codePrefixes.split("[,，、\\s]+"))
                      .map(String::strip)
                      .filter(p -> !p.isEmpty())
                      .toList()),
              DeliveryFormat.valueOf(format),
              neededBy(neededBy),
              unmasked,
              blankToNull(basis));
      ExtractionRequest r =
          requests.call(
              s -> {
                ExtractionRequest created = s.create(in, Requests.actor(principal, request));
                return action.equals("submit")
                    ? s.submit(created.number(), Requests.actor(principal, request))
                    : created;
              });
      redirect.addFlashAttribute(
          "notice", "已" + (r.state() == RequestState.SUBMITTED ? "提交" : "保存") + "申请 " + r.number());
      return "redirect:/requests/" + r.number();
    } catch (InvalidRequestException | IllegalArgumentException e) {
      form(extract, model, principal);
      model.addAttribute("problem", e.getMessage());
      return "request-form";
    }
  }

  @GetMapping("/requests/{number}")
  public String show(@PathVariable String number, Model model, Principal principal) {
    RequestDetails d = details(number, principal);
    ExtractionRequest r = d.request();
    String me = principal.getName();
    boolean mine = r.requester().equals(me);
    boolean approver = Requests.approves(access.role(me));
    model.addAttribute("d", d);
    model.addAttribute("r", r);
    Map<String, String> labels = labels(d.extract());
    model.addAttribute("labels", labels);
    model.addAttribute("askedUnmasked", labelled(r.unmaskedFields(), labels));
    model.addAttribute("approvedUnmasked", labelled(r.approvedUnmasked(), labels));
    model.addAttribute("mine", mine);
    model.addAttribute("canSubmit", mine && r.state() == RequestState.DRAFT);
    model.addAttribute(
        "canWithdraw",
        mine && (r.state() == RequestState.DRAFT || r.state() == RequestState.SUBMITTED));
    model.addAttribute(
        "canApprove",
        approver && !mine && r.state() == RequestState.SUBMITTED && !me.equals(r.approver()));
    model.addAttribute(
        "canRun",
        r.state() == RequestState.APPROVED
            && (mine || me.equals(r.approver()) || me.equals(r.secondApprover())));
    model.addAttribute("canDownload", mine && r.state() == RequestState.DELIVERED);
    return "request";
  }

  @PostMapping("/requests/{number}/submit")
  public String submit(
      @PathVariable String number,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        number,
        principal,
        redirect,
        "已提交，等待审批",
        () -> requests.call(s -> s.submit(number, Requests.actor(principal, request))));
  }

  @PostMapping("/requests/{number}/withdraw")
  public String withdraw(
      @PathVariable String number,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    return act(
        number,
        principal,
        redirect,
        "已撤回",
        () -> requests.call(s -> s.withdraw(number, Requests.actor(principal, request))));
  }

  @PostMapping("/requests/{number}/approve")
  public String approve(
      @PathVariable String number,
      @RequestParam(name = "field", required = false) List<String> fields,
      @RequestParam(name = "unmasked", required = false) List<String> unmasked,
      @RequestParam(defaultValue = "") String period,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    requests.requireApprover(principal);
    // The form shows every field asked for, checked: unchecking narrows. The unmasked boxes are
    // all there too, so an absent list means "none in clear", never "as asked".
    Narrowing narrowing =
        new Narrowing(
            fields == null ? List.of() : fields,
            unmasked == null ? List.of() : unmasked,
            blankToNull(period));
    return act(
        number,
        principal,
        redirect,
        null,
        () -> requests.call(s -> s.approve(number, Requests.actor(principal, request), narrowing)));
  }

  @PostMapping("/requests/{number}/reject")
  public String reject(
      @PathVariable String number,
      @RequestParam(defaultValue = "") String reason,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    requests.requireApprover(principal);
    return act(
        number,
        principal,
        redirect,
        "已驳回",
        () -> requests.call(s -> s.reject(number, Requests.actor(principal, request), reason)));
  }

  @PostMapping("/requests/{number}/run")
  public String run(
      @PathVariable String number,
      @RequestParam(defaultValue = "false") boolean encrypt,
      Principal principal,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    details(number, principal);
    try {
      Delivered d = requests.call(s -> s.run(number, Requests.actor(principal, request), encrypt));
      redirect.addFlashAttribute(
          "notice", "已提取 " + d.rows() + " 行，文件可供申请人下载（有效期至 " + d.request().expiresText() + "）");
      if (d.password() != null) {
        redirect.addFlashAttribute("password", d.password());
      }
    } catch (InvalidRequestException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/requests/" + number;
  }

  /** The delivered file, to its requester; 410 Gone once the delivery has expired. */
  @GetMapping("/requests/{number}/download")
  public ResponseEntity<StreamingResponseBody> download(
      @PathVariable String number, Principal principal, HttpServletRequest request) {
    details(number, principal);
    return requests.download(number, principal, request);
  }

  /** Runs an action, with its notice or the service's refusal on the request's page. */
  private String act(
      String number,
      Principal principal,
      RedirectAttributes redirect,
      String notice,
      java.util.function.Supplier<ExtractionRequest> action) {
    details(number, principal);
    try {
      ExtractionRequest r = action.get();
      redirect.addFlashAttribute(
          "notice",
          notice != null
              ? notice
              : r.state() == RequestState.APPROVED ? "已批准" : "已完成第一审批；此申请含敏感个人信息，须另一位审批人再次批准");
    } catch (InvalidRequestException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/requests/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  /** The request, when the user may see it; 404 for an unknown one. */
  private RequestDetails details(String number, Principal principal) {
    try {
      return requests.details(number, principal);
    } catch (InvalidRequestException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** The loaded hospitals the user is granted, code → name. */
  private Map<String, String> grantedHospitals(Principal principal) {
    return runs.hospitals(access.grants(principal.getName()));
  }

  /** The fields by their labels: 姓名、联系电话. */
  private static String labelled(List<String> fields, Map<String, String> labels) {
    return String.join("、", fields.stream().map(f -> labels.getOrDefault(f, f)).toList());
  }

  /** Field name → its label, for the request's page. */
  private static Map<String, String> labels(ExtractSpec spec) {
    Map<String, String> labels = new LinkedHashMap<>();
    spec.fields().forEach(f -> labels.put(f.name(), f.label()));
    return labels;
  }

  private static LocalDate neededBy(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("需要日期 " + text + " 不是日期，应写作 2026-12-31");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
