package io.pulse.ingest;

import org.springframework.context.ApplicationContext;

/** Loads the bundled demo data into a test server, as {@code pulse serve --demo} does. */
public final class DemoFixture {
  private DemoFixture() {}

  /** Loads the demo interactions synchronously; returns how many were stored. */
  public static int load(ApplicationContext context) {
    return context.getBean(DemoLoader.class).load().created();
  }
}
