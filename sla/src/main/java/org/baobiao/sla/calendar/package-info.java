/**
 * Business-calendar arithmetic for the SLA engine: which minutes of the year count towards a
 * maintenance contract's response and repair budgets.
 *
 * <p>Two layers:
 *
 * <ul>
 *   <li>{@link org.baobiao.sla.calendar.StatutoryCalendar}: the State Council's yearly holiday
 *       notice (放假 and 调休上班 days), loaded from one data file per year; a year without a file is an
 *       error, never "no holidays";
 *   <li>{@link org.baobiao.sla.calendar.BusinessCalendar}: a contract's service hours (24×7, every
 *       day 09:00–17:30, working days 08:00–18:00, whole working days) with {@code elapsed} and
 *       {@code plus} over them, built from a {@link org.baobiao.sla.calendar.CalendarSpec} by
 *       {@link org.baobiao.sla.calendar.BusinessCalendars}, or a hospital's own week with several
 *       windows a day, closures and duty days ({@link org.baobiao.sla.calendar.WeeklyCalendar}).
 * </ul>
 *
 * <p>All times are {@link java.time.LocalDateTime} in Asia/Shanghai local time (China has no
 * daylight saving time, so local arithmetic is exact).
 */
package org.baobiao.sla.calendar;
