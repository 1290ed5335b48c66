package io.pulse.ingest;

import io.pulse.server.ApiProblem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** Reads request bodies as strict UTF-8 within a size limit (413 beyond it, 400 for bad bytes). */
final class RequestBodies {

  private RequestBodies() {}

  /** A reader that fails on malformed UTF-8 and on more than {@code limitBytes} bytes. */
  static Reader strictUtf8(InputStream in, long declaredLength, long limitBytes) {
    if (declaredLength > limitBytes) {
      throw ApiProblem.tooLarge(limitBytes);
    }
    return new InputStreamReader(
        new LimitedInputStream(in, limitBytes),
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Translates a failure while reading a body into the client's problem, when it is one: too large
   * (413) or not UTF-8 (400). Returns null for other failures.
   */
  static ApiProblem translate(Throwable failure, String where) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return ApiProblem.tooLarge(tooLarge.limitBytes);
      }
      if (t instanceof CharacterCodingException) {
        return ApiProblem.invalidRequest("request body is not valid UTF-8" + where);
      }
      if (t instanceof ApiProblem problem) {
        return problem;
      }
    }
    return null;
  }

  /**
   * The client's problem for JSON that does not parse at {@code line} and {@code column}: the key
   * that occurs twice in one object (400 naming it), or the position. Jackson's message is not
   * passed on: it may quote the offending token.
   */
  static ApiProblem malformedJson(JacksonException e, int line, int column, String where) {
    ApiProblem translated = translate(e, where);
    if (translated != null) {
      return translated;
    }
    String position = "line " + line + ", column " + column + where;
    String duplicate = duplicateKey(e);
    ApiProblem problem =
        duplicate != null
            ? ApiProblem.invalidField(
                duplicate,
                null,
                "key '" + duplicate + "' occurs twice in one object at " + position)
            : ApiProblem.invalidRequest("malformed JSON at " + position);
    return problem.with("line", line).with("column", column);
  }

  /** The repeated key when {@code e} reports one (strict duplicate detection), else null. */
  private static String duplicateKey(JacksonException e) {
    String message = e.getOriginalMessage();
    return e instanceof StreamReadException read
            && read.processor() != null
            && message != null
            && message.startsWith("Duplicate Object property")
        ? read.processor().currentName()
        : null;
  }

  /** Thrown when a body exceeds its limit. */
  static final class BodyTooLargeException extends IOException {
    final long limitBytes;

    BodyTooLargeException(long limitBytes) {
      super("request body exceeds " + limitBytes + " bytes");
      this.limitBytes = limitBytes;
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws BodyTooLargeException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
