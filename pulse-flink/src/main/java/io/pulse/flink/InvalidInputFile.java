package io.pulse.flink;

/**
 * An input file that cannot be read further (a CSV header without a required column, bytes that are
 * not UTF-8, an unterminated quote); the message names the file, the line and the rule. The job
 * fails rather than skip the rest of the file silently.
 */
public final class InvalidInputFile extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidInputFile(String message) {
    super(message);
  }
}
