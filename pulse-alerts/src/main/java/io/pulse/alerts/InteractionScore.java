package io.pulse.alerts;

import io.pulse.core.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The score of one interaction with the keys of the series it belongs to: what the alert engine
 * consumes. It carries no text and no personal data: the customer is a pseudonym.
 *
 * @param interactionId id of the stored interaction
 * @param occurredAt when the interaction happened
 * @param score sentiment score in [-1, 1]
 * @param customerKey customer pseudonym (e.g. {@code c_ab12...}), never an e-mail or a name
 * @param channel where the interaction came from
 * @param product product it is about, or {@code null}
 * @param topics topics it is about (may be empty)
 * @param successEligible whether a score above the success threshold may raise a success story:
 *     false when the model was not confident that the message is positive (see {@link
 *     #SUCCESS_MIN_POSITIVE}), so that a sarcastic or mixed message does not reach marketing
 */
public record InteractionScore(
    String interactionId,
    Instant occurredAt,
    double score,
    String customerKey,
    Channel channel,
    String product,
    List<String> topics,
    boolean successEligible) {

  /**
   * P(positive) a scored message needs for a success story: with the default bands a score above
   * 0.5 only says P(positive) exceeds P(negative) by half; mixed and sarcastic messages that reach
   * it mostly stay below this confidence.
   */
  public static final double SUCCESS_MIN_POSITIVE = 0.8;

  /** A score that may count as a success story when high enough (a person's label, a re-score). */
  public InteractionScore(
      String interactionId,
      Instant occurredAt,
      double score,
      String customerKey,
      Channel channel,
      String product,
      List<String> topics) {
    this(interactionId, occurredAt, score, customerKey, channel, product, topics, true);
  }

  /** Letters, digits, '_' and '-' only: rejects e-mail addresses and names with spaces. */
  private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException naming the field and the value found
   */
  public InteractionScore {
    if (interactionId == null || interactionId.isBlank()) {
      throw new IllegalArgumentException("interactionId is blank");
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(channel, "channel");
    if (!(score >= -1.0 && score <= 1.0)) {
      throw new IllegalArgumentException(
          "score of interaction " + interactionId + " must be in [-1, 1], found " + score);
    }
    if (customerKey == null || !PSEUDONYM.matcher(customerKey).matches()) {
      throw new IllegalArgumentException(
          "customerKey of interaction "
              + interactionId
              + " must be a pseudonym ([A-Za-z0-9_-]{1,64}), found another value");
    }
    product = product == null || product.isBlank() ? null : product.strip();
    topics =
        topics == null
            ? List.of()
            : topics.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
  }

  /** The same interaction with another score (a correction or a re-score). */
  public InteractionScore withScore(double value) {
    return new InteractionScore(
        interactionId, occurredAt, value, customerKey, channel, product, topics, true);
  }

  /** Every series this interaction counts towards: customer, channel, product and each topic. */
  public List<SeriesKey> series() {
    List<SeriesKey> keys = new ArrayList<>();
    keys.add(new SeriesKey(Dimension.CUSTOMER, customerKey));
    keys.add(new SeriesKey(Dimension.CHANNEL, channel.wireName()));
    if (product != null) {
      keys.add(new SeriesKey(Dimension.PRODUCT, product));
    }
    topics.stream().distinct().forEach(t -> keys.add(new SeriesKey(Dimension.TOPIC, t)));
    return keys;
  }
}
