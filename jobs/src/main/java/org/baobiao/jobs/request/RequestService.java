package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.request.catalog.FilterKind;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.UploadLayout;
import org.baobiao.warehouse.Warehouse;

/**
 * Data extraction requests (数据提取申请), one method per use case: a requester fills in a request and
 * submits it; an approver who is not the requester approves it (narrowing fields, unmasked fields
 * or period) or rejects it with a reason; a request with sensitive fields needs a second, different
 * approver; only an approved request runs, and its file is downloaded by the requester a limited
 * number of times within a limited number of days, after which it is deleted. Every change and
 * every refusal is an event of the request's audit trail.
 *
 * <p>Identity is the adapter's business: the command line passes the operator (it runs on the
 * server machine), the console its signed-in user. Refusals are {@link InvalidRequestException}s
 * with the reason in Chinese.
 */
public final class RequestService {
  /** The actor name of changes Baobiao makes by itself (expiry). */
  static final String SYSTEM = "系统";

  /** The action of a refusal's event. */
  static final String REFUSED = "拒绝";

  private static final String UNNUMBERED = "（未编号）";
  private final Warehouse warehouse;
  private final Configuration configuration;
  private final Path dataDir;
  private final Clock clock;
  private final RequestPolicy policy;
  private final RequestStore store;

  /**
   * @param warehouse where the requests, their events and the data are
   * @param configuration the extraction catalog
   * @param dataDir the data folder: delivered files under {@code requests/}, the pseudonym key
   * @param clock the time of every event and of expiry
   * @param policy download validity
   */
  public RequestService(
      Warehouse warehouse,
      Configuration configuration,
      Path dataDir,
      Clock clock,
      RequestPolicy policy) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.dataDir = requireNonNull(dataDir, "dataDir is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.policy = requireNonNull(policy, "policy is null");
    this.store = new RequestStore(warehouse);
  }

  /** The extraction catalog. */
  public List<ExtractSpec> catalog() {
    return configuration.extracts().all();
  }

  /** Creates a request in state 草稿, numbered {@code SQ-<year>-NNNN}. */
  public ExtractionRequest create(NewRequest in, Actor actor) {
    requireNonNull(in, "in is null");
    requireNonNull(actor, "actor is null");
    try {
      ExtractSpec spec = extract(in.extractId());
      List<String> fields = in.fields().isEmpty() ? names(spec) : distinct(in.fields());
      checkFields(spec, fields, "字段");
      checkFilters(spec, in.filters());
      require(in.department() != null && !in.department().isBlank(), "请填写申请科室");
      require(in.purposeText() != null && !in.purposeText().isBlank(), "请填写用途说明（数据用于什么）");
      List<String> unmasked = distinct(in.unmaskedFields());
      for (String u : unmasked) {
        require(fields.contains(u), "要求原值的字段 " + u + " 不在申请的字段中");
        require(spec.field(u).orElseThrow().maskable(), "字段 " + u + " 不是个人信息，无需申请原值");
      }
      require(
          unmasked.isEmpty() || (in.basis() != null && !in.basis().isBlank()),
          "申请个人信息原值须写明依据（如伦理审查批件号、法规条款）");
      LocalDateTime now = now();
      require(
          in.neededBy() == null || !in.neededBy().isBefore(now.toLocalDate()),
          "需要日期 " + in.neededBy() + " 早于今天");
      ExtractionRequest r =
          new ExtractionRequest(
              store.nextNumber(now.getYear()),
              actor.name(),
              in.department().strip(),
              in.purpose(),
              in.purposeText().strip(),
              spec.id(),
              spec.version(),
              fields,
              unmasked,
              unmasked.isEmpty() ? null : in.basis().strip(),
              in.filters(),
              in.format(),
              in.neededBy(),
              RequestState.DRAFT,
              List.of(),
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              0,
              now,
              now);
      store.save(
          r,
          event(
              r,
              actor,
              "新建",
              null,
              spec.id() + "；字段 " + String.join(",", fields) + "；筛选 " + in.filters().describe(),
              null));
      return r;
    } catch (InvalidRequestException e) {
      store.append(
          new RequestEvent(
              UNNUMBERED,
              actor.name(),
              actor.client(),
              now(),
              "拒绝",
              null,
              null,
              "新建：" + e.getMessage(),
              null));
      throw e;
    }
  }

