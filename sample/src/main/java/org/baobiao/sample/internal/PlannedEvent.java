package org.baobiao.sample.internal;

import java.time.LocalDateTime;

/**
 * One event of a simulated ticket.
 *
 * @param type what happened
 * @param time when
 * @param engineer vendor engineer, or empty
 * @param note free text, or empty
 */
public record PlannedEvent(EventType type, LocalDateTime time, String engineer, String note) {}
