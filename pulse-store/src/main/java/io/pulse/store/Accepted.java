package io.pulse.store;

/**
 * What accepting one external id did.
 *
 * @param outcome created now, or already stored
 * @param id the interaction's database id (the existing one for a duplicate)
 */
public record Accepted(Outcome outcome, long id) {

  /** Created now, or already stored before. */
  public enum Outcome {
    CREATED,
    DUPLICATE
  }
}