  /** 草稿 → 已提交, by the requester. */
  public ExtractionRequest submit(String number, Actor actor) {
    ExtractionRequest r = load(number, actor, "提交");
    refuseUnless(
        r, actor, "提交", r.requester().equals(actor.name()), "只有申请人 " + r.requester() + " 可以提交此申请");
    refuseUnless(r, actor, "提交", r.state() == RequestState.DRAFT, stateMessage(r, "提交", "草稿"));
    ExtractionRequest next = with(r, RequestState.SUBMITTED);
    store.save(next, event(next, actor, "提交", r.state(), null, null));
    return next;
  }

  /**
   * Approves a submitted request, narrowing it if asked. A request whose fields include a sensitive
   * one stays 已提交 after the first approval and is 已批准 after a second approver's.
   */
  public ExtractionRequest approve(String number, Actor actor, Narrowing narrowing) {
    requireNonNull(narrowing, "narrowing is null");
    ExtractionRequest r = load(number, actor, "批准");
    refuseUnless(r, actor, "批准", r.state() == RequestState.SUBMITTED, stateMessage(r, "批准", "已提交"));
    refuseUnless(
        r,
        actor,
        "批准",
        !r.requester().equals(actor.name()),
        "申请人不能批准自己的申请（四眼原则，管理员也不例外）；请由另一位审批人批准");
    refuseUnless(
        r,
        actor,
        "批准",
        r.approver() == null || !r.approver().equals(actor.name()),
        "此申请含敏感个人信息字段，第二次批准须由另一位审批人（不能是 " + r.approver() + "）完成");
    ExtractSpec spec = extractFor(r, actor, "批准");
    List<String> current = r.approver() == null ? r.fields() : r.approvedFields();
    List<String> currentUnmasked = r.approver() == null ? r.unmaskedFields() : r.approvedUnmasked();
    String currentPeriod = r.effectivePeriod();
    List<String> fields = narrowing.fields().isEmpty() ? current : distinct(narrowing.fields());
    List<String> unmasked =
        narrowing.unmasked() == null ? currentUnmasked : distinct(narrowing.unmasked());
    String period = narrowing.period() == null ? currentPeriod : narrowing.period().strip();
    try {
      for (String f : fields) {
        require(current.contains(f), "批准的字段 " + f + " 不在申请的字段中（只能缩小，不能增加）");
      }
      for (String u : unmasked) {
        require(currentUnmasked.contains(u), "批准原值的字段 " + u + " 未申请原值（只能缩小，不能增加）");
      }
      unmasked = unmasked.stream().filter(fields::contains).toList();
      if (narrowing.period() != null) {
        require(spec.filters().containsKey(FilterKind.PERIOD), "提取目录 " + spec.id() + " 不按期间筛选");
        ReportPeriod p = parsePeriod(period);
        if (currentPeriod != null) {
          ReportPeriod asked = parsePeriod(currentPeriod);
          require(
              !p.start().isBefore(asked.start()) && !p.end().isAfter(asked.end()),
              "批准的期间 " + period + " 超出申请的期间 " + currentPeriod + "（只能缩小）");
        }
      }
    } catch (InvalidRequestException e) {
      throw refuse(r, actor, "批准", e.getMessage());
    }
    List<String> reasons = spec.secondApprovalReasons(fields, unmasked, r.filters().codePrefixes());
    boolean sensitive = !reasons.isEmpty();
    boolean first = r.approver() == null;
    RequestState state = first && sensitive ? RequestState.SUBMITTED : RequestState.APPROVED;
    ExtractionRequest next =
        r.approved(
            state,
            fields,
            unmasked,
            period,
            first ? actor.name() : r.approver(),
            first ? null : actor.name(),
            now());
    String details =
        "字段 "
            + String.join(",", fields)
            + "；原值字段 "
            + (unmasked.isEmpty() ? "无" : String.join(",", unmasked))
            + "；期间 "
            + (period == null ? "不限" : period)
            + (state == RequestState.SUBMITTED
                ? "；" + String.join("，", reasons) + "，待第二位审批人批准"
                : "");
    store.save(next, event(next, actor, first ? "批准" : "第二审批", r.state(), details, null));
    return next;
  }

