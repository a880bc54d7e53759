package org.baobiao.sla.obligation.internal;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.contract.TicketFilter;
import org.baobiao.sla.obligation.ObligationTicket;

/** How tickets and ticket filters are written in obligation results. */
public final class TicketWording {
  private TicketWording() {}

  /** E.g. 一级、二级的纠错性维护或接口异常工单. */
  public static String filter(TicketFilter filter) {
    StringBuilder sb = new StringBuilder();
    if (!filter.severities().isEmpty()) {
      List<String> s = new ArrayList<>();
      filter.severities().forEach(v -> s.add(severity(v)));
      sb.append(String.join("、", s)).append("的");
    }
    if (!filter.categories().isEmpty()) {
      List<String> c = new ArrayList<>();
      filter.categories().forEach(v -> c.add(TicketCodes.CATEGORIES.getOrDefault(v, v)));
      sb.append(String.join("或", c));
    }
    sb.append("工单");
    if (!filter.channels().isEmpty()) {
      List<String> c = new ArrayList<>();
      filter.channels().forEach(v -> c.add(TicketCodes.CHANNELS.getOrDefault(v, v)));
      sb.append("（报障渠道 ").append(String.join("、", c)).append("）");
    }
    if (!filter.systems().isEmpty()) {
      sb.append("（系统 ").append(String.join("、", filter.systems())).append("）");
    }
    return sb.toString();
  }

  /** E.g. ZJSF-20260103-00002（2026-01-03 报障，一级，纠错性维护）. */
  public static String ticket(ObligationTicket t) {
    List<String> parts = new ArrayList<>();
    parts.add(Wording.day(t.reportedAt().toLocalDate()) + " 报障");
    if (t.severity() != null) {
      parts.add(severity(t.severity()));
    }
    if (t.category() != null) {
      parts.add(TicketCodes.CATEGORIES.getOrDefault(t.category(), t.category()));
    }
    return t.ticketNo() + "（" + String.join("，", parts) + "）";
  }

  private static String severity(int level) {
    return switch (level) {
      case 1 -> "一级";
      case 2 -> "二级";
      case 3 -> "三级";
      default -> level + " 级";
    };
  }
}
