package org.baobiao.jobs.sla;

import java.time.LocalDateTime;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.engine.TicketTimeline;

/**
 * A ticket's clocks explained.
 *
 * @param ticket the ticket's event timeline
 * @param contract the contract in force when it was reported
 * @param asOf the evaluation instant used
 * @param text the explanation for people, in Chinese, line by line
 */
public record TicketExplanation(
    TicketTimeline ticket, Contract contract, LocalDateTime asOf, String text) {}
