package io.pulse.ingest;

import io.pulse.scores.Scores;
import io.pulse.server.ApiProblem;
import io.pulse.server.RequestValues;
import io.pulse.server.TextAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public entry point of ingest: HTTP endpoints that accept interactions. Bodies are read here as
 * strict UTF-8 within size limits; everything else happens in {@link IngestPipeline}.
 */
@RestController
@RequestMapping("/api/v1/interactions")
@Tag(
    name = "Ingest",
    description =
        "Send interactions; they are redacted and stored at once, and scored behind the request")
public class IngestController {

  static final String NDJSON = "application/x-ndjson";
  private static final String WAIT =
      "ISO-8601 duration to wait for the scores, e.g. PT2S (default: answer at once)";

  private final IngestPipeline pipeline;
  private final JsonMapper json;
  private final IngestProperties limits;
  private final Scores scores;
  private final TextAccess text;

  IngestController(
      IngestPipeline pipeline,
      JsonMapper json,
      IngestProperties limits,
      Scores scores,
      TextAccess text) {
    this.pipeline = pipeline;
    this.json = json;
    this.limits = limits;
    this.scores = scores;
    this.text = text;
  }

  @Operation(
      summary = "Ingest one interaction",
      description =
          "Stores it redacted and queues it for scoring: 202 with its id and status pending. With"
              + " wait=PT2S the answer waits up to 2 s for the score: 201 with status scored (or"
              + " unscored) and the score when it is ready in time, else 202 pending; poll"
              + " GET /api/v1/interactions/{id}.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = InteractionRequest.class))))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ItemResult> ingestOne(
      HttpServletRequest request,
      @Parameter(description = WAIT) @RequestParam(required = false) String wait)
      throws IOException {
    Duration waitFor = waitFor(wait);
    String body = readAll(request.getInputStream(), request.getContentLengthLong());
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JacksonException e) {
      throw malformed(e);
    }
    if (node == null || node.isMissingNode()) {
      throw ApiProblem.invalidRequest("request body is empty; expected a JSON object");
    }
    ItemResult result = pipeline.ingestOne(node, waitFor);
    URI location = URI.create("/api/v1/interactions/" + result.id());
    return ItemResult.PENDING.equals(result.status())
        ? ResponseEntity.accepted().location(location).body(result)
        : ResponseEntity.created(location).body(result);
  }

  @Operation(
      summary = "Ingest a JSON array of interactions",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      array =
                          @ArraySchema(
                              schema = @Schema(implementation = InteractionRequest.class)))))
  @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
  BulkReport ingestArray(
      HttpServletRequest request,
      @Parameter(description = WAIT) @RequestParam(required = false) String wait)
      throws IOException {
    Duration waitFor = waitFor(wait);
    Reader body = bulkBody(request.getInputStream(), request.getContentLengthLong());
    return pipeline.ingest(new JsonArraySource(json, body), waitFor);
  }

  @Operation(summary = "Ingest an NDJSON stream: one interaction object per line")
  @PostMapping(path = "/bulk", consumes = NDJSON)
  BulkReport ingestNdjson(
      HttpServletRequest request,
      @Parameter(description = WAIT) @RequestParam(required = false) String wait)
      throws IOException {
    Duration waitFor = waitFor(wait);
    Reader body = bulkBody(request.getInputStream(), request.getContentLengthLong());
    return pipeline.ingest(new NdjsonSource(json, body), waitFor);
  }

  @Operation(
      summary = "Ingest CSV (header row first) with a column mapping",
      description =
          "Each field parameter names the CSV column that holds it, e.g."
              + " ?externalId=id&timestamp=created_at&customer=user&text=body&defaultChannel=email."
              + " File options: delimiter (one character or tab; default ','), tagSeparator"
              + " (default ';'), dateFormat (e.g. 'yyyy-MM-dd HH:mm') and zone (e.g."
              + " Europe/Oslo) for timestamps without an offset. dryRun=true shows the first rows"
              + " (rows=10) as Pulse reads them (text for roles that may read it) and stores nothing. wait=PT30S waits for the"
              + " scores.")
  @PostMapping(path = "/csv", consumes = "text/csv")
  Object ingestCsv(
      HttpServletRequest request,
      @Parameter(hidden = true) @RequestParam Map<String, String> mapping)
      throws IOException {
    Duration waitFor = waitFor(mapping.get("wait"));
    CsvMapping columns = CsvMapping.fromParameters(mapping);
    Reader body = bulkBody(request.getInputStream(), request.getContentLengthLong());
    return csv(new CsvSource(json, columns, body), mapping, waitFor);
  }

  /** Ingests the rows, or with {@code dryRun=true} shows the first {@code rows} as read. */
  private Object csv(CsvSource source, Map<String, String> parameters, Duration waitFor) {
    String dryRun = parameters.get("dryRun");
    if (dryRun == null || dryRun.equalsIgnoreCase("false")) {
      return pipeline.ingest(source, waitFor);
    }
    if (!dryRun.equalsIgnoreCase("true")) {
      throw ApiProblem.invalidField("dryRun", dryRun, "dryRun must be true or false");
    }
    int rows = 10;
    String limit = parameters.get("rows");
    if (limit != null) {
      try {
        rows = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        rows = -1;
      }
      if (rows < 1 || rows > 1000) {
        throw ApiProblem.invalidField(
            "rows", limit, "rows must be 1 to 1000; found '" + limit + "'");
      }
    }
    DryRun preview = pipeline.preview(source, rows);
    return text.allowed() ? preview : preview.withoutText();
  }

  @Operation(summary = "Ingest an uploaded CSV file (form field 'file') with a column mapping")
  @PostMapping(path = "/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Object ingestCsvUpload(
      @RequestPart("file") MultipartFile file,
      @Parameter(hidden = true) @RequestParam Map<String, String> mapping)
      throws IOException {
    Duration waitFor = waitFor(mapping.get("wait"));
    CsvMapping columns = CsvMapping.fromParameters(mapping);
    Reader body = bulkBody(file.getInputStream(), file.getSize());
    return csv(new CsvSource(json, columns, body), mapping, waitFor);
  }

  private Duration waitFor(String wait) {
    return RequestValues.duration("wait", wait, scores.maxRequestWait());
  }

  private Reader bulkBody(InputStream in, long declaredLength) {
    return RequestBodies.strictUtf8(in, declaredLength, limits.maxBulkRequestBytes());
  }

  private String readAll(InputStream in, long declaredLength) {
    StringWriter text = new StringWriter();
    try (Reader body =
        RequestBodies.strictUtf8(in, declaredLength, limits.maxSingleRequestBytes())) {
      body.transferTo(text);
    } catch (IOException e) {
      ApiProblem problem = RequestBodies.translate(e, "");
      throw problem != null ? problem : ApiProblem.invalidRequest("request body unreadable");
    }
    return text.toString();
  }

  private static ApiProblem malformed(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return RequestBodies.malformedJson(
        e, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), "");
  }
}
