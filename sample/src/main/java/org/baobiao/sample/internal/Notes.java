package org.baobiao.sample.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Note texts from {@code notes.csv}, chosen by hospital, event type, a key (the service category,
 * the channel, {@code SEV1}/{@code SEV2}, or {@code *}) and optionally the system. Texts may hold
 * the placeholders {@code {system}}, {@code {dept}} and {@code {surname}}.
 */
public final class Notes {

  private final List<Entry> entries;
  private final Map<String, Choice> choices = new HashMap<>();

  private Notes(List<Entry> entries) {
    this.entries = entries;
  }

  private record Entry(String orgCode, String type, String key, String systemCode, String text) {}

  /** The hospital's own texts (preferred half of the time) and the general ones. */
  private record Choice(List<String> own, List<String> general) {}

  /** Loads the bundled notes. */
  public static Notes load() {
    List<Entry> entries = new ArrayList<>();
    for (List<String> row : ResourceCsv.read("notes.csv").rows()) {
      entries.add(new Entry(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)));
    }
    return new Notes(List.copyOf(entries));
  }

  /**
   * Picks a note for an event: a text for this key, else one for key {@code *}; empty when there is
   * none.
   */
  public String pick(
      Draws draws,
      String orgCode,
      EventType type,
      String key,
      String systemCode,
      NoteContext context) {
    Choice choice =
        choices.computeIfAbsent(
            orgCode + "|" + type + "|" + key + "|" + systemCode,
            k -> choose(orgCode, type.name(), key, systemCode));
    List<String> texts =
        choice.own().isEmpty() || (!choice.general().isEmpty() && draws.chance(0.5))
            ? choice.general()
            : choice.own();
    if (texts.isEmpty()) {
      return "";
    }
    String text = texts.get(draws.nextInt(texts.size()));
    if (text.indexOf('{') < 0) {
      return text;
    }
    return text.replace("{system}", context.systemName())
        .replace("{dept}", context.department())
        .replace("{surname}", context.surname());
  }

  private Choice choose(String orgCode, String type, String key, String systemCode) {
    Choice exact = collect(orgCode, type, key, systemCode);
    if (exact.own().isEmpty() && exact.general().isEmpty() && !"*".equals(key)) {
      return collect(orgCode, type, "*", systemCode);
    }
    return exact;
  }

  private Choice collect(String orgCode, String type, String key, String systemCode) {
    List<String> own = new ArrayList<>();
    List<String> general = new ArrayList<>();
    for (Entry entry : entries) {
      boolean matches =
          entry.type().equals(type)
              && entry.key().equals(key)
              && (entry.systemCode().isEmpty() || entry.systemCode().equals(systemCode));
      if (!matches) {
        continue;
      }
      if (entry.orgCode().equals(orgCode)) {
        own.add(entry.text());
      } else if ("*".equals(entry.orgCode())) {
        general.add(entry.text());
      }
    }
    return new Choice(List.copyOf(own), List.copyOf(general));
  }
}
