package io.pulse.cli;

import io.pulse.scoring.InvalidDataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** Runs a command body and turns expected failures into one clear line on stderr and exit 1. */
final class CliFailure {
  static final int BAD_INPUT = 1;

  private CliFailure() {}

  static int run(String command, PrintWriter err, Callable<Integer> body) {
    try {
      return body.call();
    } catch (InvalidDataException | IllegalArgumentException | IllegalStateException e) {
      err.println("pulse " + command + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println(
          "pulse " + command + ": " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
      return BAD_INPUT;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      err.println("pulse " + command + ": " + e);
      return BAD_INPUT;
    }
  }
}
