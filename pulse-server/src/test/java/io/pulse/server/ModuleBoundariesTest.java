package io.pulse.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server's feature packages and the rules between them: no cycles; each feature uses only the
 * features it is allowed to, and those only through their public entry points (never another
 * feature's controllers or configuration); only {@code scores} publishes application events; only
 * the owner writes the tables of stored interactions and scores.
 */
class ModuleBoundariesTest {

  /** Server feature packages; everything else (io.pulse.core, io.pulse.alerts ...) is a library. */
  private static final Map<String, String> FEATURES =
      Map.ofEntries(
          Map.entry("io.pulse.ingest", "ingest"),
          Map.entry("io.pulse.scores", "scores"),
          Map.entry("io.pulse.feedback", "feedback"),
          Map.entry("io.pulse.alerts.api", "alerts"),
          Map.entry("io.pulse.interactions", "interactions"),
          Map.entry("io.pulse.dashboard", "dashboard"),
          Map.entry("io.pulse.analytics.api", "analytics"),
          Map.entry("io.pulse.insight.api", "insight"),
          Map.entry("io.pulse.audit", "audit"),
          Map.entry("io.pulse.gdpr", "gdpr"),
          Map.entry("io.pulse.connectors", "connectors"),
          Map.entry("io.pulse.server", "server"));

  /** Which features each feature may use (server: the wiring and the error contract). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("ingest", Set.of("scores", "server")),
          Map.entry("scores", Set.of("server")),
          Map.entry("feedback", Set.of("scores", "server")),
          Map.entry("alerts", Set.of("scores", "server")),
          Map.entry("interactions", Set.of("audit", "server")),
          Map.entry("dashboard", Set.of("server")),
          Map.entry("analytics", Set.of("server")),
          Map.entry("insight", Set.of("server")),
          Map.entry("audit", Set.of("server")),
          Map.entry("gdpr", Set.of("audit", "server")),
          Map.entry("connectors", Set.of("ingest", "server")),
          Map.entry("server", Set.of()));

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(FEATURES.keySet().toArray(String[]::new));

  private static String feature(JavaClass type) {
    String name = type.getPackageName();
    return FEATURES.entrySet().stream()
        .filter(e -> name.equals(e.getKey()) || name.startsWith(e.getKey() + "."))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  @Test
  void featuresHaveNoCycles() {
    SlicesRuleDefinition.slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass type) {
                String feature = feature(type);
                return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
              }

              @Override
              public String getDescription() {
                return "server features";
              }
            })
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void featuresUseOnlyTheFeaturesTheyMayAndOnlyTheirEntryPoints() {
    ArchRule rule =
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .should(
                new ArchCondition<>("use only allowed features, through their entry points") {
                  @Override
                  public void check(JavaClass type, ConditionEvents events) {
                    String own = feature(type);
                    if (own == null) {
                      return;
                    }
                    type.getDirectDependenciesFromSelf()
                        .forEach(dependency -> {
                          JavaClass target = dependency.getTargetClass();
                          String other = feature(target);
                          if (other == null || other.equals(own)) {
                            return;
                          }
                          boolean internal =
                              target.isAnnotatedWith(RestController.class)
                                  || target.isAnnotatedWith(Configuration.class);
                          if (!ALLOWED.get(own).contains(other) || internal) {
                            events.add(
                                SimpleConditionEvent.violated(
                                    dependency, dependency.getDescription()));
                          }
                        });
                  }
                });
    rule.check(CLASSES);
  }

  @Test
  void onlyScoresPublishesEvents() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.pulse.scores..")
        .should()
        .callMethod(ApplicationEventPublisher.class, "publishEvent", Object.class)
        .check(CLASSES);
  }

  /** Writes to the owned tables appear only in pulse-store (their one owner), never here. */
  @Test
  void onlyTheOwnerWritesInteractionsAndScores() throws IOException {
    Pattern write =
        Pattern.compile(
            "(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(interactions|scores|interaction_aspects"
                + "|scoring_queue)\\b",
            Pattern.CASE_INSENSITIVE);
    List<Path> writers;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      writers =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> {
                try {
                  return write.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
              .toList();
    }
    assertThat(writers).as("server classes with SQL that writes the owned tables").isEmpty();
  }
}
