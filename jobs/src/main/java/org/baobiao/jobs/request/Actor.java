package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

/**
 * Who acts on a request, as the adapter established it: the command line passes the operator's name
 * ({@code --user}, else the operating-system user) and its host; the console passes its signed-in
 * user and the client's address.
 *
 * @param name the person
 * @param client where the action came from (host or client address), or null when unknown
 */
public record Actor(String name, String client) {
  public Actor {
    requireNonNull(name, "name is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("actor name is blank");
    }
    name = name.strip();
  }
}
