package io.pulse.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene analyzer: standard (UAX#29) tokenisation, lower case, optional stop words without
 * negations, optional stemming. Thread-safe, like every Lucene analyzer.
 */
final class PulseAnalyzer extends Analyzer {
  private final Language language;
  private final CharArraySet stopWords;
  private final boolean stem;

  PulseAnalyzer(Language language, boolean removeStopWords, boolean stem) {
    this.language = language;
    this.stopWords = removeStopWords ? stopWordsKeepingNegations(language) : null;
    this.stem = stem;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setMaxTokenLength(64);
    TokenStream stream = new LowerCaseFilter(tokenizer);
    if (stopWords != null) {
      stream = new StopFilter(stream, stopWords);
    }
    if (stem) {
      stream =
          switch (language) {
            case ENGLISH -> new PorterStemFilter(new EnglishPossessiveFilter(stream));
            case NORWEGIAN -> new NorwegianLightStemFilter(stream);
          };
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  private static CharArraySet stopWordsKeepingNegations(Language language) {
    CharArraySet defaults =
        switch (language) {
          case ENGLISH -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
          case NORWEGIAN -> NorwegianAnalyzer.getDefaultStopSet();
        };
    CharArraySet kept = new CharArraySet(defaults.size(), true);
    for (Object word : defaults) {
      String text = word instanceof char[] chars ? new String(chars) : word.toString();
      if (!NegationWords.isNegation(language, text)) {
        kept.add(text);
      }
    }
    return CharArraySet.unmodifiableSet(kept);
  }
}
