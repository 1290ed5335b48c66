package io.pulse.ingest;

import io.pulse.scores.Scores;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Loads the bundled demo data into a test server, as {@code pulse serve --demo} does. */
public final class DemoFixture {
  private DemoFixture() {}

  /**
   * Loads the demo interactions and waits until the scoring workers scored them; returns how many
   * were stored.
   */
  public static int load(ApplicationContext context) throws InterruptedException {
    int created = context.getBean(DemoLoader.class).load().created();
    Scores scores = context.getBean(Scores.class);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (scores.backlog().depth() > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    return created;
  }
}
