package io.pulse.interactions;

import io.pulse.audit.AuditTrail;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.ApiProblem;
import io.pulse.server.Audited;
import io.pulse.server.RequestValues;
import io.pulse.server.TextAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Public entry point of the query feature: read-only HTTP endpoints for analysts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Query", description = "Stored interactions, customer timelines and aggregates")
public class InteractionQueryController {

  static final int MAX_PAGE_SIZE = 500;

  private final InteractionQueries queries;
  private final PrivacyGuard guard;
  private final TextAccess text;
  private final AuditTrail audit;

  InteractionQueryController(
      InteractionQueries queries, PrivacyGuard guard, TextAccess text, AuditTrail audit) {
    this.queries = queries;
    this.guard = guard;
    this.text = text;
    this.audit = audit;
  }

  @Operation(summary = "Interactions matching the filters, newest first, paginated")
  @GetMapping("/interactions")
  @Audited("read-text")
  PageOf<InteractionView> list(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String product,
      @RequestParam(required = false) String label,
      @RequestParam(required = false) Double minScore,
      @RequestParam(required = false) Double maxScore,
      @RequestParam(required = false) String customer,
      @RequestParam(required = false) String conversationId,
      @RequestParam(required = false) String authorRole,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    InteractionFilter filter =
        InteractionFilter.parse(from, to, channel, product, label, minScore, maxScore, customer)
            .withConversation(
                conversationId == null || conversationId.length() > 200
                    ? conversationId
                    : guard.protectIdentifier(conversationId),
                authorRole);
    return page(filter, page, size, false);
  }

  @Operation(summary = "One interaction by its id")
  @GetMapping("/interactions/{id}")
  @Audited("read-text")
  InteractionView one(@PathVariable long id) {
    return visible(queries.byId(id).orElseThrow(() -> ApiProblem.notFound("interaction id", id)));
  }

  @Operation(summary = "A customer's interactions in time order (by pseudonym)")
  @GetMapping("/customers/{pseudonym}/timeline")
  @Audited("read-timeline")
  PageOf<InteractionView> timeline(
      @PathVariable String pseudonym,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    InteractionFilter filter =
        InteractionFilter.parse(from, to, null, null, null, null, null, null)
            .forCustomer(pseudonym);
    return page(filter, page, size, true);
  }

  @Operation(
      summary = "The pseudonym of a customer reference (roles agent, dpo, admin; audited)",
      description =
          "Body {\"customer\": \"CRM-1\"}; the reference travels in the body so it stays out of"
              + " URLs and access logs.")
  @PostMapping("/customers/pseudonym")
  Map<String, String> pseudonym(@RequestBody Map<String, String> body, Principal user) {
    String customer = body == null ? null : body.get("customer");
    if (customer == null || customer.isBlank()) {
      throw ApiProblem.invalidField("customer", null, "customer is required");
    }
    String pseudonym = guard.pseudonymise(customer.strip());
    audit.record(
        user.getName(), "pseudonym-lookup", pseudonym, "POST /api/v1/customers/pseudonym", null);
    return Map.of("customer", pseudonym);
  }

  @Operation(summary = "Count, mean score and share negative by day|week|all and channel|product")
  @GetMapping("/aggregates")
  List<AggregateRow> aggregates(
      @RequestParam(defaultValue = "day") String interval,
      @RequestParam(defaultValue = "none") String by,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String product,
      @RequestParam(required = false) String label,
      @RequestParam(required = false) String customer) {
    InteractionFilter filter =
        InteractionFilter.parse(from, to, channel, product, label, null, null, customer);
    return queries.aggregate(
        filter,
        option(InteractionQueries.Interval.class, "interval", interval),
        option(InteractionQueries.Dimension.class, "by", by));
  }

  private PageOf<InteractionView> page(InteractionFilter filter, int page, int size, boolean asc) {
    RequestValues.checkPage(page, size, MAX_PAGE_SIZE);
    long total = queries.count(filter);
    List<InteractionView> items =
        queries.find(filter, page, size, asc).stream().map(this::visible).toList();
    String next =
        (long) (page + 1) * size < total
            ? ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page + 1)
                .build()
                .toUriString()
            : null;
    return new PageOf<>(items, page, size, total, next);
  }

  /** The view as this user may see it: without message text unless {@link TextAccess} allows. */
  private InteractionView visible(InteractionView view) {
    return text.allowed() ? view : view.withoutText();
  }

  private static <E extends Enum<E>> E option(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(
              "|",
              java.util.Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList());
      throw ApiProblem.invalidField(
          name, value, name + " must be one of " + allowed + "; found '" + value + "'");
    }
  }
}
