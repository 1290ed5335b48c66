package io.pulse.ingest;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A validated interaction as received: still holds the raw text and customer reference, so it lives
 * only in memory until {@link Protector} turns it into a {@link ProtectedInteraction}.
 */
public record NewInteraction(
    String externalId,
    Channel channel,
    OffsetDateTime occurredAt,
    String customer,
    String conversationId,
    String product,
    List<String> tags,
    String language,
    String text,
    AuthorRole authorRole) {

  /** Never prints the text or the customer reference. */
  @Override
  public String toString() {
    return "NewInteraction[externalId=" + externalId + ", channel=" + channel + "]";
  }
}