  /** Rejects a submitted request; the reason is required and shown to the requester. */
  public ExtractionRequest reject(String number, Actor actor, String reason) {
    ExtractionRequest r = load(number, actor, "驳回");
    refuseUnless(r, actor, "驳回", r.state() == RequestState.SUBMITTED, stateMessage(r, "驳回", "已提交"));
    refuseUnless(r, actor, "驳回", !r.requester().equals(actor.name()), "申请人不能驳回自己的申请；不再需要时请撤回");
    refuseUnless(r, actor, "驳回", reason != null && !reason.isBlank(), "驳回须写明理由");
    ExtractionRequest next = r.rejected(reason.strip(), now());
    store.save(next, event(next, actor, "驳回", r.state(), reason.strip(), null));
    return next;
  }

  /** The requester withdraws a draft or submitted request. */
  public ExtractionRequest withdraw(String number, Actor actor) {
    ExtractionRequest r = load(number, actor, "撤回");
    refuseUnless(
        r, actor, "撤回", r.requester().equals(actor.name()), "只有申请人 " + r.requester() + " 可以撤回此申请");
    refuseUnless(
        r,
        actor,
        "撤回",
        r.state() == RequestState.DRAFT || r.state() == RequestState.SUBMITTED,
        stateMessage(r, "撤回", "草稿或已提交"));
    ExtractionRequest next = with(r, RequestState.WITHDRAWN);
    store.save(next, event(next, actor, "撤回", r.state(), null, null));
    return next;
  }

  /**
   * Runs an approved request: writes its file into the data folder ({@code requests/<number>/}) and
   * makes it downloadable for the policy's days and downloads.
   */
  public Delivered run(String number, Actor actor) throws IOException {
    return run(number, actor, false);
  }

  /**
   * Runs an approved request, optionally encrypting the workbook (XLSX only) with a generated
   * password returned once in the result; an encrypted run is the requester's, so that the password
   * is shown to the requester alone.
   */
  public Delivered run(String number, Actor actor, boolean encrypt) throws IOException {
    ExtractionRequest r = load(number, actor, "提取");
    refuseUnless(
        r,
        actor,
        "提取",
        r.state() == RequestState.APPROVED,
        r.state() == RequestState.SUBMITTED || r.state() == RequestState.DRAFT
            ? "申请 " + r.number() + " 尚未批准（当前状态：" + r.state().title() + "），未经批准的申请不能提取数据"
            : stateMessage(r, "提取", "已批准"));
    refuseUnless(
        r,
        actor,
        "提取",
        actor.name().equals(r.requester())
            || actor.name().equals(r.approver())
            || actor.name().equals(r.secondApprover()),
        "只有申请人或审批人可以执行此申请的提取");
    if (encrypt) {
      refuseUnless(
          r,
          actor,
          "提取",
          r.format() == DeliveryFormat.XLSX,
          "只有 XLSX 文件可以加密；此申请的格式为 " + r.format());
      refuseUnless(
          r,
          actor,
          "提取",
          actor.name().equals(r.requester()),
          "加密文件的密码只向申请人显示一次：加密提取须由申请人 " + r.requester() + " 执行");
    }
    ExtractSpec spec = extractFor(r, actor, "提取");
    try {
      checkFields(spec, r.approvedFields(), "批准的字段");
    } catch (InvalidRequestException e) {
      throw refuse(r, actor, "提取", e.getMessage() + "（提取目录已修改，请重新申请）");
    }
    Path dir = dataDir.resolve("requests").resolve(r.number());
    ZonedDateTime at = ZonedDateTime.now(clock).withNano(0);
    Delivery.Written written =
        new Delivery(warehouse, PseudonymKey.in(dataDir)).write(r, spec, dir, at);
    String password = null;
    if (encrypt) {
      password = XlsxEncryption.newPassword();
      XlsxEncryption.encrypt(written.file(), password);
    }
    String sha256 = ContentHash.sha256(written.file());
    LocalDateTime now = at.toLocalDateTime();
    ExtractionRequest next =
        r.delivered(
            written.file().toAbsolutePath().normalize().toString(),
            sha256,
            written.rows(),
            now.plusDays(policy.validDays()),
            policy.maxDownloads(),
            now);
    java.util.Optional<org.baobiao.sla.contract.Contract> counting =
        new OpsActivityLink(configuration.contracts()).countingContract(next, now);
    store.save(
        next,
        event(
            next,
            actor,
            "交付",
            r.state(),
            written.rows()
                + " 行；数据版本 "
                + warehouse.dataVersion().describe()
                + "；有效期至 "
                + next.expiresText()
                + "，最多下载 "
                + policy.maxDownloads()
                + " 次"
                + (encrypt ? "；已加密（密码已向申请人显示一次，未保存）" : "")
                + counting
                    .map(c -> "；按合同 " + c.label() + " 记为服务商的特殊数据提取活动 " + next.number())
                    .orElse(""),
            sha256),
        s ->
            counting.ifPresent(
                c -> new OpsActivityLink(configuration.contracts()).record(s, next, c)));
    return new Delivered(next, written.file(), written.rows(), sha256, password);
  }

