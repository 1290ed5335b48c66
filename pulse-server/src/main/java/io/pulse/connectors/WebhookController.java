package io.pulse.connectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.connect.webhook.WebhookException;
import io.pulse.connect.webhook.WebhookSource;
import io.pulse.ingest.ConnectorIngest;
import io.pulse.server.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public entry point of connectors: helpdesk and chat webhooks. Each request is verified by the
 * sender's HMAC signature over the exact body bytes before anything is read from it; a wrong or
 * missing signature is 401 and nothing is stored. Verified events become interactions with their
 * author's role and go through ingest like every other request.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Helpdesk and chat events, verified by HMAC signature")
public class WebhookController {

  private final ConnectorProperties properties;
  private final ConnectorIngest ingest;
  private final JsonMapper json;
  private final MeterRegistry meters;

  WebhookController(
      ConnectorProperties properties,
      ConnectorIngest ingest,
      JsonMapper json,
      MeterRegistry meters) {
    this.properties = properties;
    this.ingest = ingest;
    this.json = json;
    this.meters = meters;
  }

  @Operation(
      summary = "Receive a helpdesk or chat event (zendesk|freshdesk|intercom)",
      description =
          "Zendesk event webhooks (X-Zendesk-Webhook-Signature over timestamp + body), Freshdesk"
              + " automation webhooks (X-Pulse-Signature: sha256=<hex>), Intercom conversation"
              + " notifications (X-Hub-Signature: sha1=<hex>). The secret is"
              + " pulse.connectors.webhooks.<source>.secret. 401 for a wrong or missing signature,"
              + " 404 for a source without a secret.")
  @PostMapping("/{source}")
  ConnectorIngest.Report receive(@PathVariable String source, HttpServletRequest request)
      throws IOException {
    WebhookSource sender = WebhookSource.parse(source);
    ConnectorProperties.Webhook settings =
        sender == null ? null : properties.webhooks().get(sender.wireName());
    if (settings == null) {
      throw ApiProblem.notFound("webhook source", source);
    }
    byte[] body = read(request.getInputStream());
    if (!sender.verify(request::getHeader, body, settings.secret())) {
      meters.counter("pulse.webhooks.refused", "source", sender.wireName()).increment();
      throw ApiProblem.unauthorized(
          "the " + sender.wireName() + " signature of this request is missing or wrong");
    }
    List<ObjectNode> items;
    try {
      JsonNode tree = json.readTree(body);
      items = sender.map(tree);
    } catch (JacksonException e) {
      throw ApiProblem.invalidRequest("the webhook body is not valid JSON");
    } catch (WebhookException e) {
      throw ApiProblem.invalidField(e.field(), null, e.getMessage());
    }
    ConnectorIngest.Report report = ingest.accept(items);
    meters.counter("pulse.webhooks.received", "source", sender.wireName()).increment();
    return report;
  }

  private byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(properties.maxWebhookBytes() + 1);
    if (body.length > properties.maxWebhookBytes()) {
      throw ApiProblem.tooLarge(properties.maxWebhookBytes());
    }
    return body;
  }
}
