package io.pulse.gdpr;

import io.pulse.server.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public entry point of the data-protection feature over HTTP: erasure (GDPR Art. 17), access
 * export (Art. 15) and retention. The customer is named by the raw reference the source system
 * knows; it is pseudonymised on arrival and never stored, logged or audited.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Data protection", description = "Erasure, access export and retention (role dpo)")
public class DataSubjectController {

  static final int MAX_REFERENCE = 200;

  private final DataSubjects subjects;
  private final Retention retention;
  private final JsonMapper json;

  DataSubjectController(DataSubjects subjects, Retention retention, JsonMapper json) {
    this.subjects = subjects;
    this.retention = retention;
    this.json = json;
  }

  @Operation(
      summary = "Erase everything stored about a customer",
      description =
          "Interactions, scores, aspects, emotions, corrections, review items, alerts and their"
              + " notifications, queue entries and the customer's alert window; answers with the"
              + " rows removed per kind. Idempotent: a repeated request reports zeros.")
  @DeleteMapping("/customers/{reference}")
  DataSubjects.Erased erase(@PathVariable String reference, Principal user) {
    return subjects.erase(checked(reference), user.getName());
  }

  @Operation(
      summary = "Everything stored about a customer (JSON, or CSV files in a zip)",
      description = "format=json (default) or csv (a zip with one CSV per kind).")
  @GetMapping("/customers/{reference}/export")
  ResponseEntity<byte[]> export(
      @PathVariable String reference,
      @RequestParam(defaultValue = "json") String format,
      Principal user)
      throws IOException {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("json") && !f.equals("csv")) {
      throw ApiProblem.invalidField(
          "format", format, "format must be json|csv; found '" + format + "'");
    }
    DataSubjects.Export export = subjects.export(checked(reference), user.getName(), f);
    if (f.equals("json")) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(json.writeValueAsBytes(export));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"pulse-export-" + export.customer() + ".zip\"")
        .body(zip(export));
  }

  @Operation(summary = "Retention settings and what a purge would remove now")
  @GetMapping("/retention")
  Retention.Report retention() {
    return retention.purge(true, null);
  }

  @Operation(
      summary = "Purge what is older than the retention periods",
      description = "dryRun=true only counts. Purging text keeps the scores and aspects.")
  @PostMapping("/retention/purge")
  Retention.Report purge(@RequestParam(defaultValue = "false") boolean dryRun, Principal user) {
    return retention.purge(dryRun, user.getName());
  }

  private static String checked(String reference) {
    if (reference == null || reference.isBlank()) {
      throw ApiProblem.invalidField("reference", null, "reference is required");
    }
    if (reference.length() > MAX_REFERENCE) {
      throw ApiProblem.invalidField(
          "reference", null, "reference must be at most " + MAX_REFERENCE + " characters");
    }
    return reference.strip();
  }

  private byte[] zip(DataSubjects.Export export) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, List<Map<String, Object>>> kind : export.data().entrySet()) {
        zip.putNextEntry(new ZipEntry(kind.getKey() + ".csv"));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        Set<String> columns = new LinkedHashSet<>();
        kind.getValue().forEach(row -> columns.addAll(row.keySet()));
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader(columns.toArray(String[]::new))
                .get()
                .print(writer);
        for (Map<String, Object> row : kind.getValue()) {
          List<Object> values = new ArrayList<>();
          for (String column : columns) {
            values.add(row.get(column));
          }
          csv.printRecord(values);
        }
        csv.flush();
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
