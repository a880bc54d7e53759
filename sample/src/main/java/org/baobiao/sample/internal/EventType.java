package org.baobiao.sample.internal;

/** The ticket event codes of {@code docs/formats.md}. */
public enum EventType {
  REPORTED,
  ACKNOWLEDGED,
  REMOTE_STARTED,
  ON_SITE,
  PAUSED,
  RESUMED,
  RESOLVED,
  REOPENED,
  CLOSED,
  CANCELLED
}
