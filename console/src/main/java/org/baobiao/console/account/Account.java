package org.baobiao.console.account;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.baobiao.console.store.ConsoleUser;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.Role;

/**
 * An account as the administrator's page and the API show it: never its password hash.
 *
 * @param failedAttempts failed sign-ins in a row
 * @param locked whether too many failed sign-ins locked it
 * @param mustChangePassword whether it still has its initial password
 * @param disabled whether an administrator disabled it (no sign-in, no token)
 * @param contracts the maintenance contracts granted to it by id, sorted (vendors; empty for the
 *     other roles)
 */
public record Account(
    String username,
    Role role,
    HospitalGrants grants,
    int failedAttempts,
    boolean locked,
    boolean mustChangePassword,
    boolean disabled,
    OffsetDateTime createdAt,
    List<String> contracts) {

  public Account {
    contracts = List.copyOf(contracts);
  }

  static Account of(ConsoleUser u, HospitalGrants grants, Collection<String> contracts) {
    return new Account(
        u.username(),
        u.role(),
        grants,
        u.failedAttempts(),
        u.locked(),
        u.mustChangePassword(),
        u.disabled(),
        u.createdAt(),
        List.copyOf(new TreeSet<>(contracts)));
  }
}
