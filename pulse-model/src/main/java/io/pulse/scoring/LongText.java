package io.pulse.scoring;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Long messages scored whole: a text longer than {@value #WHOLE} word pieces is split into windows
 * of whole sentences (a longer sentence into runs of words), each within the limit; every window is
 * scored and the scores combined so that one strongly negative passage in a polite e-mail still
 * makes the message negative:
 *
 * <ul>
 *   <li>a window with P(negative) >= {@value #STRONG} and none with P(positive) >= {@value
 *       #STRONG}: the message takes the most negative window's probabilities; likewise a strong
 *       positive window without a strong negative one (neutral openings and signatures dilute
 *       neither);
 *   <li>strong windows of both signs (a mixed message): the most negative and the most positive
 *       window, the negative one counting twice, so that praise beside a complaint softens it but
 *       does not cancel it;
 *   <li>otherwise the mean of the windows, weighted by their length.
 * </ul>
 */
final class LongText {
  /** Word pieces of a text scored in one pass at most (the length the head was trained on). */
  static final int WHOLE = 64;

  /**
   * Word pieces a window holds at most: about one tweet-sized passage, so that the sentiment of a
   * paragraph is not diluted by the boilerplate sentences packed into its window.
   */
  static final int WINDOW = 40;

  /** Probability at which a window counts as a strong passage. */
  static final double STRONG = 0.5;

  private static final int WORDS_PER_RUN = 40;

  private LongText() {}

  /** The windows of a text whose pieces exceed {@link #WHOLE}, in order. */
  static List<String> windows(String text, ToIntFunction<String> tokenizerPieces) {
    // a sentence is counted when it is split and again when it is packed: tokenize it once
    Map<String, Integer> counted = new HashMap<>();
    ToIntFunction<String> pieces = s -> counted.computeIfAbsent(s, tokenizerPieces::applyAsInt);
    List<String> units = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (String paragraph : text.split("\\R+")) {
      sentences.setText(paragraph);
      int start = sentences.first();
      for (int end = sentences.next();
          end != BreakIterator.DONE;
          start = end, end = sentences.next()) {
        String sentence = paragraph.substring(start, end).strip();
        if (sentence.isEmpty()) {
          continue;
        }
        if (pieces.applyAsInt(sentence) <= WINDOW) {
          units.add(sentence);
        } else {
          units.addAll(wordRuns(sentence));
        }
      }
    }
    List<String> windows = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int size = 0;
    for (String unit : units) {
      int n = pieces.applyAsInt(unit);
      if (size > 0 && size + n > WINDOW) {
        windows.add(current.toString());
        current.setLength(0);
        size = 0;
      }
      if (size > 0) {
        current.append(' ');
      }
      current.append(unit);
      size += n;
    }
    if (size > 0) {
      windows.add(current.toString());
    }
    return windows.isEmpty() ? List.of(text) : windows;
  }

  private static List<String> wordRuns(String sentence) {
    String[] words = sentence.split("\\s+");
    List<String> runs = new ArrayList<>();
    for (int from = 0; from < words.length; from += WORDS_PER_RUN) {
      runs.add(
          String.join(
              " ",
              java.util.Arrays.copyOfRange(
                  words, from, Math.min(words.length, from + WORDS_PER_RUN))));
    }
    return runs;
  }

  /**
   * Combines window probabilities (negative, neutral, positive) by the rule of the class comment.
   *
   * @param weights window lengths in word pieces
   */
  static float[] combine(List<float[]> windows, int[] weights) {
    int negative = 0;
    int positive = 0;
    for (int w = 1; w < windows.size(); w++) {
      if (windows.get(w)[0] > windows.get(negative)[0]) {
        negative = w;
      }
      if (windows.get(w)[2] > windows.get(positive)[2]) {
        positive = w;
      }
    }
    boolean strongNegative = windows.get(negative)[0] >= STRONG;
    boolean strongPositive = windows.get(positive)[2] >= STRONG;
    if (strongNegative && !strongPositive) {
      return windows.get(negative).clone();
    }
    if (strongPositive && !strongNegative) {
      return windows.get(positive).clone();
    }
    float[] out = new float[3];
    if (strongNegative) {
      for (int c = 0; c < 3; c++) {
        out[c] = (2 * windows.get(negative)[c] + windows.get(positive)[c]) / 3;
      }
      return out;
    }
    double total = 0;
    for (int w = 0; w < windows.size(); w++) {
      total += Math.max(1, weights[w]);
    }
    for (int w = 0; w < windows.size(); w++) {
      for (int c = 0; c < 3; c++) {
        out[c] += (float) (windows.get(w)[c] * Math.max(1, weights[w]) / total);
      }
    }
    return out;
  }
}
