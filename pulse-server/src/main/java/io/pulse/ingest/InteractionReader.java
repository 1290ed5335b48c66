package io.pulse.ingest;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON object into a {@link NewInteraction}, or throws an {@link ApiProblem} naming the
 * field. Values of {@code text} and {@code customer} are personal data and never echoed.
 */
@Component
class InteractionReader {

  static final Set<String> FIELDS =
      Set.of(
          "externalId",
          "channel",
          "timestamp",
          "customer",
          "conversationId",
          "product",
          "tags",
          "language",
          "text",
          "authorRole");
  private static final int MAX_ID_CHARS = 200;
  private static final int MAX_TAGS = 50;
  private static final int MAX_TAG_CHARS = 100;
  private static final int ECHO_CHARS = 100;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

  private static final Instant EARLIEST_TIMESTAMP = Instant.parse("1970-01-01T00:00:00Z");

  private final int maxTextChars;
  private final Clock clock = Clock.systemUTC();

  InteractionReader(IngestProperties properties) {
    this.maxTextChars = properties.maxTextChars();
  }

  NewInteraction read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw ApiProblem.invalidRequest("an interaction must be a JSON object; found " + kind(node));
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!FIELDS.contains(property.getKey())) {
        throw ApiProblem.invalidField(
            property.getKey(),
            null,
            "unknown field '"
                + echo(property.getKey())
                + "'; allowed: "
                + String.join("|", sorted()));
      }
    }
    return new NewInteraction(
        identifier(node, "externalId", true),
        channel(node),
        timestamp(node),
        customer(node),
        identifier(node, "conversationId", false),
        identifier(node, "product", false),
        tags(node),
        language(node),
        text(node),
        authorRole(node));
  }

  private String identifier(JsonNode node, String field, boolean required) {
    String value = string(node, field, required);
    if (value == null) {
      return null;
    }
    if (value.isBlank() || value.length() > MAX_ID_CHARS || hasControlCharacters(value)) {
      throw ApiProblem.invalidField(
          field,
          echo(value),
          field
              + " must be 1 to "
              + MAX_ID_CHARS
              + " printable characters; found '"
              + echo(value)
              + "'");
    }
    return value.strip();
  }

  private static Channel channel(JsonNode node) {
    String value = string(node, "channel", true);
    try {
      return Channel.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          "channel",
          echo(value),
          "channel must be one of email|ticket|chat|call|social|review|survey|note; found '"
              + echo(value)
              + "'");
    }
  }

  /**
   * Interactions happened between 1970 and a day from now (clock skew): a timestamp beyond that is
   * a client's mistake and would move every dashboard window to its year.
   */
  private OffsetDateTime timestamp(JsonNode node) {
    String value = string(node, "timestamp", true);
    Instant latest = clock.instant().plus(Duration.ofDays(1));
    Instant timestamp = RequestValues.instant("timestamp", value, EARLIEST_TIMESTAMP, latest);
    if (timestamp == null) {
      throw ApiProblem.invalidField("timestamp", value, "timestamp must not be blank");
    }
    return timestamp.atOffset(ZoneOffset.UTC);
  }

  private static String customer(JsonNode node) {
    String value = string(node, "customer", true);
    if (value.isBlank() || value.length() > MAX_ID_CHARS) {
      throw ApiProblem.invalidField(
              "customer",
              null,
              "customer must be 1 to " + MAX_ID_CHARS + " characters; found " + value.length())
          .with("length", value.length());
    }
    return value.strip();
  }

  private static List<String> tags(JsonNode node) {
    JsonNode tags = node.get("tags");
    if (tags == null || tags.isNull()) {
      return List.of();
    }
    if (!tags.isArray() || tags.size() > MAX_TAGS) {
      throw ApiProblem.invalidField(
          "tags", null, "tags must be an array of at most " + MAX_TAGS + " strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode tag : tags.values()) {
      if (!tag.isString()
          || tag.stringValue().isBlank()
          || tag.stringValue().length() > MAX_TAG_CHARS) {
        throw ApiProblem.invalidField(
            "tags",
            null,
            "each tag must be a string of 1 to "
                + MAX_TAG_CHARS
                + " characters; found "
                + kind(tag));
      }
      RequestValues.checkText("tags", tag.stringValue());
      values.add(tag.stringValue().strip());
    }
    return List.copyOf(values);
  }

  private static AuthorRole authorRole(JsonNode node) {
    String value = string(node, "authorRole", false);
    if (value == null) {
      return AuthorRole.CUSTOMER;
    }
    try {
      return AuthorRole.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          "authorRole",
          echo(value),
          "authorRole must be one of customer|agent|bot; found '" + echo(value) + "'");
    }
  }

  private static String language(JsonNode node) {
    String value = string(node, "language", false);
    if (value != null && !LANGUAGE.matcher(value.strip()).matches()) {
      throw ApiProblem.invalidField(
          "language",
          echo(value),
          "language must be a BCP 47 tag such as en or nb-NO; found '" + echo(value) + "'");
    }
    return value == null ? null : value.strip();
  }

  private String text(JsonNode node) {
    String value = string(node, "text", true);
    if (value.isBlank()) {
      throw ApiProblem.invalidField("text", null, "text must not be empty").with("length", 0);
    }
    if (value.length() > maxTextChars) {
      throw ApiProblem.invalidField(
              "text",
              null,
              "text has "
                  + value.length()
                  + " characters; the limit is "
                  + maxTextChars
                  + " (pulse.ingest.max-text-chars)")
          .with("length", value.length())
          .with("limit", maxTextChars);
    }
    return value;
  }

  private static String string(JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw ApiProblem.invalidField(field, null, field + " is required");
      }
      return null;
    }
    if (!value.isString()) {
      throw ApiProblem.invalidField(field, null, field + " must be a string; found " + kind(value));
    }
    RequestValues.checkText(field, value.stringValue());
    return value.stringValue();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean hasControlCharacters(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }

  private static String echo(String value) {
    return value.length() <= ECHO_CHARS ? value : value.substring(0, ECHO_CHARS) + "...";
  }

  private static List<String> sorted() {
    return FIELDS.stream().sorted().toList();
  }
}
