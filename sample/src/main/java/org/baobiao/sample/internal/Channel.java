package org.baobiao.sample.internal;

/** The report channel codes of {@code docs/formats.md}. */
public enum Channel {
  PHONE,
  REMOTE,
  ONSITE,
  IM,
  PLATFORM
}
