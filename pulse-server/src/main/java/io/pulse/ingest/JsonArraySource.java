package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Items of a JSON array body, parsed one element at a time. */
final class JsonArraySource implements ItemSource {

  private final JsonParser parser;
  private int index;
  private boolean started;

  JsonArraySource(JsonMapper json, Reader body) {
    this.parser = json.createParser(body);
  }

  @Override
  public RawItem next() {
    try {
      if (!started) {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw ApiProblem.invalidRequest("request body is empty; expected a JSON array");
        }
        if (first != JsonToken.START_ARRAY) {
          throw ApiProblem.invalidRequest(
              "bulk body must be a JSON array of interactions (or NDJSON with Content-Type"
                  + " application/x-ndjson)");
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return null;
      }
      JsonNode node = parser.readValueAsTree();
      return RawItem.of(index++, null, node);
    } catch (StreamReadException e) {
      throw malformed(e, e.getLocation());
    } catch (JacksonException e) {
      throw malformed(e, parser.currentLocation());
    }
  }

  private ApiProblem malformed(JacksonException e, TokenStreamLocation where) {
    return RequestBodies.malformedJson(
        e, where.getLineNr(), where.getColumnNr(), " (item " + index + ")");
  }
}