  /**
   * The requester downloads the delivered file into {@code outDir}. After the last download
   * allowed, or once the days have passed, the file is deleted and the request is 已过期.
   */
  public Downloaded download(String number, Actor actor, Path outDir) throws IOException {
    expireDue();
    ExtractionRequest r = load(number, actor, "下载");
    refuseUnless(
        r,
        actor,
        "下载",
        r.state() != RequestState.EXPIRED,
        "申请 "
            + r.number()
            + " 的交付文件已过期并已删除（有效期 "
            + policy.validDays()
            + " 天、最多下载 "
            + (r.maxDownloads() == null ? policy.maxDownloads() : r.maxDownloads())
            + " 次）；如仍需要数据请重新申请");
    refuseUnless(r, actor, "下载", r.state() == RequestState.DELIVERED, stateMessage(r, "下载", "已交付"));
    refuseUnless(
        r,
        actor,
        "下载",
        r.requester().equals(actor.name()),
        "只有申请人 " + r.requester() + " 可以下载此申请的文件");
    Path file = Path.of(r.filePath());
    refuseUnless(r, actor, "下载", Files.isRegularFile(file), "交付文件 " + file + " 不存在；请联系管理员");
    Files.createDirectories(outDir);
    Path copy = outDir.resolve(file.getFileName().toString());
    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    String sha256 = ContentHash.sha256(copy);
    int downloads = r.downloads() + 1;
    ExtractionRequest next = withDownloads(r, downloads);
    store.save(
        next,
        event(
            next,
            actor,
            "下载",
            r.state(),
            "第 " + downloads + " 次，共 " + r.maxDownloads() + " 次",
            sha256));
    int left = r.maxDownloads() - downloads;
    if (left <= 0) {
      next = expire(next, "下载次数已用完（" + r.maxDownloads() + " 次）");
    }
    return new Downloaded(next, copy, sha256, Math.max(0, left));
  }

  /** Expires every delivery whose days have passed: deletes the file, records the event. */
  public List<ExtractionRequest> expireDue() throws IOException {
    List<ExtractionRequest> expired = new ArrayList<>();
    for (ExtractionRequest r : store.dueToExpire(now())) {
      expired.add(expire(r, "有效期至 " + r.expiresText() + " 已过"));
    }
    return expired;
  }

  /** A request with its extract and audit trail (expiring it first when due). */
  public RequestDetails show(String number) throws IOException {
    expireDue();
    ExtractionRequest r =
        store.find(number).orElseThrow(() -> new InvalidRequestException(unknown(number)));
    ExtractSpec spec = extract(r.extractId());
    return new RequestDetails(
        r, spec, store.events(number), r.state() == RequestState.SUBMITTED && r.approver() != null);
  }

  /** Requests, newest first; with a state, only those in it (expiring due ones first). */
  public List<ExtractionRequest> list(RequestState state) throws IOException {
    expireDue();
    return store.list(state);
  }

