package io.pulse.connect.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The helpdesk and chat webhooks Pulse accepts, each with the sender's signature scheme and the
 * mapping of its body to interactions.
 *
 * <ul>
 *   <li>{@code zendesk}: Zendesk event webhooks ({@code ticket.created}, {@code
 *       ticket.comment_added}); header {@code X-Zendesk-Webhook-Signature} = base64
 *       HMAC-SHA256(secret, {@code X-Zendesk-Webhook-Signature-Timestamp} + body).
 *   <li>{@code freshdesk}: Freshdesk automation-rule webhooks ({@code freshdesk_webhook} object);
 *       header {@code X-Pulse-Signature} = {@code sha256=} hex HMAC-SHA256(secret, body), which the
 *       rule adds (Freshdesk does not sign on its own).
 *   <li>{@code intercom}: Intercom conversation notifications with their conversation parts; header
 *       {@code X-Hub-Signature} = {@code sha1=} hex HMAC-SHA1(client secret, body).
 * </ul>
 */
public enum WebhookSource {
  ZENDESK {
    @Override
    boolean signatureMatches(Function<String, String> headers, byte[] body, byte[] secret) {
      String signature = headers.apply("X-Zendesk-Webhook-Signature");
      String timestamp = headers.apply("X-Zendesk-Webhook-Signature-Timestamp");
      if (signature == null || timestamp == null) {
        return false;
      }
      byte[] signed = concat(timestamp.getBytes(StandardCharsets.UTF_8), body);
      return equal(
          Base64.getEncoder().encodeToString(hmac("HmacSHA256", secret, signed)), signature);
    }

    @Override
    java.util.List<ObjectNode> interactions(JsonNode body) {
      return ZendeskEvents.interactions(body);
    }
  },
  FRESHDESK {
    @Override
    boolean signatureMatches(Function<String, String> headers, byte[] body, byte[] secret) {
      return prefixedHex(headers.apply("X-Pulse-Signature"), "sha256=", "HmacSHA256", secret, body);
    }

    @Override
    java.util.List<ObjectNode> interactions(JsonNode body) {
      return FreshdeskEvents.interactions(body);
    }
  },
  INTERCOM {
    @Override
    boolean signatureMatches(Function<String, String> headers, byte[] body, byte[] secret) {
      return prefixedHex(headers.apply("X-Hub-Signature"), "sha1=", "HmacSHA1", secret, body);
    }

    @Override
    java.util.List<ObjectNode> interactions(JsonNode body) {
      return IntercomEvents.interactions(body);
    }
  };

  /**
   * Whether the request carries this sender's valid signature of {@code body} under {@code secret};
   * compares in constant time.
   *
   * @param headers request header by name (case-insensitive), null when absent
   */
  public boolean verify(Function<String, String> headers, byte[] body, String secret) {
    if (secret == null || secret.isEmpty()) {
      return false;
    }
    return signatureMatches(headers, body, secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The interactions of a verified body, in the shape of Pulse's ingest API ({@code externalId},
   * {@code channel}, {@code timestamp}, {@code customer}, {@code conversationId}, {@code
   * authorRole}, {@code text}, ...). Events that carry no customer-visible text map to none.
   *
   * @throws WebhookException naming the JSON field that is missing or of the wrong type
   */
  public java.util.List<ObjectNode> map(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new WebhookException("$", "the body must be a JSON object");
    }
    return interactions(body);
  }

  abstract boolean signatureMatches(Function<String, String> headers, byte[] body, byte[] secret);

  abstract java.util.List<ObjectNode> interactions(JsonNode body);

  /** Lower-case name as used in URLs and settings. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source of a URL segment, or null when there is none of that name. */
  public static WebhookSource parse(String value) {
    for (WebhookSource source : values()) {
      if (source.wireName().equals(value)) {
        return source;
      }
    }
    return null;
  }

  /** Signs {@code body} as this sender would (for senders' tests and tools). */
  public static String hmacHex(String algorithm, String secret, byte[] body) {
    return HexFormat.of().formatHex(hmac(algorithm, secret.getBytes(StandardCharsets.UTF_8), body));
  }

  /** Zendesk's signature of {@code body} sent at {@code timestamp}. */
  public static String zendeskSignature(String secret, String timestamp, byte[] body) {
    byte[] signed = concat(timestamp.getBytes(StandardCharsets.UTF_8), body);
    return Base64.getEncoder()
        .encodeToString(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), signed));
  }

  private static boolean prefixedHex(
      String header, String prefix, String algorithm, byte[] secret, byte[] body) {
    if (header == null || !header.strip().toLowerCase(Locale.ROOT).startsWith(prefix)) {
      return false;
    }
    String expected = HexFormat.of().formatHex(hmac(algorithm, secret, body));
    return equal(expected, header.strip().substring(prefix.length()).toLowerCase(Locale.ROOT));
  }

  private static byte[] hmac(String algorithm, byte[] secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  private static boolean equal(String expected, String found) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), found.strip().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
