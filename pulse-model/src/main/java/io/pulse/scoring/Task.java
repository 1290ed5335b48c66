package io.pulse.scoring;

import io.pulse.core.Emotion;
import io.pulse.core.SentimentLabel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a model predicts: the classes of its output vector and how labels in training files map to
 * them. Stored in the model manifest ({@code task}); models without it are sentiment models.
 */
public enum Task {
  /** negative, neutral, positive ({@link SentimentLabel} order). */
  SENTIMENT(
      Arrays.stream(SentimentLabel.values()).map(SentimentLabel::wireName).toList(),
      Map.of(),
      Set.of()),

  /**
   * none, frustration, enthusiasm, uncertainty, irritation ({@link Emotion} order). Labels of the
   * CARER emotion data set map as documented in docs/emotions.md: sadness -> frustration, anger ->
   * irritation, fear -> uncertainty, joy and love -> enthusiasm, and a sentiment file's neutral
   * rows -> none, and, as weak labels for customer text, a sentiment file's negative rows ->
   * frustration and positive rows -> enthusiasm. Surprise (no clear polarity or CRM meaning) is
   * skipped.
   */
  EMOTION(
      Arrays.stream(Emotion.values()).map(Emotion::wireName).toList(),
      emotionMapping(),
      Set.of("surprise"));

  private final List<String> classes;
  private final Map<String, String> mapping;
  private final Set<String> skipped;

  Task(List<String> classes, Map<String, String> mapping, Set<String> skipped) {
    this.classes = classes;
    this.mapping = mapping;
    this.skipped = skipped;
  }

  private static Map<String, String> emotionMapping() {
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("sadness", Emotion.FRUSTRATION.wireName());
    mapping.put("anger", Emotion.IRRITATION.wireName());
    mapping.put("fear", Emotion.UNCERTAINTY.wireName());
    mapping.put("joy", Emotion.ENTHUSIASM.wireName());
    mapping.put("love", Emotion.ENTHUSIASM.wireName());
    mapping.put("neutral", Emotion.NONE.wireName());
    // Distant supervision for customer text: CARER alone teaches "customer message = none".
    mapping.put("positive", Emotion.ENTHUSIASM.wireName());
    mapping.put("negative", Emotion.FRUSTRATION.wireName());
    return java.util.Collections.unmodifiableMap(mapping);
  }

  /** Class names in output order (lower case). */
  public List<String> classes() {
    return classes;
  }

  /** Source label to class name, applied before the class names themselves are accepted. */
  public Map<String, String> labelMapping() {
    return mapping;
  }

  /** Lower-case name as stored in manifests and given on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Class index of a label in a training or evaluation file: a class name, or a source label of
   * {@link #labelMapping()}; -1 for labels this task deliberately skips.
   *
   * @throws IllegalArgumentException naming the value and the accepted labels otherwise
   */
  int classOf(String label) {
    String key = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    String mapped = mapping.getOrDefault(key, key);
    int index = classes.indexOf(mapped);
    if (index >= 0) {
      return index;
    }
    if (skipped.contains(key)) {
      return -1;
    }
    throw new IllegalArgumentException(
        "label must be one of "
            + String.join("|", classes)
            + (mapping.isEmpty() ? "" : "|" + String.join("|", mapping.keySet()))
            + ", found '"
            + label
            + "'");
  }

  /**
   * Parses a task name ({@code sentiment} or {@code emotion}); null means sentiment (manifests of
   * models made before tasks existed).
   *
   * @throws IllegalArgumentException naming the value when it is unknown
   */
  public static Task parse(String value) {
    if (value == null) {
      return SENTIMENT;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "sentiment" -> SENTIMENT;
      case "emotion", "emotions" -> EMOTION;
      default ->
          throw new IllegalArgumentException(
              "task must be one of sentiment|emotion, found '" + value + "'");
    };
  }
}
