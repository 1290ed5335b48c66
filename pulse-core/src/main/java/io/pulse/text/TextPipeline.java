package io.pulse.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns raw text into the tokens a sentiment model sees. Immutable and thread-safe; build one with
 * {@link #builder()} and share it.
 *
 * <p>Negation words ("not", "no", "never", "don't", "ikke" ...) always survive, also when stop
 * words are removed. With {@link Builder#markNegation(boolean)} the tokens after a negation, up to
 * the next clause punctuation or {@value #NEGATION_SCOPE} tokens, get the prefix {@value
 * #NEGATED_PREFIX}.
 */
public final class TextPipeline {
  /** One pipeline per setting, so that models with the same settings share the memo. */
  private static final ConcurrentMap<Settings, TextPipeline> BUILT = new ConcurrentHashMap<>();

  /** Longest text whose tokens are kept, and most tokens kept for one text. */
  private static final int MEMO_TEXT_CHARS = 200;

  private static final int MEMO_TOKENS = 48;

  /** Prefix of tokens inside a negation scope. */
  public static final String NEGATED_PREFIX = "neg_";

  /** How many tokens a negation reaches at most. */
  public static final int NEGATION_SCOPE = 3;

  private final Language language;
  private final boolean removeStopWords;
  private final boolean stem;
  private final boolean markNegation;
  private final boolean numbersAsToken;
  private final PulseAnalyzer analyzer;

  /** Token lists of recent short texts (tweets, chat turns), immutable; null when not kept. */
  private final TextMemo<List<String>> recentTokens;

  private TextPipeline(Builder builder) {
    this.language = builder.language;
    this.removeStopWords = builder.removeStopWords;
    this.stem = builder.stem;
    this.markNegation = builder.markNegation;
    this.numbersAsToken = builder.numbersAsToken;
    // 4,096 slots hold a batch of 1,000 messages with their clauses; at most 48 tokens of texts
    // up to 200 chars keep the worst case near 11 MB per pipeline (about 4 MB for tweets).
    this.recentTokens = builder.memoise ? new TextMemo<>(4096, MEMO_TEXT_CHARS) : null;
    this.analyzer = new PulseAnalyzer(language, removeStopWords, stem);
  }

  /** A builder with the defaults: English, keep stop words, no stemming, no negation marks. */
  public static Builder builder() {
    return new Builder();
  }

  /** The pipeline with all defaults for a language. */
  public static TextPipeline forLanguage(Language language) {
    return builder().language(language).build();
  }

  /** Cleans a text (entities, URLs, mentions, hashtags, emoji, squeezed letters, lower case). */
  public String clean(String text) {
    return TextCleaner.clean(text, numbersAsToken);
  }

  /** Cleans and tokenises a text; never returns null; the caller may change the list. */
  public List<String> tokens(String text) {
    if (text == null) {
      return new ArrayList<>();
    }
    if (recentTokens == null || text.length() > MEMO_TEXT_CHARS) {
      return tokenize(text);
    }
    List<String> recent = recentTokens.get(text);
    if (recent != null) {
      return new ArrayList<>(recent);
    }
    List<String> tokens = tokenize(text);
    if (tokens.size() <= MEMO_TOKENS) {
      recentTokens.put(text, List.copyOf(tokens));
    }
    return tokens;
  }

  /** Cleans and tokenises without the memo. */
  List<String> tokenize(String text) {
    String cleaned = clean(text);
    List<String> tokens = new ArrayList<>();
    if (cleaned.isEmpty()) {
      return tokens;
    }
    try (TokenStream stream = analyzer.tokenStream("text", cleaned)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int scopeLeft = 0;
      int previousEnd = 0;
      while (stream.incrementToken()) {
        String token = term.toString();
        if (scopeLeft > 0 && hasClauseBreak(cleaned, previousEnd, offset.startOffset())) {
          scopeLeft = 0;
        }
        previousEnd = offset.endOffset();
        if (NegationWords.isNegation(language, token)) {
          tokens.add(token);
          scopeLeft = markNegation ? NEGATION_SCOPE : 0;
        } else if (scopeLeft > 0) {
          tokens.add(NEGATED_PREFIX + token);
          scopeLeft--;
        } else {
          tokens.add(token);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenising an in-memory string cannot fail", e);
    }
    return tokens;
  }

  private static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '.', ',', '!', '?', ';', ':', '\n' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** The language of this pipeline. */
  public Language language() {
    return language;
  }

  /** A short description of the settings, stored with trained models. */
  public String describe() {
    return "language="
        + language.name().toLowerCase(java.util.Locale.ROOT)
        + ",stopWords="
        + removeStopWords
        + ",stem="
        + stem
        + ",markNegation="
        + markNegation
        + ",numbersAsToken="
        + numbersAsToken;
  }

  /** Settings of a {@link TextPipeline}. */
  public static final class Builder {
    private Language language = Language.ENGLISH;
    private boolean removeStopWords;
    private boolean stem;
    private boolean markNegation;
    private boolean numbersAsToken = true;
    private boolean memoise;

    private Builder() {}

    /** Language of stop words, stemmer and negation words; English by default. */
    public Builder language(Language value) {
      this.language = Objects.requireNonNull(value, "language");
      return this;
    }

    /** Removes the language's stop words, keeping negations; off by default. */
    public Builder removeStopWords(boolean value) {
      this.removeStopWords = value;
      return this;
    }

    /** Stems tokens (Porter for English, light stemmer for Norwegian); off by default. */
    public Builder stem(boolean value) {
      this.stem = value;
      return this;
    }

    /** Prefixes tokens in a negation's scope with {@value #NEGATED_PREFIX}; off by default. */
    public Builder markNegation(boolean value) {
      this.markNegation = value;
      return this;
    }

    /** Replaces numbers with one token (order numbers carry no sentiment); on by default. */
    public Builder numbersAsToken(boolean value) {
      this.numbersAsToken = value;
      return this;
    }

    /**
     * Keeps the tokens of recent short texts, for a pipeline that several steps run over the same
     * texts (the sentiment and the emotion model); off by default.
     */
    public Builder memoise(boolean value) {
      this.memoise = value;
      return this;
    }

    /** The immutable pipeline of these settings (the same instance for the same settings). */
    public TextPipeline build() {
      Settings settings =
          new Settings(language, removeStopWords, stem, markNegation, numbersAsToken, memoise);
      return BUILT.computeIfAbsent(settings, k -> new TextPipeline(this));
    }
  }

  /** Every setting of a builder: the key of the pipelines built. */
  private record Settings(
      Language language,
      boolean removeStopWords,
      boolean stem,
      boolean markNegation,
      boolean numbersAsToken,
      boolean memoise) {}
}
