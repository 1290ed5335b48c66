package io.pulse.aspects;

import io.pulse.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parsed taxonomy file: aspects in id order with their raw terms per language. */
record Taxonomy(List<Aspect> aspects, Map<String, Map<Language, List<String>>> terms) {

  private static final Pattern KEY = Pattern.compile("aspect\\.([a-z0-9_]+)\\.(name|en|no)");

  /**
   * Reads the properties format described in the bundled {@code taxonomy.properties}.
   *
   * @throws IllegalArgumentException naming the source and the offending key
   */
  static Taxonomy read(InputStream in, String source) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> names = new TreeMap<>();
    Map<String, Map<Language, List<String>>> terms = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      Matcher m = KEY.matcher(key);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            source
                + ": key '"
                + key
                + "' must be aspect.<id>.name|en|no with an id of a-z, 0-9 and _");
      }
      String id = m.group(1);
      String value = properties.getProperty(key).strip();
      if (m.group(2).equals("name")) {
        names.put(id, value);
      } else {
        Language language = m.group(2).equals("en") ? Language.ENGLISH : Language.NORWEGIAN;
        List<String> list = new ArrayList<>();
        for (String term : value.split(",")) {
          if (!term.isBlank()) {
            list.add(term.strip().toLowerCase(Locale.ROOT));
          }
        }
        terms.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language, List.copyOf(list));
      }
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(source + ": no aspect has terms (aspect.<id>.en = ...)");
    }
    List<Aspect> aspects = new ArrayList<>();
    for (String id : terms.keySet()) {
      aspects.add(new Aspect(id, names.getOrDefault(id, id)));
    }
    return new Taxonomy(List.copyOf(aspects), terms);
  }
}
