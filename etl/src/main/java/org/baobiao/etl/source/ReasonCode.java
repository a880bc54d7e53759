package org.baobiao.etl.source;

/**
 * Reject reason codes, as documented in docs/formats.md. The sample-data generator uses the same
 * codes to say which reason each deliberately dirty row must be rejected with.
 */
public enum ReasonCode {
  MALFORMED_CSV,
  MALFORMED_JSON,
  BAD_ENCODING,
  COLUMN_COUNT,
  MISSING_VALUE,
  BAD_TIMESTAMP,
  BAD_DATE,
  BAD_NUMBER,
  BAD_CODE,
  BAD_FORMAT,
  UNKNOWN_HOSPITAL,
  UNKNOWN_SYSTEM,
  UNKNOWN_INTERFACE,
  DUPLICATE_KEY,
  INCONSISTENT
}