  /**
   * The approval for an upload (front pages, or MCH records) with personal values unmasked: an
   * approved (or delivered) request of the requester over the layout's domain ({@code medrec} for
   * front pages, {@code mch} for MCH records), whose approval names every personal column the
   * upload writes, and whose period covers the upload's. Records the upload in the request's trail.
   *
   * @param layout the upload layout in force, whose personal columns would be written unmasked
   */
  public Approval uploadApproval(
      String number, Actor actor, ReportPeriod period, UploadLayout layout) {
    Set<String> personalColumns = new TreeSet<>();
    for (UploadLayout.Column c : layout.columns()) {
      if (c.isPersonal()) {
        personalColumns.add(c.from());
      }
    }
    boolean frontPages = layout.uploadsFrontPages();
    String action = frontPages ? "病案上报" : "妇幼上报";
    ExtractionRequest r = load(number, actor, action);
    ExtractSpec spec = extractFor(r, actor, action);
    refuseUnless(
        r,
        actor,
        action,
        spec.domain().equals(frontPages ? "medrec" : "mch"),
        "申请 "
            + r.number()
            + " 提取的是「"
            + spec.title()
            + "」，"
            + (frontPages ? "不是病案首页；病案上报须引用病案首页的提取申请" : "不是妇幼数据；妇幼上报须引用妇幼（mch）数据的提取申请"));
    if (layout.extract() != null) {
      // The approval is for the data the layout uploads, not just any data of its domain.
      refuseUnless(
          r,
          actor,
          action,
          spec.id().equals(layout.extract()),
          "申请 "
              + r.number()
              + " 提取的是「"
              + spec.title()
              + "」；上报版式 "
              + layout.id()
              + "（"
              + layout.title()
              + "）须引用提取目录 "
              + layout.extract()
              + " 的申请");
    }
    refuseUnless(
        r,
        actor,
        action,
        r.state() == RequestState.APPROVED || r.state() == RequestState.DELIVERED,
        "申请 " + r.number() + " 当前状态为 " + r.state().title() + "，只有已批准的申请可以用于输出个人信息原值");
    refuseUnless(
        r,
        actor,
        action,
        r.requester().equals(actor.name()),
        "只有申请人 " + r.requester() + " 可以凭此申请上报");
    List<String> missing =
        personalColumns.stream().filter(c -> !r.approvedUnmasked().contains(c)).sorted().toList();
    refuseUnless(
        r,
        actor,
        action,
        missing.isEmpty(),
        "申请 "
            + r.number()
            + " 批准的原值字段不含上报版式中的个人信息字段 "
            + String.join("、", missing)
            + "；上报原值须批准全部这些字段");
    if (r.effectivePeriod() != null) {
      // An MCH year is the statistical year (1 October to 30 September) on both sides.
      ReportPeriod approved =
          frontPages
              ? parsePeriod(r.effectivePeriod())
              : parsePeriod(r.effectivePeriod()).inStatisticalYears();
      refuseUnless(
          r,
          actor,
          action,
          !period.start().isBefore(approved.start()) && !period.end().isAfter(approved.end()),
          "上报期间 " + period.text() + " 超出申请 " + r.number() + " 批准的期间 " + r.effectivePeriod());
    }
    store.append(event(r, actor, action, r.state(), "期间 " + period.text() + "，个人信息原值", null));
    return new Approval(r.number(), r.approvers());
  }

  // ---- helpers

  private ExtractionRequest expire(ExtractionRequest r, String why) throws IOException {
    if (r.filePath() != null) {
      Path file = Path.of(r.filePath());
      Files.deleteIfExists(file);
      Path dir = file.getParent();
      try (var rest = Files.list(dir)) {
        if (rest.findAny().isEmpty()) {
          Files.delete(dir);
        }
      }
    }
    ExtractionRequest next = with(r, RequestState.EXPIRED);
    store.save(
        next,
        new RequestEvent(
            r.number(),
            SYSTEM,
            null,
            now(),
            "过期",
            r.state().title(),
            RequestState.EXPIRED.title(),
            why + "；文件已删除",
            null));
    return next;
  }

