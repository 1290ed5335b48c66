package io.pulse.ingest;

import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data set ({@code pulse.demo.*}); each default is written here only.
 *
 * @param enabled whether an empty store is filled with the bundled airline tweets at start
 * @param file another gzipped CSV in the bundled layout, or blank for the bundled one
 * @param customers how many customer references the tweets are spread over
 * @param customerIds classpath list of customer references (Online Retail ids, so demo sentiment
 *     joins with RFM segments); blank: synthetic {@code customer-<n>}
 * @param periodEnd the newest bundled tweet's time; the demo moves the tweets so it becomes "now"
 */
@ConfigurationProperties("pulse.demo")
record DemoProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("") String file,
    @DefaultValue("300") int customers,
    @DefaultValue(DemoLoader.CUSTOMERS) String customerIds,
    @DefaultValue("2015-02-25T08:00:00Z") Instant periodEnd) {

  DemoProperties {
    if (customers < 1) {
      throw new IllegalStateException(
          "pulse.demo.customers must be >= 1; found '" + customers + "'");
    }
  }
}
