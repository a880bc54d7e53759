package org.baobiao.etl.sample;

/**
 * The reject reason codes of {@code docs/formats.md}; each deliberately dirty row is written so
 * that a validator following that page rejects it with exactly one of these codes.
 */
public enum DirtyReason {
  MALFORMED_CSV,
  COLUMN_COUNT,
  MISSING_VALUE,
  BAD_TIMESTAMP,
  BAD_DATE,
  BAD_NUMBER,
  BAD_CODE,
  BAD_FORMAT,
  UNKNOWN_HOSPITAL,
  UNKNOWN_SYSTEM,
  DUPLICATE_KEY,
  INCONSISTENT
}
