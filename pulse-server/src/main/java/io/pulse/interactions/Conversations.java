package io.pulse.interactions;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.Band;
import io.pulse.core.AuthorRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds conversation views and the negative-to-positive KPI. The customer's trajectory comes from
 * customer turns only; the state uses the alert settings' conversation rule, so a conversation the
 * view calls escalating is one that raised (or would raise) {@code CONVERSATION_ESCALATING}.
 */
final class Conversations {

  static final String ESCALATING = "escalating";
  static final String RECOVERING = "recovering";
  static final String STEADY = "steady";

  private final AlertConfig.Bands bands;
  private final AlertConfig.Conversation rule;

  Conversations(AlertConfig config) {
    this.bands = config.bands();
    this.rule = config.conversation();
  }

  /** The view of these stored turns (oldest first) of one conversation. */
  ConversationView view(String conversationId, List<ConversationQueries.Row> rows) {
    List<Double> customer = scores(rows, AuthorRole.CUSTOMER);
    List<Double> agent = scores(rows, AuthorRole.AGENT);
    List<Double> bot = scores(rows, AuthorRole.BOT);
    int pending = (int) rows.stream().filter(r -> "pending".equals(r.scoring())).count();
    String customerKey =
        rows.stream()
            .filter(r -> r.role() == AuthorRole.CUSTOMER)
            .map(ConversationQueries.Row::customer)
            .findFirst()
            .orElse(rows.getFirst().customer());
    List<ConversationView.Turn> turns =
        rows.stream()
            .map(r ->
                new ConversationView.Turn(
                    r.id(),
                    r.externalId(),
                    r.channel(),
                    r.occurredAt(),
                    r.role().wireName(),
                    r.text(),
                    r.scoring(),
                    r.score(),
                    r.label(),
                    r.score() == null ? null : band(r.score())))
            .toList();
    return new ConversationView(
        conversationId,
        customerKey,
        state(customer),
        ConversationView.Trajectory.of(customer),
        tone(agent),
        tone(bot),
        pending,
        turns);
  }

  /**
   * Escalating: the last customer turns fell by more than the step to a turn that is not green, or
   * the customer ended negative after starting higher by more than the step. Recovering: the mirror
   * image. Otherwise, or with fewer than two scored customer turns, steady.
   */
  String state(List<Double> customer) {
    if (customer.size() < 2) {
      return STEADY;
    }
    ConversationView.Trajectory t = ConversationView.Trajectory.of(customer);
    double last = customer.getLast();
    if ((rule.falls(customer) && bands.classify(last) != Band.GREEN)
        || (t.change() < -rule.step() && t.slope() < 0 && bands.isNegative(last))) {
      return ESCALATING;
    }
    if (rule.rises(customer)
        || (t.change() > rule.step() && t.slope() > 0 && bands.isNegative(customer.getFirst()))) {
      return RECOVERING;
    }
    return STEADY;
  }

  /** Conversations whose first scored customer turn was negative and whose last is positive. */
  static NegativeToPositive negativeToPositive(Map<String, String[]> firstAndLast) {
    int conversations = firstAndLast.size();
    int startedNegative = 0;
    int endedPositive = 0;
    for (String[] ends : firstAndLast.values()) {
      if ("negative".equals(ends[0])) {
        startedNegative++;
        if ("positive".equals(ends[1])) {
          endedPositive++;
        }
      }
    }
    return new NegativeToPositive(
        conversations,
        startedNegative,
        endedPositive,
        startedNegative == 0 ? null : (double) endedPositive / startedNegative);
  }

  /**
   * The negative-to-positive KPI counted by conversations.
   *
   * @param conversations conversations with a scored customer turn in the period
   * @param startedNegative of them, those whose first customer turn was negative
   * @param endedPositive of those, the ones whose last customer turn was positive
   * @param share endedPositive / startedNegative, or null when none started negative
   */
  record NegativeToPositive(
      int conversations, int startedNegative, int endedPositive, Double share) {}

  private String band(double score) {
    return bands.classify(score).name().toLowerCase(Locale.ROOT);
  }

  private static List<Double> scores(List<ConversationQueries.Row> rows, AuthorRole role) {
    return rows.stream()
        .filter(r -> r.role() == role && r.score() != null)
        .map(ConversationQueries.Row::score)
        .toList();
  }

  private static ConversationView.Tone tone(List<Double> scores) {
    return scores.isEmpty()
        ? null
        : new ConversationView.Tone(
            scores.size(), scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
  }
}
