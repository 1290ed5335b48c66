package io.pulse.alerts.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects the alert settings: first the file named by {@code pulse.alerts.file} (YAML or JSON, its
 * root optionally wrapped in {@code alerts:}), then Spring properties {@code pulse.alerts.*}, which
 * win over the file. Nested keys and lists are flattened: {@code bands: {green: {lower: 0.3}}}
 * becomes {@code alerts.bands.green.lower=0.3}, {@code dimensions: [product, topic]} becomes {@code
 * product,topic}.
 */
final class AlertSettingsSource {

  private AlertSettingsSource() {}

  /**
   * Reads and validates the settings of this environment.
   *
   * @throws IllegalArgumentException naming the file and line of unreadable files, or the source,
   *     setting, rule and value of invalid settings
   */
  static AlertSettings read(Environment environment) {
    Map<String, String> spring =
        Binder.get(environment)
            .bind("pulse.alerts", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    Map<String, String> settings = new TreeMap<>();
    String file = spring.get("file");
    String source = "Spring properties pulse.alerts.*";
    if (file != null && !file.isBlank()) {
      settings.putAll(readFile(Path.of(file.strip())));
      source = "file " + file.strip() + " and " + source;
    }
    spring.forEach((key, value) -> settings.put("alerts." + key, value));
    return AlertSettings.parse(settings, source);
  }

  /** Flat {@code alerts.*} settings of a YAML or JSON file. */
  static Map<String, String> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "pulse.alerts.file " + file + " does not exist or is not a file");
    }
    Object root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root =
          file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
              ? JsonMapper.builder().build().readValue(reader, Object.class)
              : new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (MarkedYAMLException e) {
      throw new IllegalArgumentException(
          file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read pulse.alerts.file " + file + ": " + e);
    }
    Map<String, String> flat = new TreeMap<>();
    if (root == null) {
      return flat;
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(file + ": the root must be a mapping of settings");
    }
    Object unwrapped = unwrap(unwrap(map, "pulse"), "alerts");
    flatten(file, "alerts", unwrapped, flat);
    return flat;
  }

  private static Object unwrap(Object node, String key) {
    if (node instanceof Map<?, ?> map && map.size() == 1 && map.get(key) instanceof Map<?, ?> in) {
      return in;
    }
    return node;
  }

  private static void flatten(Path file, String prefix, Object node, Map<String, String> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> flatten(file, prefix + "." + key, value, out));
    } else if (node instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> || item instanceof List<?>) {
          throw new IllegalArgumentException(
              file + ": " + prefix + " must be a list of plain values");
        }
      }
      out.put(prefix, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
    } else {
      out.put(prefix, node == null ? "" : String.valueOf(node));
    }
  }
}
