package org.baobiao.sla.contract;

/**
 * A value spelled by a fixed code in contract files, with its Chinese name for messages and
 * reports.
 */
public interface Coded {
  /** The spelling in the YAML file, e.g. {@code working_days} or {@code INSPECTION}. */
  String code();

  /** The Chinese name, e.g. {@code 工作日}. */
  String label();
}
