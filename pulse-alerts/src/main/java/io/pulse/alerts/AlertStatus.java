package io.pulse.alerts;

/** Life cycle of an alert: {@code OPEN -> ACKNOWLEDGED -> RESOLVED}, nothing else. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}
