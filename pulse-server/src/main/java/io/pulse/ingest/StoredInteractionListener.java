package io.pulse.ingest;

import java.util.List;

/**
 * Told about newly stored interactions after their transaction committed (duplicates are not
 * passed). Every Spring bean implementing it is called on the ingesting thread, once per stored
 * batch; an exception it throws is logged by type and never fails the ingest.
 */
public interface StoredInteractionListener {

  /** The interactions of one batch that were stored now, in input order. */
  void stored(List<StoredInteraction> interactions);
}
