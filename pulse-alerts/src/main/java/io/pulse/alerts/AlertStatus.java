package io.pulse.alerts;

/**
 * Life cycle of an alert: {@code OPEN -> ACKNOWLEDGED -> RESOLVED}; an open or acknowledged alert
 * that one interaction alone caused is {@code WITHDRAWN} when a person corrects that interaction
 * away from negative.
 */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED,
  WITHDRAWN;

  /** Whether the alert needs no more handling (resolved or withdrawn). */
  public boolean closed() {
    return this == RESOLVED || this == WITHDRAWN;
  }
}
