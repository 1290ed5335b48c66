package io.pulse.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The shipped first-name gazetteer: Norwegian and English given names from public name statistics
 * ({@code given-names.txt}), and those of them that are also ordinary words, places or brands
 * ({@code ambiguous-given-names.txt}), which count only in a naming context.
 */
final class GivenNames {

  private static final Set<String> NAMES = load("given-names.txt");
  private static final Set<String> AMBIGUOUS = load("ambiguous-given-names.txt");

  private GivenNames() {}

  /** True when {@code word} (as written, capitalised) is a given name of the gazetteer. */
  static boolean contains(String word) {
    return NAMES.contains(word) || AMBIGUOUS.contains(word);
  }

  /** True when the name is also an ordinary word, place or brand. */
  static boolean ambiguous(String word) {
    return AMBIGUOUS.contains(word);
  }

  private static Set<String> load(String resource) {
    Set<String> names = new HashSet<>();
    try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/pulse/privacy/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
