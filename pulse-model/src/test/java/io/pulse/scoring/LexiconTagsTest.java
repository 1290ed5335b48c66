package io.pulse.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.text.Language;
import io.pulse.text.TextPipeline;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LexiconTagsTest {

  private static final TextPipeline PIPELINE =
      TextPipeline.builder().language(Language.NORWEGIAN).markNegation(true).build();

  private static List<String> tag(String text) {
    return LexiconTags.norwegian().tag(PIPELINE.tokens(text));
  }

  @Test
  void lexiconWordsAreFollowedByTheirPolarityTag() {
    assertThat(tag("Jeg er skuffet")).containsExactly("jeg", "er", "skuffet", LexiconTags.NEGATIVE);
    assertThat(tag("fornøyd kunde")).containsExactly("fornøyd", LexiconTags.POSITIVE, "kunde");
  }

  @Test
  void negatedWordsKeepTheirFormAndGetTheNegatedTag() {
    assertThat(tag("Jeg er ikke fornøyd"))
        .containsExactly("jeg", "er", "ikke", "fornøyd", LexiconTags.NEGATED_POSITIVE);
    assertThat(tag("Ingen problemer")).contains(LexiconTags.NEGATED_NEGATIVE);
  }

  @Test
  void compoundsAndUNegationsTakeThePolarityOfTheirParts() {
    LexiconTags tags = LexiconTags.norwegian();
    assertThat(tags.polarity("kjempebra")).isEqualTo(1);
    assertThat(tags.polarity("superdårlig")).isEqualTo(-1);
    assertThat(tags.polarity("uakseptabelt")).isEqualTo(-1);
    assertThat(tags.polarity("faktura")).isZero();
    assertThat(tags.polarity("pakken")).isZero();
  }

  @Test
  void praiseWithAnIronyMarkerIsTaggedAsIrony() {
    assertThat(tag("Det var jo kjempebra igjen, pakken kom for sent")).contains(LexiconTags.IRONY);
    assertThat(tag("Takk for ingenting")).contains(LexiconTags.IRONY);
    assertThat(tag("Takk for god hjelp")).doesNotContain(LexiconTags.IRONY);
  }

  @Test
  void hostileInputNeverFails() {
    Random random = new Random(16);
    String alphabet = "aæøåeiouyzkjxq-'’.,!? \n\t\u0000\u200b😀ÆØÅ123";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(tag(text.toString())).doesNotContainNull();
    }
  }
}
