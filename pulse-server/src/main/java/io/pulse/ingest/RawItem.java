package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One item read from a request body, not yet validated.
 *
 * @param index position in the request, from 0
 * @param line line where the item starts (NDJSON, CSV), or null for JSON arrays
 * @param node the item as JSON, or null when it could not be read
 * @param problem why the item could not be read, or null
 * @param columns CSV column of each field (empty unless the item came from CSV)
 */
record RawItem(
    int index, Integer line, JsonNode node, ApiProblem problem, Map<String, String> columns) {

  static RawItem of(int index, Integer line, JsonNode node) {
    return new RawItem(index, line, node, null, Map.of());
  }

  static RawItem failed(int index, Integer line, ApiProblem problem) {
    return new RawItem(index, line, null, problem, Map.of());
  }
}
