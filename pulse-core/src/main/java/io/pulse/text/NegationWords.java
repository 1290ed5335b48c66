package io.pulse.text;

import java.util.Set;

/** Words that flip or cancel sentiment; they must never be dropped as stop words. */
final class NegationWords {
  private static final Set<String> ENGLISH =
      Set.of(
          "no",
          "not",
          "nor",
          "never",
          "none",
          "nobody",
          "nothing",
          "neither",
          "nowhere",
          "cannot",
          "cant",
          "can't",
          "dont",
          "don't",
          "doesnt",
          "doesn't",
          "didnt",
          "didn't",
          "isnt",
          "isn't",
          "wasnt",
          "wasn't",
          "arent",
          "aren't",
          "werent",
          "weren't",
          "wont",
          "won't",
          "wouldnt",
          "wouldn't",
          "shouldnt",
          "shouldn't",
          "couldnt",
          "couldn't",
          "havent",
          "haven't",
          "hasnt",
          "hasn't",
          "hadnt",
          "hadn't",
          "aint",
          "ain't",
          "without");
  private static final Set<String> NORWEGIAN =
      Set.of(
          "ikke",
          "ikkje",
          "ingen",
          "ingenting",
          "intet",
          "aldri",
          "verken",
          "hverken",
          "nei",
          "uten",
          "utan");

  private NegationWords() {}

  static Set<String> of(Language language) {
    return switch (language) {
      case ENGLISH -> ENGLISH;
      case NORWEGIAN -> NORWEGIAN;
    };
  }

  /** True for a lower-case token that negates, including any English "n't" contraction. */
  static boolean isNegation(Language language, String token) {
    return of(language).contains(token)
        || (language == Language.ENGLISH && (token.endsWith("n't") || token.endsWith("n’t")));
  }
}
