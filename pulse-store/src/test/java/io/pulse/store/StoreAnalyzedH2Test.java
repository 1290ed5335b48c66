package io.pulse.store;

class StoreAnalyzedH2Test extends StoreAnalyzedChecks {

  @Override
  String newDatabase() {
    return StoreDatabase.h2();
  }
}
