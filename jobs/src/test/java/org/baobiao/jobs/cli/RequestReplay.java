package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.baobiao.jobs.request.Actor;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.RequestPolicy;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.warehouse.Warehouse;

/**
 * Replays a golden case's {@link GoldenCase.RequestStep}s through {@link RequestService}, each at
 * its own time, so that the events a report reads have the times the case's hand computation
 * assumes.
 */
final class RequestReplay {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private RequestReplay() {}

  static void replay(GoldenCase c, Warehouse warehouse, Path dataDir) throws Exception {
    StepClock clock = new StepClock();
    RequestService service =
        new RequestService(
            warehouse, Configuration.bundled(), dataDir, clock, RequestPolicy.defaults());
    for (GoldenCase.RequestStep s : c.requests()) {
      clock.now = LocalDateTime.parse(s.at()).atZone(SHANGHAI).toInstant();
      Actor actor = new Actor(s.user(), "金标准@fixture");
      if (s.refused()) {
        assertThatThrownBy(() -> act(service, s, actor, dataDir))
            .as("%s must be refused", s)
            .isInstanceOf(InvalidRequestException.class);
      } else {
        act(service, s, actor, dataDir);
      }
    }
  }

  private static void act(
      RequestService service, GoldenCase.RequestStep s, Actor actor, Path dataDir)
      throws Exception {
    switch (s.action()) {
      case "new" -> {
        String no =
            service
                .create(
                    new NewRequest(
                        s.department(),
                        Purpose.ofTitle(s.purpose()).orElseThrow(),
                        s.purposeText(),
                        s.extract(),
                        s.fields(),
                        new RequestFilters(s.period(), s.hospital(), null, java.util.List.of()),
                        DeliveryFormat.XLSX,
                        null,
                        s.unmasked(),
                        s.basis()),
                    actor)
                .number();
        if (s.request() != null) {
          assertThat(no).as("number of %s", s).isEqualTo(s.request());
        }
      }
      case "submit" -> service.submit(s.request(), actor);
      case "approve" -> service.approve(s.request(), actor, Narrowing.none());
      case "reject" -> service.reject(s.request(), actor, s.reason());
      case "withdraw" -> service.withdraw(s.request(), actor);
      case "run" -> service.run(s.request(), actor);
      case "download" -> service.download(s.request(), actor, dataDir.resolve("downloads"));
      case "expire" -> service.expireDue();
      default -> throw new IllegalArgumentException("unknown request action " + s.action());
    }
  }

  /** The clock each step sets. */
  private static final class StepClock extends Clock {
    Instant now = Instant.EPOCH;

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
