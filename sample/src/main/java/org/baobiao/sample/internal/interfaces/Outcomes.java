package org.baobiao.sample.internal.interfaces;

import java.util.Map;
import org.baobiao.sample.internal.Draws;

/**
 * How one interface's exchanges end: latency, receipt and the target's answer of a success, and the
 * shape of each kind of failure (an unanswered one has no {@code acked_at}, a refused one the
 * target's error). Draws from the interface's stream.
 */
final class Outcomes {

  private static final double RETRIED_ONCE = 0.006;
  private static final double RETRIED_TWICE = 0.007;
  private static final double LONG_TAIL = 0.004;
  private static final ErrorCause[] CAUSES = {
    ErrorCause.NETWORK, ErrorCause.TIMEOUT, ErrorCause.VALIDATION, ErrorCause.AUTH, ErrorCause.OTHER
  };
  // Cumulative shares of CAUSES: hospital-internal interfaces hardly fail authentication.
  private static final double[] INTERNAL_CAUSES = {0.2, 0.55, 0.9, 0.9, 1.0};
  private static final double[] EXTERNAL_CAUSES = {0.2, 0.5, 0.8, 0.87, 1.0};

  private final InterfaceSpec spec;
  private final Draws draws;
  private final Map<ErrorCause, ErrorText[]> texts;
  private double spareNormal;
  private boolean hasSpare;

  Outcomes(InterfaceSpec spec, Draws draws, Map<ErrorCause, ErrorText[]> texts) {
    this.spec = spec;
    this.draws = draws;
    this.texts = texts;
  }

  /** A success: lognormal latency, now and then a resend within the exchange or a long tail. */
  void succeed(Exchange e) {
    e.succeed();
    // One draw decides the rare slow cases.
    double u = draws.uniform();
    long latency = latency(e.records);
    e.retries = 0;
    if (u < RETRIED_ONCE) {
      e.retries = 1;
      latency += 3_000;
    } else if (u < RETRIED_TWICE) {
      e.retries = 2;
      latency += 6_000;
    } else if (u < RETRIED_TWICE + LONG_TAIL) {
      latency = (long) (latency * (4 + 12 * draws.uniform()));
    }
    e.ackedMs = e.sentMs + latency;
    e.receivedMs = receipt(e.sentMs, latency);
  }

  /** An everyday failure, its cause drawn by the interface's direction. */
  void failEveryday(Exchange e) {
    double[] weights = spec.internal() ? INTERNAL_CAUSES : EXTERNAL_CAUSES;
    double u = draws.uniform();
    int c = 0;
    while (u >= weights[c]) {
      c++;
    }
    ErrorCause cause = CAUSES[c];
    ErrorText[] options = texts.get(cause);
    if (options == null) {
      cause = ErrorCause.OTHER;
      options = texts.get(cause);
    }
    fail(e, cause, options[draws.nextInt(options.length)]);
    long ms = e.sentMs;
    switch (cause) {
      case NETWORK -> e.retries = 3;
      case TIMEOUT -> {
        e.retries = 2;
        if (spec.logsReceipt() && draws.chance(0.5)) {
          e.receivedMs = ms + 5 + draws.nextInt(400);
        }
      }
      default -> refused(e, (long) (latency(e.records) * 0.8) + 1);
    }
  }

  /** A failure during an outage: the gateway refuses ({@code TARGET_DOWN}) or the target does. */
  void failOutage(Exchange e, Incident outage) {
    fail(e, outage.cause(), outage.errors().get(0));
    if (outage.cause() == ErrorCause.TARGET_DOWN) {
      // The engine tried three times, 10 s apart, and got the gateway's refusal each time.
      e.retries = 2;
      e.ackedMs = e.sentMs + 20_000 + draws.nextInt(400);
    } else {
      e.ackedMs = e.sentMs + latency(e.records);
    }
  }

  /** A record the target's new dictionary cannot map. */
  void failCodeMapping(Exchange e, Incident mapping) {
    fail(e, ErrorCause.CODE_MAPPING, mapping.errors().get(draws.nextInt(mapping.errors().size())));
    refused(e, latency(e.records));
  }

  private void refused(Exchange e, long latency) {
    e.ackedMs = e.sentMs + latency;
    e.receivedMs = receipt(e.sentMs, latency);
  }

  private static void fail(Exchange e, ErrorCause cause, ErrorText error) {
    e.status = Exchange.FAILED;
    e.cause = cause;
    e.error = error;
    e.retries = 0;
    e.ackedMs = -1;
    e.receivedMs = -1;
  }

  private long latency(int records) {
    double ms =
        spec.latencyMs() * StrictMath.exp(spec.latencySigma() * normal())
            + spec.msPerRecord() * (records - 1);
    return Math.max(1, (long) ms);
  }

  /** When the target received it (its own clock), between sending and the answer. */
  private long receipt(long sent, long latency) {
    return spec.logsReceipt() ? sent + (long) (latency * (0.15 + 0.6 * draws.uniform())) : -1;
  }

  // Box-Muller, both values used; StrictMath so that every JVM draws the same numbers.
  private double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spareNormal;
    }
    double u = 1.0 - draws.uniform();
    double v = 2.0 * StrictMath.PI * draws.uniform();
    double r = StrictMath.sqrt(-2.0 * StrictMath.log(u));
    spareNormal = r * StrictMath.sin(v);
    hasSpare = true;
    return r * StrictMath.cos(v);
  }
}
