package io.pulse.ingest;

/**
 * A stream of items read lazily from a request body, so bulk requests never sit in memory whole.
 */
interface ItemSource {

  /**
   * The next item, or null at the end.
   *
   * @throws io.pulse.server.ApiProblem when the body as a whole cannot be read further
   */
  RawItem next();
}
