package io.pulse.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a bench's CPU time went, read from Linux's {@code /proc}: this JVM's JIT compiler and GC
 * threads, and the whole machine (which, on an otherwise idle machine, is this process plus
 * PostgreSQL). Zero everywhere on systems without {@code /proc}: the bench then prints only its
 * process total.
 *
 * @param compilerSeconds CPU of the JIT compiler threads
 * @param gcSeconds CPU of the garbage collector's threads
 * @param machineSeconds CPU of all processes (user, nice, system, irq, softirq)
 */
record CpuShares(double compilerSeconds, double gcSeconds, double machineSeconds) {

  /** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  static CpuShares now() {
    double compiler = 0;
    double gc = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String name;
        double seconds;
        try {
          name = Files.readString(task.resolve("comm")).strip();
          seconds = threadSeconds(Files.readString(task.resolve("stat")));
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        if (name.contains("CompilerThre")) {
          compiler += seconds;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
          gc += seconds;
        }
      }
      return new CpuShares(compiler, gc, readMachineSeconds());
    } catch (IOException | RuntimeException e) {
      return new CpuShares(0, 0, 0);
    }
  }

  CpuShares minus(CpuShares before) {
    // A thread that ended between the readings takes its time with it (never below zero).
    return new CpuShares(
        Math.max(0, compilerSeconds - before.compilerSeconds),
        Math.max(0, gcSeconds - before.gcSeconds),
        Math.max(0, machineSeconds - before.machineSeconds));
  }

  /** utime + stime of a /proc/.../stat line (fields 14 and 15, counted after the name). */
  private static double threadSeconds(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
  }

  private static double readMachineSeconds() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
    String[] f = lines.getFirst().trim().split("\\s+");
    long ticks = 0;
    for (int i : new int[] {1, 2, 3, 6, 7}) {
      ticks += Long.parseLong(f[i]);
    }
    return ticks / TICKS;
  }
}
