package io.pulse.flink;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Turns a job's expected failures into one clear line on stderr and exit code 1: a bad option, an
 * input file that cannot be read (named with its line), a database that cannot be reached. Flink
 * wraps a task's failure in several layers; the line is the innermost one Pulse raised.
 */
final class Failures {

  private Failures() {}

  static int run(String command, PrintWriter err, Callable<Integer> body) {
    try {
      return body.call();
    } catch (Exception e) {
      Throwable cause = pulseCause(e);
      if (cause == null) {
        err.println("pulse " + command + ": " + e);
      } else {
        err.println("pulse " + command + ": " + cause.getMessage());
      }
      return 1;
    }
  }

  private static Throwable pulseCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputFile
          || t instanceof IllegalArgumentException
          || t instanceof IllegalStateException
          || t instanceof java.sql.SQLException) {
        return t;
      }
    }
    return null;
  }
}
