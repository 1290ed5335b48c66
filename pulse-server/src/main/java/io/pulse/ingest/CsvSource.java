package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rows of a CSV body (header row first) turned into interaction items through a mapping. */
final class CsvSource implements ItemSource {

  private final JsonMapper json;
  private final CsvMapping mapping;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final int headerSize;
  private long lineAfterPrevious;
  private int index;

  CsvSource(JsonMapper json, CsvMapping mapping, Reader body) {
    this.json = json;
    this.mapping = mapping;
    try {
      this.parser =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(mapping.options().delimiter())
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(body);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw failure(e, 1);
    }
    List<String> header = parser.getHeaderNames();
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!seen.add(name)) {
        throw ApiProblem.invalidField(
                "header", name, "line 1: column '" + name + "' occurs twice in the CSV header")
            .with("line", 1)
            .with("column", name);
      }
    }
    for (Map.Entry<String, String> field : mapping.columns().entrySet()) {
      if (!header.contains(field.getValue())) {
        throw ApiProblem.invalidField(
                field.getKey(),
                field.getValue(),
                "line 1: column '"
                    + field.getValue()
                    + "' mapped to "
                    + field.getKey()
                    + " is not in the CSV header; columns: "
                    + String.join(", ", header))
            .with("line", 1)
            .with("column", field.getValue());
      }
    }
    this.headerSize = header.size();
    this.records = parser.iterator();
    this.lineAfterPrevious = parser.getCurrentLineNumber();
  }

  @Override
  public RawItem next() {
    CSVRecord record;
    long line = lineAfterPrevious + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw failure(e, line);
    }
    lineAfterPrevious = parser.getCurrentLineNumber();
    int lineNumber = (int) line;
    if (record.size() != headerSize) {
      return RawItem.failed(
          index++,
          lineNumber,
          ApiProblem.invalidRequest(
                  "line "
                      + lineNumber
                      + " has "
                      + record.size()
                      + " columns; the header has "
                      + headerSize)
              .with("line", lineNumber));
    }
    ObjectNode node = json.createObjectNode();
    for (Map.Entry<String, String> field : mapping.columns().entrySet()) {
      String cell = record.get(field.getValue());
      if (cell.isEmpty()) {
        continue; // empty cells are missing values; required ones are reported by the reader
      }
      if (field.getKey().equals("tags")) {
        ArrayNode tags = node.putArray("tags");
        for (String tag : cell.split(Pattern.quote(mapping.options().tagSeparator()))) {
          if (!tag.isBlank()) {
            tags.add(tag.strip());
          }
        }
      } else if (field.getKey().equals("timestamp")) {
        try {
          node.put("timestamp", mapping.options().timestamp(cell));
        } catch (ApiProblem problem) {
          return new RawItem(
              index++, lineNumber, null, problem.with("line", lineNumber), mapping.columns());
        }
      } else {
        node.put(field.getKey(), cell);
      }
    }
    if (!mapping.columns().containsKey("channel")) {
      node.put("channel", mapping.defaultChannel().wireName());
    }
    return new RawItem(index++, lineNumber, node, null, mapping.columns());
  }

  private static ApiProblem failure(Exception e, long line) {
    ApiProblem translated = RequestBodies.translate(e, " (near line " + line + ")");
    return translated != null
        ? translated
        : ApiProblem.invalidRequest("malformed CSV near line " + line).with("line", line);
  }
}
