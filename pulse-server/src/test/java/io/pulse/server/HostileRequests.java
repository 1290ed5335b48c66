package io.pulse.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

/**
 * Valid requests for every endpoint, of which one parameter, path variable or body field is
 * replaced by a hostile value. Bodies are described per handler method; a new endpoint that reads a
 * body must be described here, or the hostile-input test fails naming it.
 */
final class HostileRequests {

  /** How an endpoint's body is shaped. */
  enum Body {
    NONE,
    INTERACTION,
    INTERACTION_ARRAY,
    INTERACTION_NDJSON,
    INTERACTION_CSV,
    INTERACTION_CSV_UPLOAD,
    JSON_OBJECT,
    TRANSACTIONS_CSV,
    /** Starts long-running work (retraining, re-scoring everything) with nothing to vary. */
    SKIPPED
  }

  /** Body shape and default fields of each handler method that reads a body. */
  private static final Map<String, Body> BODIES =
      Map.ofEntries(
          Map.entry("ingestOne", Body.INTERACTION),
          Map.entry("ingestArray", Body.INTERACTION_ARRAY),
          Map.entry("ingestNdjson", Body.INTERACTION_NDJSON),
          Map.entry("ingestCsv", Body.INTERACTION_CSV),
          Map.entry("ingestCsvUpload", Body.INTERACTION_CSV_UPLOAD),
          Map.entry("correct", Body.JSON_OBJECT),
          Map.entry("review", Body.JSON_OBJECT),
          Map.entry("rescore", Body.JSON_OBJECT),
          Map.entry("pseudonym", Body.JSON_OBJECT),
          Map.entry("rfmUpload", Body.TRANSACTIONS_CSV),
          Map.entry("cohortsUpload", Body.TRANSACTIONS_CSV),
          Map.entry("sentimentRfmUpload", Body.TRANSACTIONS_CSV),
          Map.entry("acknowledge", Body.NONE),
          Map.entry("resolve", Body.NONE),
          Map.entry("activate", Body.NONE),
          Map.entry("cancelRetraining", Body.NONE),
          // Webhooks: unsigned requests (the signature is checked before the body is read).
          Map.entry("receive", Body.NONE),
          Map.entry("retrain", Body.SKIPPED),
          Map.entry("rollback", Body.SKIPPED),
          Map.entry("rescoreFallback", Body.SKIPPED),
          Map.entry("erase", Body.NONE),
          Map.entry("revoke", Body.NONE),
          Map.entry("create", Body.JSON_OBJECT),
          // a purge deletes what other tests of the shared context still read
          Map.entry("purge", Body.SKIPPED));

  private static final Map<String, Map<String, String>> OBJECT_FIELDS =
      Map.of(
          "correct", Map.of("label", "negative", "note", "checked"),
          "review", Map.of("label", "negative"),
          "rescore", Map.of("from", "2025-01-01T00:00:00Z", "to", "2025-01-02T00:00:00Z"),
          "pseudonym", Map.of("customer", "CRM-1"),
          "create", Map.of("name", "crm-sync", "scope", "read"));

  /** The fields of an interaction as the API documents them (so new fields are covered). */
  static final List<String> INTERACTION_FIELDS =
      recordComponents("io.pulse.ingest.InteractionRequest");

  private static final String TRANSACTIONS =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
          + "1001,A,WIDGET,2,2011-01-05 10:00,1.50,P-100,United Kingdom\n"
          + "1005,B,GIFT,1,2011-02-01 12:00,3.00,P-200,France\n";

  private final AtomicInteger ids = new AtomicInteger();
  private final String prefix = ServerTestSupport.unique("hostile");

  /** The body shape of an endpoint; null when it has none described. */
  static Body body(Endpoints.Endpoint endpoint) {
    if (endpoint.method().equals("GET")) {
      return Body.NONE;
    }
    return BODIES.get(endpoint.handler().getMethod().getName());
  }

  /** Names of the body fields that can be varied. */
  static List<String> bodyFields(Endpoints.Endpoint endpoint) {
    return switch (body(endpoint)) {
      case INTERACTION,
          INTERACTION_ARRAY,
          INTERACTION_NDJSON,
          INTERACTION_CSV,
          INTERACTION_CSV_UPLOAD ->
          INTERACTION_FIELDS;
      case JSON_OBJECT ->
          List.copyOf(OBJECT_FIELDS.get(endpoint.handler().getMethod().getName()).keySet());
      default -> List.of();
    };
  }

