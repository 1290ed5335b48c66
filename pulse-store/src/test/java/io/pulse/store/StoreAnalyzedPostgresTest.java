package io.pulse.store;

class StoreAnalyzedPostgresTest extends StoreAnalyzedChecks {

  /** As the Flink job connects: batched inserts rewritten into multi-row inserts. */
  @Override
  String newDatabase() {
    return StoreDatabase.postgres() + "?reWriteBatchedInserts=true";
  }
}
