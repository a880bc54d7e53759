package org.baobiao.console.account;

import org.baobiao.jobs.service.InvalidRequestException;

/**
 * An account change refused before anything was saved, with why in Chinese.
 *
 * @see Accounts
 */
public class InvalidAccountException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** What was wrong: the pages show each the same way; the API answers each with its status. */
  public enum Reason {
    /** A field in a wrong form: the user name, the password, the role, a hospital code. */
    INVALID,
    /** The user name is taken. */
    TAKEN,
    /** There is no account with this name. */
    UNKNOWN_USER
  }

  private final Reason reason;

  public InvalidAccountException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