  /**
   * The request with {@code target} (a parameter, path variable or body field) set to {@code
   * value}; {@code json} is the value as raw JSON when it replaces a JSON field's whole value.
   */
  AbstractMockHttpServletRequestBuilder<?> build(
      Endpoints.Endpoint endpoint,
      Map<String, String> samples,
      String target,
      String value,
      boolean json) {
    Map<String, String> pathValues = new LinkedHashMap<>(samples);
    if (endpoint.pathVariables().contains(target)) {
      pathValues.put(target, UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
    }
    URI uri = URI.create(endpoint.path(pathValues));
    Body body = body(endpoint);
    AbstractMockHttpServletRequestBuilder<?> request =
        body == Body.INTERACTION_CSV_UPLOAD
            ? MockMvcRequestBuilders.multipart(uri)
                .file(
                    new MockMultipartFile(
                        "file",
                        "x.csv",
                        "text/csv",
                        csv(target, value).getBytes(StandardCharsets.UTF_8)))
            : MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), uri);
    request.with(httpBasic("admin", "admin-pw"));
    for (String name : endpoint.requiredParameters()) {
      if (!name.equals(target)) {
        request.param(name, SampleValues.of(samples, endpoint, name));
      }
    }
    if (endpoint.queryParameters().contains(target)) {
      request.param(target, value);
    }
    String method = endpoint.handler().getMethod().getName();
    switch (body) {
      case INTERACTION ->
          request.contentType("application/json").content(interaction(target, value, json));
      case INTERACTION_ARRAY ->
          request
              .contentType("application/json")
              .content("[" + interaction(target, value, json) + "]");
      case INTERACTION_NDJSON ->
          request
              .contentType("application/x-ndjson")
              .content(interaction(target, value, json) + "\n");
      case INTERACTION_CSV -> {
        request.contentType("text/csv").content(csv(target, value));
        csvMapping(request);
      }
      case INTERACTION_CSV_UPLOAD -> csvMapping(request);
      case JSON_OBJECT ->
          request
              .contentType("application/json")
              .content(object(OBJECT_FIELDS.get(method), target, value, json));
      case TRANSACTIONS_CSV -> request.contentType("text/csv").content(TRANSACTIONS);
      default -> {}
    }
    return request;
  }

  private String interaction(String target, String value, boolean json) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : INTERACTION_FIELDS) {
      fields.put(field, "x");
    }
    fields.put("externalId", prefix + "-" + ids.incrementAndGet());
    fields.put("channel", "email");
    fields.put("timestamp", "2025-03-01T10:00:00Z");
    fields.put("customer", "CRM-1");
    fields.put("conversationId", "conv-1");
    fields.put("product", prefix);
    fields.put("tags", "billing");
    fields.put("language", "en");
    fields.put("text", "the delivery was late, thanks");
    fields.put("authorRole", "customer");
    return object(fields, target, value, json);
  }

  private static String object(
      Map<String, String> defaults, String target, String value, boolean json) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> field : defaults.entrySet()) {
      String text = field.getKey().equals(target) ? value : field.getValue();
      String literal =
          json && field.getKey().equals(target) ? value : HostileValues.jsonString(text);
      if (field.getKey().equals("tags") && !(json && field.getKey().equals(target))) {
        literal = "[" + literal + "]";
      }
      out.append(out.length() > 1 ? "," : "")
          .append(HostileValues.jsonString(field.getKey()))
          .append(':')
          .append(literal);
    }
    return out.append('}').toString();
  }

  private String csv(String target, String value) {
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    String object = interaction("", "", false);
    for (String field : INTERACTION_FIELDS) {
      header.append(header.isEmpty() ? "" : ",").append(field);
      String cell =
          field.equals(target)
              ? value
              : field.equals("externalId")
                  ? prefix + "-csv-" + ids.incrementAndGet()
                  : field.equals("tags") ? "billing" : defaultOf(object, field);
      row.append(row.isEmpty() ? "" : ",").append(HostileValues.csvField(cell));
    }
    return header + "\n" + row + "\n";
  }

  private static String defaultOf(String object, String field) {
    String key = "\"" + field + "\":\"";
    int start = object.indexOf(key) + key.length();
    return object.substring(start, object.indexOf('"', start));
  }

  private static List<String> recordComponents(String type) {
    try {
      return Arrays.stream(Class.forName(type).getRecordComponents())
          .map(RecordComponent::getName)
          .toList();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(type + " documents the interaction fields", e);
    }
  }

  private static void csvMapping(AbstractMockHttpServletRequestBuilder<?> request) {
    for (String field : INTERACTION_FIELDS) {
      request.param(field, field);
    }
  }
}
