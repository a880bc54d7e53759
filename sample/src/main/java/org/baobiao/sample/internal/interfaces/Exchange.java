package org.baobiao.sample.internal.interfaces;

/**
 * One simulated exchange, as the formats write it. Mutable and reused: the generator fills the same
 * few instances for millions of records instead of allocating one per record. Moments are local
 * milliseconds ({@link Millis}); {@code -1} means empty.
 */
final class Exchange {

  static final int SUCCESS = 0;
  static final int FAILED = 1;
  static final int PENDING = 2;

  /** The interface, by its index among the hospital's interfaces. */
  int iface;

  /** The exchange's number among its interface's exchanges of the day it was sent (from 1). */
  int counter;

  int messageType;
  long keyDay;
  int keySeq;
  long businessMs;
  long sentMs;
  long receivedMs;
  long ackedMs;
  int status;
  ErrorCause cause;
  ErrorText error;
  int retries;
  int records;
  long payloadBytes;

  /** Makes this a copy of {@code other}. */
  void copy(Exchange other) {
    iface = other.iface;
    counter = other.counter;
    messageType = other.messageType;
    keyDay = other.keyDay;
    keySeq = other.keySeq;
    businessMs = other.businessMs;
    sentMs = other.sentMs;
    receivedMs = other.receivedMs;
    ackedMs = other.ackedMs;
    status = other.status;
    cause = other.cause;
    error = other.error;
    retries = other.retries;
    records = other.records;
    payloadBytes = other.payloadBytes;
  }

  /** Clears the outcome to a success without error. */
  void succeed() {
    status = SUCCESS;
    cause = null;
    error = null;
  }

  /** The day it was sent (epoch day). */
  long sentDay() {
    return Math.floorDiv(sentMs, Millis.DAY);
  }
}
