package io.pulse.feedback;

import io.pulse.core.SentimentScorer;
import io.pulse.scoring.Scoring;
import io.pulse.server.ApiProblem;
import io.pulse.server.PulseProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model registry: versions in {@code model_versions}, model directories under {@code
 * <data-dir>/models/<version>/} (or the bundled model), and the server's {@link SwappableScorer}.
 *
 * <p>On start ({@link #open}) the server serves the registry's active version; the configured model
 * ({@code pulse.model.path}, else the bundled one) is registered and made active when its version
 * is not registered yet (first start, or the operator configured a new model). Activation loads the
 * new model first, then records it and swaps it in without stopping scoring; rollback activates the
 * version that was active before the current one.
 *
 * <p>When no model is configured, both bundled English models are registered: {@code accurate}
 * (location {@code bundled}, the default) and {@code fast} (location {@code bundled:fast},
 * registered as retired so that it can be activated when throughput matters more than accuracy).
 */
@Component
class ModelRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

  /** Where the bundled model's manifest lies on the classpath (pulse-model's resources). */
  private static final String BUNDLED_MANIFEST = Scoring.BUNDLED_ACCURATE + "manifest.json";

  /** Location of the bundled fast model in the registry. */
  static final String BUNDLED_FAST = ModelStore.BUNDLED + ":fast";

  private static final String BUNDLED_FAST_MANIFEST =
      "/io/pulse/scoring/models/default/manifest.json";

  private final ModelStore store;
  private final Path modelsDirectory;
  private final String configuredPath;
  private final BeanFactory beans;
  private final JsonMapper json;
  private final Function<String, SentimentScorer> loader;
  private final Clock clock = Clock.systemUTC();
  private volatile SwappableScorer scorer;

  @Autowired
  ModelRegistry(ModelStore store, PulseProperties settings, BeanFactory beans, JsonMapper json) {
    this(store, settings.dataDir(), settings.model().path(), beans, json, ModelRegistry::load);
  }

  ModelRegistry(
      ModelStore store,
      String dataDir,
      String configuredPath,
      BeanFactory beans,
      JsonMapper json,
      Function<String, SentimentScorer> loader) {
    this.store = store;
    this.modelsDirectory = Path.of(dataDir).toAbsolutePath().normalize().resolve("models");
    this.configuredPath = configuredPath == null ? "" : configuredPath.strip();
    this.beans = beans;
    this.json = json;
    this.loader = loader;
  }

  /** Loads the active model (see the class comment) and returns the scorer that serves it. */
  synchronized SwappableScorer open() {
    String configured =
        configuredPath.isEmpty()
            ? ModelStore.BUNDLED
            : Path.of(configuredPath).toAbsolutePath().normalize().toString();
    String manifest = manifest(configured);
    String configuredVersion = json.readTree(manifest).path("modelVersion").asString();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (configuredPath.isEmpty()) {
      // listed after the default: registered as if a moment earlier
      registerBundledFast(now.minusSeconds(1));
    }
    String location = configured;
    if (store.find(configuredVersion).isEmpty()) {
      store.register(configuredVersion, "retired", configured, manifest, null, now);
      store.activate(configuredVersion, now);
    } else {
      var active = store.active();
      if (active.isPresent()) {
        location = active.get().location();
      } else {
        store.activate(configuredVersion, now);
      }
    }
    SentimentScorer model;
    try {
      model = loader.apply(location);
    } catch (RuntimeException e) {
      if (location.equals(configured)) {
        throw e;
      }
      LOG.warn(
          "active model at {} cannot be loaded ({}); serving the configured model",
          location,
          e.getClass().getSimpleName());
      store.activate(configuredVersion, now);
      model = loader.apply(configured);
    }
    scorer = new SwappableScorer(model);
    LOG.info("sentiment model {} loaded", model.version());
    return scorer;
  }

  private void registerBundledFast(OffsetDateTime now) {
    try {
      String manifest = manifest(BUNDLED_FAST);
      String version = json.readTree(manifest).path("modelVersion").asString();
      if (store.find(version).isEmpty()) {
        store.register(version, "retired", BUNDLED_FAST, manifest, null, now);
      }
    } catch (RuntimeException e) {
      LOG.warn("bundled fast model not registered ({})", e.getClass().getSimpleName());
    }
  }

  /**
   * Serves a stand-in that fails every call, used when no model can be loaded at start: the
   * analyzer then scores with its lexicon fallback, and a later {@link #activate} swaps a real
   * model in without a restart.
   */
  synchronized SwappableScorer openUnavailable(SentimentScorer standIn) {
    scorer = new SwappableScorer(standIn);
    return scorer;
  }

  /** Directory under which versions are kept ({@code <data-dir>/models}). */
  Path modelsDirectory() {
    return modelsDirectory;
  }

  /** The scorer in service: the registry's own, or the configured bean when it is not (tests). */
  SentimentScorer scorer() {
    SwappableScorer own = scorer;
    return own != null ? own : beans.getBean("sentimentScorer", SentimentScorer.class);
  }

  /** Registers a trained model directory with its manifest, as {@code status}. */
  void register(String version, Path directory, String status, String gate) {
    String location = directory.toAbsolutePath().normalize().toString();
    store.register(version, status, location, manifest(location), gate, OffsetDateTime.now(clock));
  }

  /**
   * Serves {@code version} from now on without interrupting scoring.
   *
   * @throws ApiProblem 404 for an unknown version, 409 when it cannot be loaded or the scorer in
   *     service is not the registry's
   */
  synchronized ModelStore.Row activate(String version) {
    ModelStore.Row row =
        store.find(version).orElseThrow(() -> ApiProblem.notFound("model version", version));
    if ("active".equals(row.status())) {
      return row;
    }
    SwappableScorer own = scorer;
    if (own == null) {
      throw ApiProblem.conflict(
          "the scorer in service is not managed by the model registry; cannot switch models");
    }
    SentimentScorer next;
    try {
      next = loader.apply(row.location());
    } catch (RuntimeException e) {
      throw ApiProblem.conflict(
          "model "
              + version
              + " cannot be loaded from "
              + row.location()
              + ": "
              + e.getClass().getSimpleName());
    }
    try {
      store.activate(version, OffsetDateTime.now(clock));
    } catch (RuntimeException e) {
      next.close();
      throw e;
    }
    String replaced = own.swap(next);
    LOG.info("model {} activated, replacing {}", version, replaced);
    return store.find(version).orElseThrow();
  }

  /**
   * Activates the version that was active before the current one.
   *
   * @throws ApiProblem 409 when there is none
   */
  synchronized ModelStore.Row rollback() {
    ModelStore.Row previous =
        store
            .previous()
            .orElseThrow(() -> ApiProblem.conflict("no earlier active model to roll back to"));
    return activate(previous.version());
  }

  private String manifest(String location) {
    try {
      if (ModelStore.BUNDLED.equals(location) || BUNDLED_FAST.equals(location)) {
        String resource = location.equals(BUNDLED_FAST) ? BUNDLED_FAST_MANIFEST : BUNDLED_MANIFEST;
        try (InputStream in = Scoring.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("classpath:" + resource + " is missing");
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location).resolve("manifest.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest of model " + location, e);
    }
  }

  private static SentimentScorer load(String location) {
    if (BUNDLED_FAST.equals(location)) {
      return Scoring.loadBundled("fast");
    }
    return ModelStore.BUNDLED.equals(location)
        ? Scoring.loadBundled()
        : Scoring.load(Path.of(location));
  }
}
