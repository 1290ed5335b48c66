package io.pulse.flink;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The Flink MiniCluster the job tests run on: one task manager with two slots. */
final class TwoSlotCluster {

  private TwoSlotCluster() {}

  /** A new extension; register it in a static field with {@code @RegisterExtension}. */
  static MiniClusterExtension extension() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());
  }
}