  private ExtractionRequest load(String number, Actor actor, String action) {
    requireNonNull(actor, "actor is null");
    String no = number == null ? "" : number.strip();
    return store
        .find(no)
        .orElseThrow(
            () -> {
              store.append(
                  new RequestEvent(
                      no,
                      actor.name(),
                      actor.client(),
                      now(),
                      "拒绝",
                      null,
                      null,
                      action + "：" + unknown(no),
                      null));
              return new InvalidRequestException(unknown(no));
            });
  }

  private static String unknown(String number) {
    return "没有编号为 " + number + " 的数据提取申请（编号形如 SQ-2026-0001；用 request list 查看）";
  }

  private ExtractSpec extract(String id) {
    return configuration
        .extracts()
        .get(id)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "提取目录中没有 '"
                        + id
                        + "'；可用: "
                        + String.join(
                            ", ",
                            configuration.extracts().all().stream()
                                .map(ExtractSpec::id)
                                .toList())));
  }

  private ExtractSpec extractFor(ExtractionRequest r, Actor actor, String action) {
    try {
      return extract(r.extractId());
    } catch (InvalidRequestException e) {
      throw refuse(r, actor, action, e.getMessage());
    }
  }

  private static List<String> names(ExtractSpec spec) {
    return spec.fields().stream().map(ExtractField::name).toList();
  }

  private static void checkFields(ExtractSpec spec, List<String> fields, String what) {
    List<String> unknown = fields.stream().filter(f -> spec.field(f).isEmpty()).toList();
    require(
        unknown.isEmpty(),
        what
            + " "
            + String.join("、", unknown)
            + " 不在提取目录 "
            + spec.id()
            + " 中；可用: "
            + String.join(", ", names(spec)));
  }

  private static void checkFilters(ExtractSpec spec, RequestFilters f) {
    accepts(spec, FilterKind.PERIOD, f.period());
    if (f.period() != null) {
      parsePeriod(f.period());
    }
    accepts(spec, FilterKind.HOSPITAL, f.hospital());
    accepts(spec, FilterKind.DEPARTMENT, f.department());
    accepts(spec, FilterKind.CODE_PREFIX, f.codePrefixes().isEmpty() ? null : "x");
    for (String p : f.codePrefixes()) {
      require(
          !p.isBlank() && !p.contains(",") && p.length() <= 32,
          "编码前缀 '" + p + "' 无效（1–32 个字符，不含逗号）");
    }
  }

  private static void accepts(ExtractSpec spec, FilterKind kind, String value) {
    require(
        value == null || spec.filters().containsKey(kind),
        "提取目录 "
            + spec.id()
            + " 不接受按"
            + kind.title()
            + "筛选；可用筛选: "
            + String.join("、", spec.filters().keySet().stream().map(FilterKind::title).toList()));
  }

  private static ReportPeriod parsePeriod(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }

  private static List<String> distinct(List<String> values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        set.add(v.strip());
      }
    }
    return List.copyOf(set);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new InvalidRequestException(message);
    }
  }

  private void refuseUnless(
      ExtractionRequest r, Actor actor, String action, boolean ok, String message) {
    if (!ok) {
      throw refuse(r, actor, action, message);
    }
  }

  /** Records the refusal in the request's trail and returns the exception to throw. */
  private InvalidRequestException refuse(
      ExtractionRequest r, Actor actor, String action, String message) {
    store.append(
        new RequestEvent(
            r.number(),
            actor.name(),
            actor.client(),
            now(),
            "拒绝",
            r.state().title(),
            r.state().title(),
            action + "：" + message,
            null));
    return new InvalidRequestException(message);
  }

  private static String stateMessage(ExtractionRequest r, String action, String expected) {
    return "申请 " + r.number() + " 当前状态为 " + r.state().title() + "，只有" + expected + "的申请可以" + action;
  }

  private RequestEvent event(
      ExtractionRequest after,
      Actor actor,
      String action,
      RequestState before,
      String details,
      String sha256) {
    return new RequestEvent(
        after.number(),
        actor.name(),
        actor.client(),
        now(),
        action,
        before == null ? null : before.title(),
        after.state().title(),
        details,
        sha256);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }

  private ExtractionRequest with(ExtractionRequest r, RequestState state) {
    return r.inState(state, now());
  }

  private ExtractionRequest withDownloads(ExtractionRequest r, int downloads) {
    return r.downloaded(downloads, now());
  }
}
