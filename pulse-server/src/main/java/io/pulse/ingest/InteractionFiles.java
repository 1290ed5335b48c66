package io.pulse.ingest;

import io.pulse.core.Channel;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.ApiProblem;
import io.pulse.store.ProtectedInteraction;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interaction files read with the rules of the bulk ingest API, for readers outside the server (a
 * Flink backfill job): the same CSV and NDJSON parsing, the same validation of every field, the
 * same protection. One file is read item by item; a bad item is reported with its line and read
 * past, a file that cannot be read further fails as a whole.
 */
public final class InteractionFiles {

  /** Longest accepted text, as the server's default {@code pulse.ingest.max-text-chars}. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;

  private static final int HEADER_LIMIT = 64 * 1024;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private InteractionFiles() {}

  /** File formats by extension. */
  public enum Format {
    /** Comma-separated, header row first ({@code .csv}). */
    CSV,
    /** One JSON object per line ({@code .ndjson}, {@code .jsonl}). */
    NDJSON;

    /** The format of a file name, or null when the extension is neither. */
    public static Format of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return NDJSON;
      }
      return null;
    }
  }

  /**
   * Opens a file's items. CSV columns are named after the fields ({@code externalId}, {@code
   * channel}, {@code timestamp}, {@code customer}, {@code text}, optionally {@code conversationId},
   * {@code product}, {@code tags} separated by {@code ;}, {@code language}); {@code defaultChannel}
   * applies when the file has no {@code channel} column.
   *
   * @throws InvalidFile when the file cannot be read at all (e.g. a CSV header without a required
   *     column)
   */
  public static Items open(Format format, Reader reader, Channel defaultChannel, int maxTextChars) {
    InteractionReader validator =
        new InteractionReader(new IngestProperties(maxTextChars, 0, 0, 0));
    ItemSource source;
    try {
      source =
          switch (format) {
            case NDJSON -> new NdjsonSource(JSON, reader);
            case CSV -> new CsvSource(JSON, csvMapping(reader, defaultChannel), reader);
          };
    } catch (ApiProblem problem) {
      throw new InvalidFile(problem.getMessage());
    }
    return new Items(source, validator);
  }

  /**
   * Reads one interaction from a JSON object (e.g. a Kafka record's value) with the API's rules.
   *
   * @param position where it came from, for the item's line (e.g. the record's offset)
   */
  public static Item readObject(String json, int position, int maxTextChars) {
    InteractionReader validator =
        new InteractionReader(new IngestProperties(maxTextChars, 0, 0, 0));
    try {
      return new Item(position, validator.read(JSON.readTree(json)), null);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return new Item(
          position, null, RequestBodies.malformedJson(e, line, column, "").getMessage());
    } catch (ApiProblem problem) {
      return new Item(position, null, problem.getMessage());
    }
  }

  /** The same protection as the server's ingest: redacted text, keyed customer pseudonym. */
  public static ProtectedInteraction protect(PrivacyGuard guard, NewInteraction in) {
    try {
      return new Protector(guard).protect(in);
    } catch (ApiProblem problem) {
      throw new InvalidFile(problem.getMessage());
    }
  }

  private static CsvMapping csvMapping(Reader reader, Channel defaultChannel) {
    if (!reader.markSupported()) {
      throw new IllegalArgumentException("CSV readers must support mark (use a BufferedReader)");
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (String field : InteractionReader.FIELDS) {
      columns.put(field, field);
    }
    List<String> header = headerNames(reader);
    columns.keySet().retainAll(header);
    for (String field : CsvMapping.REQUIRED) {
      if (!columns.containsKey(field)) {
        throw new InvalidFile(
            "line 1: the CSV header has no column '"
                + field
                + "'; columns: "
                + String.join(", ", header));
      }
    }
    if (defaultChannel == null && !columns.containsKey("channel")) {
      throw new InvalidFile(
          "line 1: the CSV header has no column 'channel' and no default channel is given");
    }
    Map<String, String> parameters = new LinkedHashMap<>(columns);
    if (defaultChannel != null) {
      parameters.put("defaultChannel", defaultChannel.wireName());
    }
    return CsvMapping.fromParameters(parameters);
  }

  /** The names in a CSV header row, read ahead without consuming it. */
  private static List<String> headerNames(Reader reader) {
    StringBuilder line = new StringBuilder();
    try {
      reader.mark(HEADER_LIMIT);
      boolean quoted = false;
      for (int c = reader.read(); c != -1 && line.length() < HEADER_LIMIT - 1; c = reader.read()) {
        if (c == '"') {
          quoted = !quoted;
        } else if ((c == '\n' || c == '\r') && !quoted) {
          break;
        }
        line.append((char) c);
      }
      reader.reset();
      try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(line.toString()))) {
        List<CSVRecord> records = parser.getRecords();
        return records.isEmpty() ? List.of() : records.getFirst().toList();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidFile("line 1: the CSV header cannot be read");
    }
  }

  /** The items of one file, in order. Not thread-safe. */
  public static final class Items {

    private final ItemSource source;
    private final InteractionReader validator;

    private Items(ItemSource source, InteractionReader validator) {
      this.source = source;
      this.validator = validator;
    }

    /**
     * The next item, or null at the end of the file.
     *
     * @throws InvalidFile when the file cannot be read further (e.g. an unterminated CSV quote)
     */
    public Item next() {
      RawItem raw;
      try {
        raw = source.next();
      } catch (ApiProblem problem) {
        throw new InvalidFile(problem.getMessage());
      }
      if (raw == null) {
        return null;
      }
      int line = raw.line() == null ? raw.index() + 1 : raw.line();
      if (raw.problem() != null) {
        return new Item(line, null, raw.problem().getMessage());
      }
      try {
        return new Item(line, validator.read(raw.node()), null);
      } catch (ApiProblem problem) {
        return new Item(line, null, problem.getMessage());
      }
    }
  }

  /**
   * One item of a file.
   *
   * @param line the line it starts on
   * @param interaction the validated interaction (still holding personal data), or null when the
   *     item is invalid
   * @param problem why it is invalid (names the field, never quotes text or customer), or null
   */
  public record Item(int line, NewInteraction interaction, String problem) {

    /** Never prints the interaction's text or customer. */
    @Override
    public String toString() {
      return "Item[line=" + line + ", problem=" + problem + "]";
    }
  }

  /** A file, or an item's protection, that cannot be read; the message names the rule. */
  public static final class InvalidFile extends RuntimeException {

    InvalidFile(String message) {
      super(message);
    }
  }
}
