package io.pulse.connect.helpdesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes ticket updates to a helpdesk over its REST API; pluggable by {@link Kind}:
 *
 * <ul>
 *   <li>{@code zendesk}: {@code PUT {url}/api/v2/tickets/{id}.json} with {@code {"ticket":
 *       {"priority", "additional_tags", "group_id"}}}, bearer token;
 *   <li>{@code freshdesk}: {@code PUT {url}/api/v2/tickets/{id}} with {@code {"priority": 1-4,
 *       "tags", "group_id"}}, HTTP Basic with the API key;
 *   <li>{@code generic}: {@code POST {url}} with {@code {"ticketId", "priority", "tags", "group",
 *       "reference"}}, bearer token.
 * </ul>
 *
 * Conversations are named {@code <source>:<ticket id>} by the webhooks ({@code zendesk:4711}); a
 * conversation of another source has no ticket here.
 */
public final class HelpdeskAdapter {

  /** The helpdesk APIs an adapter speaks. */
  public enum Kind {
    ZENDESK,
    FRESHDESK,
    GENERIC;

    /** Parses a setting value. */
    public static Kind parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "helpdesk kind must be zendesk|freshdesk|generic, found '" + value + "'");
      }
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Integer> FRESHDESK_PRIORITY =
      Map.of("low", 1, "normal", 2, "medium", 2, "high", 3, "urgent", 4);

  private final Kind kind;
  private final URI url;
  private final String token;
  private final Duration timeout;
  private final HttpClient client;

  public HelpdeskAdapter(Kind kind, URI url, String token, Duration timeout) {
    if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("helpdesk url must be an http(s) URL, found " + url);
    }
    this.kind = kind;
    this.url = url;
    this.token = token;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * The ticket id of a conversation, or null when the conversation is not one of this helpdesk's
   * tickets ({@code generic}: every conversation id is a ticket id).
   */
  public String ticketOf(String conversationId) {
    if (conversationId == null) {
      return null;
    }
    if (kind == Kind.GENERIC) {
      return conversationId;
    }
    String prefix = kind.name().toLowerCase(Locale.ROOT) + ":";
    return conversationId.startsWith(prefix) && conversationId.length() > prefix.length()
        ? conversationId.substring(prefix.length())
        : null;
  }

  /**
   * Sends the update.
   *
   * @throws IOException when the helpdesk is unreachable or answers other than 2xx (the message
   *     names the status, never the body)
   */
  public void update(TicketUpdate update) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(timeout);
    String id = java.net.URLEncoder.encode(update.ticketId(), StandardCharsets.UTF_8);
    String base = url.toString().endsWith("/") ? url.toString() : url + "/";
    Object body;
    switch (kind) {
      case ZENDESK -> {
        Map<String, Object> ticket = new LinkedHashMap<>();
        putIf(ticket, "priority", update.priority());
        if (!update.tags().isEmpty()) {
          ticket.put("additional_tags", update.tags());
        }
        putIf(ticket, "group_id", update.group());
        body = Map.of("ticket", ticket);
        request.uri(URI.create(base + "api/v2/tickets/" + id + ".json"));
        request.PUT(publisher(body)).header("Authorization", "Bearer " + token);
      }
      case FRESHDESK -> {
        Map<String, Object> ticket = new LinkedHashMap<>();
        if (update.priority() != null) {
          Integer priority = FRESHDESK_PRIORITY.get(update.priority().toLowerCase(Locale.ROOT));
          if (priority == null) {
            throw new IOException("freshdesk has no priority '" + update.priority() + "'");
          }
          ticket.put("priority", priority);
        }
        if (!update.tags().isEmpty()) {
          ticket.put("tags", update.tags());
        }
        putIf(ticket, "group_id", update.group());
        body = ticket;
        String basic =
            Base64.getEncoder().encodeToString((token + ":X").getBytes(StandardCharsets.UTF_8));
        request.uri(URI.create(base + "api/v2/tickets/" + id));
        request.PUT(publisher(body)).header("Authorization", "Basic " + basic);
      }
      default -> {
        Map<String, Object> generic = new LinkedHashMap<>();
        generic.put("ticketId", update.ticketId());
        putIf(generic, "priority", update.priority());
        generic.put("tags", update.tags());
        putIf(generic, "group", update.group());
        generic.put("reference", update.reference());
        request.uri(url);
        request.POST(publisher(generic)).header("Authorization", "Bearer " + token);
      }
    }
    request.header("Content-Type", "application/json");
    if (update.reference() != null) {
      request.header("Idempotency-Key", update.reference());
    }
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          kind.name().toLowerCase(Locale.ROOT) + " answered HTTP " + response.statusCode());
    }
  }

  private static void putIf(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
  }

  @Override
  public String toString() {
    return "HelpdeskAdapter[" + kind + " " + url + "]";
  }
}
