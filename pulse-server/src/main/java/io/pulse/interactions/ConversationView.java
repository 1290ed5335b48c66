package io.pulse.interactions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One conversation (a ticket, a chat, an e-mail thread): its turns in order, the customer's
 * trajectory from customer turns only, and the agents' and bots' tone apart.
 *
 * @param conversationId the conversation
 * @param customer pseudonym of the customer of the conversation (of its first turn)
 * @param state {@code escalating}, {@code recovering} or {@code steady} (from customer turns)
 * @param trajectory the customer's sentiment over the conversation
 * @param agentTone mean score of the agents' turns
 * @param botTone mean score of the bots' turns
 * @param pending turns not scored yet (queued); they appear without a score
 * @param turns the turns, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConversationView(
    String conversationId,
    String customer,
    String state,
    Trajectory trajectory,
    Tone agentTone,
    Tone botTone,
    int pending,
    List<Turn> turns) {

  /** The same view without message text (for roles that may not read it). */
  ConversationView withoutText() {
    return new ConversationView(
        conversationId,
        customer,
        state,
        trajectory,
        agentTone,
        botTone,
        pending,
        turns.stream()
            .map(t ->
                new Turn(
                    t.id(),
                    t.externalId(),
                    t.channel(),
                    t.occurredAt(),
                    t.role(),
                    null,
                    t.scoring(),
                    t.score(),
                    t.label(),
                    t.band()))
            .toList());
  }

  /**
   * One turn. {@code text} is the redacted text (absent for roles that may not read text); {@code
   * score}, {@code label} and {@code band} are absent until it is scored (or when it stays
   * unscored).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Turn(
      long id,
      String externalId,
      String channel,
      OffsetDateTime occurredAt,
      String role,
      String text,
      String scoring,
      Double score,
      String label,
      String band) {}

  /**
   * The customer's sentiment over the conversation, from scored customer turns.
   *
   * @param turns scored customer turns
   * @param first score of the first of them
   * @param last score of the last of them
   * @param change last minus first
   * @param slope least-squares change per customer turn (0 for fewer than two)
   * @param mean mean of them
   */
  record Trajectory(
      int turns, Double first, Double last, double change, double slope, Double mean) {

    static final Trajectory NONE = new Trajectory(0, null, null, 0, 0, null);

    static Trajectory of(List<Double> scores) {
      if (scores.isEmpty()) {
        return NONE;
      }
      int n = scores.size();
      double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double slope = 0;
      if (n > 1) {
        double meanX = (n - 1) / 2.0;
        double cov = 0;
        double var = 0;
        for (int i = 0; i < n; i++) {
          cov += (i - meanX) * (scores.get(i) - mean);
          var += (i - meanX) * (i - meanX);
        }
        slope = cov / var;
      }
      return new Trajectory(
          n,
          scores.getFirst(),
          scores.getLast(),
          scores.getLast() - scores.getFirst(),
          slope,
          mean);
    }
  }

  /**
   * The tone of the agents' (or bots') turns.
   *
   * @param turns their scored turns
   * @param mean mean score of them
   */
  record Tone(int turns, double mean) {}
}
