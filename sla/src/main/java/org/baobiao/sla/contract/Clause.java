package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

/**
 * The seed-document clause a goal or obligation encodes, quoted word for word so that a reviewer
 * can check the encoding against the requirement document.
 *
 * @param section where the clause is, e.g. {@code 5（1）1} or a service code such as {@code 502}
 * @param text the clause, quoted from the document
 */
public record Clause(String section, String text) {

  public Clause {
    requireNonNull(section, "section is null");
    requireNonNull(text, "text is null");
  }
}
