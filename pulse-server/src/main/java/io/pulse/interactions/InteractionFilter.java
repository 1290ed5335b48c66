package io.pulse.interactions;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.core.SentimentLabel;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Filters shared by the list, timeline and aggregate queries; every one is optional.
 *
 * @param from occurred at or after (inclusive)
 * @param to occurred before (exclusive)
 * @param channel channel
 * @param product product, exact
 * @param label current sentiment label
 * @param minScore current score at least
 * @param maxScore current score at most
 * @param customer customer pseudonym ({@code c_} + 24 hex)
 * @param conversationId conversation, exact
 * @param authorRole who wrote the interactions (customer turns include those stored without role)
 */
record InteractionFilter(
    OffsetDateTime from,
    OffsetDateTime to,
    Channel channel,
    String product,
    SentimentLabel label,
    Double minScore,
    Double maxScore,
    String customer,
    String conversationId,
    AuthorRole authorRole) {

  /** A filter without conversation and role. */
  InteractionFilter(
      OffsetDateTime from,
      OffsetDateTime to,
      Channel channel,
      String product,
      SentimentLabel label,
      Double minScore,
      Double maxScore,
      String customer) {
    this(from, to, channel, product, label, minScore, maxScore, customer, null, null);
  }

  static final Pattern PSEUDONYM = Pattern.compile("c_[0-9a-f]{24}");

  /** Parses request parameters, naming the parameter and value of the first invalid one. */
  static InteractionFilter parse(
      String from,
      String to,
      String channel,
      String product,
      String label,
      Double minScore,
      Double maxScore,
      String customer) {
    checkScore("minScore", minScore);
    checkScore("maxScore", maxScore);
    if (minScore != null && maxScore != null && minScore > maxScore) {
      throw ApiProblem.invalidField(
          "minScore", minScore, "minScore must not exceed maxScore (" + maxScore + ")");
    }
    OffsetDateTime start = time("from", from);
    OffsetDateTime end = time("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw ApiProblem.invalidField("from", from, "from must be before to");
    }
    return new InteractionFilter(
        start,
        end,
        channel == null ? null : parseChannel(channel),
        product == null || product.isBlank() ? null : product.strip(),
        label == null ? null : parseLabel(label),
        minScore,
        maxScore,
        customer == null ? null : pseudonym("customer", customer));
  }

  /** Validates a customer pseudonym. */
  static String pseudonym(String name, String value) {
    if (!PSEUDONYM.matcher(value).matches()) {
      throw ApiProblem.invalidField(
          name,
          value.length() > 40 ? value.substring(0, 40) + "..." : value,
          name + " must be a pseudonym like c_0123456789abcdef01234567 (c_ and 24 hex)");
    }
    return value;
  }

  /**
   * The same filter restricted to one conversation and author role (both optional request
   * parameters, named in errors).
   */
  InteractionFilter withConversation(String conversation, String role) {
    String id = null;
    if (conversation != null) {
      if (conversation.isBlank() || conversation.length() > 200) {
        throw ApiProblem.invalidField(
            "conversationId",
            conversation.length() > 40 ? conversation.substring(0, 40) + "..." : conversation,
            "conversationId must be 1 to 200 characters");
      }
      id = conversation.strip();
    }
    AuthorRole author = null;
    if (role != null) {
      try {
        author = AuthorRole.parse(role);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalidField("authorRole", role, e.getMessage());
      }
    }
    return new InteractionFilter(
        from, to, channel, product, label, minScore, maxScore, customer, id, author);
  }

  /** The same filter restricted to one customer. */
  InteractionFilter forCustomer(String pseudonym) {
    return new InteractionFilter(
        from,
        to,
        channel,
        product,
        label,
        minScore,
        maxScore,
        pseudonym("pseudonym", pseudonym),
        conversationId,
        authorRole);
  }

  private static void checkScore(String name, Double value) {
    if (value != null && (value.isNaN() || value < -1 || value > 1)) {
      throw ApiProblem.invalidField(name, value, name + " must be in [-1, 1]; found " + value);
    }
  }

  private static OffsetDateTime time(String name, String value) {
    Instant instant = RequestValues.instant(name, value);
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Channel parseChannel(String value) {
    try {
      return Channel.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("channel", value, e.getMessage());
    }
  }

  private static SentimentLabel parseLabel(String value) {
    try {
      return SentimentLabel.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("label", value, e.getMessage());
    }
  }
}
