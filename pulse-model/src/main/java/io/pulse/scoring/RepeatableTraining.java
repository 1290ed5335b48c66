package io.pulse.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns before training with PyTorch's oneDNN at its AVX-512 kernels: on such CPUs the same seed
 * and data trained to other weights from run to run, and small networks to NaN, until oneDNN was
 * capped with {@code ONEDNN_MAX_CPU_ISA=AVX2} (docs/benchmarks.md). The {@code pulse} script sets
 * the cap for training; a JVM started otherwise (the jar alone, a server) gets this warning.
 */
final class RepeatableTraining {

  private static final Logger LOG = LoggerFactory.getLogger(RepeatableTraining.class);
  private static final String CAP = "ONEDNN_MAX_CPU_ISA";
  private static volatile boolean checked;

  private RepeatableTraining() {}

  /** Logs the warning once per JVM when training here would not be repeatable. */
  static void warnIfNotRepeatable() {
    if (checked) {
      return;
    }
    checked = true;
    warning(cpuFlags(), System.getenv(CAP)).ifPresent(LOG::warn);
  }

  /**
   * The warning for a CPU with these flags ({@code /proc/cpuinfo}) and this cap (null when unset).
   */
  static Optional<String> warning(String cpuFlags, String cap) {
    boolean avx512 = Stream.of(cpuFlags.split("\\s+")).anyMatch(f -> f.startsWith("avx512"));
    if (!avx512 || (cap != null && !cap.isBlank())) {
      return Optional.empty();
    }
    return Optional.of(
        "this CPU has AVX-512 and "
            + CAP
            + " is not set: training will not be repeatable (the same seed and data give other"
            + " weights) and small networks may diverge. Train through ./pulse, or set "
            + CAP
            + "=AVX2 (docs/benchmarks.md, Training on AVX-512 machines).");
  }

  private static String cpuFlags() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("flags")).findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      return ""; // not Linux: nothing known, nothing to warn about
    }
  }
}
