package io.pulse.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An alert rule's outbound action on the helpdesk ticket of its conversation: when an alert of one
 * of {@code kinds} is raised at {@code minLevel} or above, set the ticket's priority, add tags and
 * assign a group (each optional). Sent through the outbox, so a helpdesk that is down gets the
 * action later.
 *
 * @param name the rule's name (settings key; recipient of its deliveries)
 * @param kinds alert kinds it acts on
 * @param minLevel lowest level it acts on
 * @param priority priority to set (e.g. {@code urgent}), or null
 * @param tags tags to add, possibly none
 * @param group group to assign (the helpdesk's group id), or null
 */
public record WriteBackRule(
    String name,
    Set<AlertKind> kinds,
    Band minLevel,
    String priority,
    List<String> tags,
    String group) {

  public WriteBackRule {
    if (name == null || !name.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException(
          "alerts.helpdesk.rules.<name>: name must be [a-z0-9_-], 1-64 chars, found '"
              + name
              + "'");
    }
    kinds = Set.copyOf(kinds);
    tags = tags == null ? List.of() : List.copyOf(tags);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("alerts.helpdesk.rules." + name + ".kinds is required");
    }
    if (priority == null && tags.isEmpty() && group == null) {
      throw new IllegalArgumentException(
          "alerts.helpdesk.rules." + name + " sets nothing: give priority, tags or group");
    }
  }

  /** Whether this rule acts on the alert. */
  boolean matches(Alert alert) {
    return kinds.contains(alert.kind()) && alert.level().compareTo(minLevel) >= 0;
  }

  @Override
  public String toString() {
    return name + " (" + kinds + " >= " + minLevel.name().toLowerCase(Locale.ROOT) + ")";
  }
}
