package io.pulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private final TextPipeline pipeline = TextPipeline.forLanguage(Language.ENGLISH);

  @Test
  void negationSurvivesStopWordRemoval() {
    TextPipeline withStopWords = TextPipeline.builder().removeStopWords(true).build();
    assertThat(withStopWords.tokens("This is not good and there were no problems"))
        .contains("not", "good", "no", "problems")
        .doesNotContain("is", "and", "this");
    assertThat(withStopWords.tokens("I don't like it, never again")).contains("don't", "never");
  }

  @Test
  void negationScopeIsMarkedUntilPunctuation() {
    TextPipeline marking = TextPipeline.builder().markNegation(true).build();
    assertThat(marking.tokens("not good at all, but the crew was nice"))
        .containsExactly(
            "not", "neg_good", "neg_at", "neg_all", "but", "the", "crew", "was", "nice");
  }

  @Test
  void htmlEntitiesAreDecoded() {
    assertThat(pipeline.clean("Fish &amp; chips &gt; burgers")).isEqualTo("fish & chips > burgers");
    assertThat(pipeline.tokens("I &lt;3 this airline")).contains("emo_pos");
  }

  @Test
  void emojiAndEmoticonsBecomePolarityTokens() {
    assertThat(pipeline.tokens("thanks :) 😍")).containsExactly("thanks", "emo_pos", "emo_pos");
    assertThat(pipeline.tokens("delayed again :( 😡"))
        .containsExactly("delayed", "again", "emo_neg", "emo_neg");
  }

  @Test
  void urlsAndMentionsBecomePlaceholdersAndHashtagsKeepTheirWord() {
    assertThat(pipeline.tokens("@united see http://t.co/abc123 #fail"))
        .containsExactly("tok_user", "see", "tok_url", "fail");
  }

  @Test
  void repeatedLettersAreSqueezedAndTextLowerCased() {
    assertThat(pipeline.tokens("Soooo GOOOOD")).containsExactly("soo", "good");
  }

  @Test
  void questionAndExclamationMarksBecomeTokens() {
    assertThat(pipeline.tokens("on time?? great!!!"))
        .containsExactly("on", "time", "tok_q", "great", "tok_excl");
  }

  @Test
  void numbersBecomeOneToken() {
    assertThat(pipeline.tokens("invoice for order 4711"))
        .containsExactly("invoice", "for", "order", "tok_num");
  }

  @Test
  void norwegianKeepsItsNegations() {
    TextPipeline norwegian =
        TextPipeline.builder().language(Language.NORWEGIAN).removeStopWords(true).build();
    assertThat(norwegian.tokens("Dette var ikke bra")).contains("ikke", "bra");
  }

  @Test
  void emptyAndNullTextGiveNoTokens() {
    assertThat(pipeline.tokens("")).isEmpty();
    assertThat(pipeline.tokens(null)).isEmpty();
  }
}
