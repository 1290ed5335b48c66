package io.pulse.store;

class StoreH2Test extends StoreChecks {
  private static final String URL = StoreDatabase.h2();

  @Override
  String url() {
    return URL;
  }
}
