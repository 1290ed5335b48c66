package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items of an NDJSON body (one JSON object per line; blank lines ignored). A malformed line rejects
 * that item only.
 */
final class NdjsonSource implements ItemSource {

  private final JsonMapper json;
  private final BufferedReader lines;
  private int index;
  private int lineNumber;

  NdjsonSource(JsonMapper json, Reader body) {
    this.json = json;
    this.lines = new BufferedReader(body, 64 * 1024);
  }

  @Override
  public RawItem next() {
    String line;
    try {
      do {
        line = lines.readLine();
        lineNumber++;
      } while (line != null && line.isBlank());
    } catch (IOException e) {
      ApiProblem translated = RequestBodies.translate(e, " (line " + lineNumber + ")");
      throw translated != null ? translated : ApiProblem.invalidRequest("request body unreadable");
    }
    if (line == null) {
      return null;
    }
    try {
      return RawItem.of(index++, lineNumber, json.readTree(line));
    } catch (JacksonException e) {
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      return RawItem.failed(
          index - 1, lineNumber, RequestBodies.malformedJson(e, lineNumber, column, ""));
    }
  }
}
