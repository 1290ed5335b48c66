package io.pulse.cli;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.ImportOptions;
import io.pulse.analytics.TransactionImport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the import of {@code pulse rfm} / {@code pulse cohort} while picocli is still building its
 * command model, which takes about as long as inflating the bundled file. The import is started on
 * a background thread only when the raw arguments name no import option but {@code --file} (and no
 * help or version request), with the options of no import option; {@link #take} hands the result
 * over only when the parsed options ask for exactly that file and those options. So the output is
 * always that of a plain import; a wrong guess only costs the CPU of the discarded import.
 */
final class EarlyImport {

  private static final Set<String> IMPORT_OPTIONS =
      Set.of("--column", "--date-format", "--skip-malformed", "--exclude-zero-price");
  private static final Set<String> NO_IMPORT = Set.of("-h", "--help", "-V", "--version");

  private static Path startedFile;
  private static ImportOptions startedOptions;
  private static CompletableFuture<TransactionImport> running;

  private EarlyImport() {}

  /** Starts the import that {@code args} (sub-command first) will most likely ask for. */
  static synchronized void start(String[] args) {
    Path file = null;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (IMPORT_OPTIONS.contains(name) || NO_IMPORT.contains(name)) {
        return;
      }
      if (arg.equals("--file") && i + 1 < args.length) {
        file = Path.of(args[++i]);
      } else if (name.equals("--file")) {
        file = Path.of(arg.substring("--file=".length()));
      }
    }
    Path path;
    try {
      path = TransactionFileOptions.resolve(file);
    } catch (IllegalArgumentException e) {
      return; // the command reports it once picocli has parsed the arguments
    }
    ImportOptions options =
        TransactionFileOptions.importOptions(
            Map.of(), ImportOptions.DEFAULT_DATE_PATTERN, false, false);
    CompletableFuture<TransactionImport> future = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("pulse-early-import")
        .start(() -> {
          try {
            future.complete(Analytics.importTransactions(path, options));
          } catch (Throwable e) {
            future.completeExceptionally(e);
          }
        });
    startedFile = key(path);
    startedOptions = options;
    running = future;
  }

  /**
   * The early import's result when it read {@code file} with {@code options}, else empty. Either
   * way the early import is forgotten. Its failure is thrown as a direct import would throw it.
   */
  static synchronized Optional<TransactionImport> take(Path file, ImportOptions options) {
    CompletableFuture<TransactionImport> future = running;
    boolean same =
        future != null && key(file).equals(startedFile) && options.equals(startedOptions);
    running = null;
    startedFile = null;
    startedOptions = null;
    if (!same) {
      return Optional.empty();
    }
    try {
      return Optional.of(future.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
