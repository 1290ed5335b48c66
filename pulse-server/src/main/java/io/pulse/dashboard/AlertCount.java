package io.pulse.dashboard;

/**
 * Unresolved alerts of one level and status.
 *
 * @param level {@code GREEN}, {@code YELLOW}, {@code ORANGE} or {@code RED}
 * @param status {@code OPEN} or {@code ACKNOWLEDGED}
 * @param count alerts
 * @param overdue of those, open ones past their review deadline
 */
record AlertCount(String level, String status, long count, long overdue) {}
