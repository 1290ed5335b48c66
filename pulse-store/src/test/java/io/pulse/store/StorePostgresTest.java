package io.pulse.store;

class StorePostgresTest extends StoreChecks {
  private static String url;

  @Override
  synchronized String url() {
    if (url == null) {
      url = StoreDatabase.postgres();
    }
    return url;
  }
}
