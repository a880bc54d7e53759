package org.baobiao.jobs.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.baobiao.jobs.request.Actor;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.run.ReportPeriod;

/**
 * The demo's sample data extraction requests, made through {@link RequestService} at times inside
 * the demo's quarter so that 数据提取审计报表 and the vendor's 特殊数据提取 activity (阳江市妇幼保健院, whose contract
 * counts it) have something to show: a ticket extract of 441700001 approved, delivered and
 * downloaded; a front-page extract of 430100003 with the patient's name in clear, after a refused
 * self-approval, delivered and never downloaded, so it expires unused; an interface extract of
 * 440100002 rejected with a reason. Nothing is created when the warehouse already holds a request
 * (a rerun of the demo adds none).
 */
final class DemoRequests {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String CLIENT = "演示数据";
  private static final Actor STATISTICIAN = new Actor("李统计", CLIENT);
  private static final Actor RECORDS = new Actor("周病案", CLIENT);
  private static final Actor IT = new Actor("吴信息", CLIENT);
  private static final Actor APPROVER = new Actor("陈主任", CLIENT);

  private DemoRequests() {}

  /**
   * Makes the sample requests in {@code quarter}, downloading into {@code downloads}; returns their
   * numbers (none when a request exists already).
   *
   * @param services a request service on the demo's warehouse for a clock
   */
  static List<String> create(
      Function<Clock, RequestService> services, ReportPeriod quarter, Path downloads)
      throws IOException {
    requireNonNull(services, "services is null");
    StepClock clock = new StepClock();
    LocalDateTime start = quarter.start().atStartOfDay();
    clock.at(start);
    RequestService requests = services.apply(clock);
    if (!requests.list(null).isEmpty()) {
      return List.of();
    }
    List<String> numbers = new ArrayList<>();

    clock.at(start.plusDays(9).plusHours(9));
    String tickets =
        requests
            .create(
                new NewRequest(
                    "信息科",
                    Purpose.MANAGEMENT,
                    "季度运维工单核对（合同考核）",
                    "tickets",
                    List.of("org_code", "ticket_no", "system_code", "category", "reported_at"),
                    new RequestFilters(quarter.text(), "441700001", null, List.of()),
                    DeliveryFormat.XLSX,
                    null,
                    List.of(),
                    null),
                IT)
            .number();
    numbers.add(tickets);
    requests.submit(tickets, IT);
    clock.at(start.plusDays(9).plusHours(11));
    requests.approve(tickets, APPROVER, Narrowing.none());
    clock.at(start.plusDays(10).plusHours(10));
    requests.run(tickets, IT);
    clock.at(start.plusDays(10).plusHours(11));
    requests.download(tickets, IT, downloads);

    clock.at(start.plusDays(20).plusHours(9));
    String frontPages =
        requests
            .create(
                new NewRequest(
                    "统计室",
                    Purpose.RESEARCH,
                    "胆囊结石住院费用研究（演示）",
                    "medrec-front-pages",
                    List.of("record_no", "patient_name", "discharge_dept", "main_diagnosis_code"),
                    new RequestFilters(quarter.text(), "430100003", null, List.of("K80")),
                    DeliveryFormat.XLSX,
                    null,
                    List.of("patient_name"),
                    "院伦理委员会批件 KY-演示-001"),
                STATISTICIAN)
            .number();
    numbers.add(frontPages);
    requests.submit(frontPages, STATISTICIAN);
    clock.at(start.plusDays(20).plusHours(10));
    try {
      requests.approve(frontPages, STATISTICIAN, Narrowing.none());
    } catch (InvalidRequestException refusedAsItShouldBe) {
      // four eyes: the refusal is in the audit trail
    }
    clock.at(start.plusDays(21).plusHours(15));
    requests.approve(frontPages, APPROVER, Narrowing.none());
    clock.at(start.plusDays(22).plusHours(9));
    requests.run(frontPages, STATISTICIAN);
    // a week after the delivery: expired, never downloaded (the tickets' file expires too)
    clock.at(start.plusDays(30));
    requests.expireDue();

    clock.at(start.plusDays(40).plusHours(9));
    String interfaces =
        requests
            .create(
                new NewRequest(
                    "病案室",
                    Purpose.OTHER,
                    "接口交换记录",
                    "interface-exchanges",
                    List.of(),
                    new RequestFilters(quarter.text(), "440100002", null, List.of()),
                    DeliveryFormat.CSV,
                    null,
                    List.of(),
                    null),
                RECORDS)
            .number();
    numbers.add(interfaces);
    requests.submit(interfaces, RECORDS);
    clock.at(start.plusDays(40).plusHours(14));
    requests.reject(interfaces, APPROVER, "用途说明不足，请写明数据用于什么");

    return List.copyOf(numbers);
  }

  /** The clock each step sets. */
  private static final class StepClock extends Clock {
    private Instant now = Instant.EPOCH;

    void at(LocalDateTime t) {
      now = t.atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
