package org.baobiao.sample.internal;

/**
 * A hospital staff member who reports faults (personal data: fictional, generated).
 *
 * @param name full name
 * @param phone mobile or department landline
 */
public record Person(String name, String phone) {

  /** The family name, for notes such as “已电话回复王老师”. */
  public String surname() {
    return name.substring(0, 1);
  }
}
