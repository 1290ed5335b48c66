package io.pulse.aspects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AspectsTest {

  private static final Aspects BUNDLED = Aspects.bundled();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I waited for an hour | waiting_time",
        "Still waiting for someone to call back | waiting_time",
        "I was on hold for 40 minutes | waiting_time",
        "Both deliveries arrived damaged | delivery product_quality",
        "Your prices are way too high | price",
        "I got a second invoice for the same month | billing",
        "The agents were rude | staff",
        "Can't log in to the app | app_website",
      })
  void englishTermsMatchTheirInflectionsAndSynonyms(String text, String aspects) {
    assertThat(BUNDLED.match(text, Language.ENGLISH)).as(text).containsExactly(aspects.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ventetiden på telefon var altfor lang | waiting_time",
        "Leveringen kom en uke for sent | delivery",
        "Prisene har gått opp igjen | price",
        "Fakturaen var feil | billing",
        "De ansatte var hjelpsomme | staff",
      })
  void norwegianTermsMatchTheirInflections(String text, String aspects) {
    assertThat(BUNDLED.match(text, Language.NORWEGIAN))
        .as(text)
        .containsExactly(aspects.split(" "));
  }

  @Test
  void phrasesMatchOnlyAsConsecutiveWords() {
    assertThat(BUNDLED.match("I hold the phone while I sit on the sofa", Language.ENGLISH))
        .doesNotContain("waiting_time");
  }

  @Test
  void aTaxonomyFileReplacesTheBundledOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("aspects.properties");
    Files.writeString(
        file,
        "aspect.parking.name = Parking\naspect.parking.en = parking lot, car park\n"
            + "aspect.parking.no = parkering\n");
    Aspects custom = Aspects.fromFile(file);
    assertThat(custom.aspects()).containsExactly(new Aspect("parking", "Parking"));
    assertThat(custom.match("The car parks were full", Language.ENGLISH))
        .containsExactly("parking");
    assertThat(custom.match("Parkeringen var full", Language.NORWEGIAN)).containsExactly("parking");
    assertThat(custom.match("The price was fine", Language.ENGLISH)).isEmpty();
  }

  @Test
  void aMalformedTaxonomyFileIsRejectedNamingTheKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "aspect.Waiting Time.en = wait\n");
    assertThatThrownBy(() -> Aspects.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.properties")
        .hasMessageContaining("aspect.<id>.name|en|no");
    assertThatThrownBy(() -> Aspects.fromFile(dir.resolve("missing.properties")))
        .hasMessageContaining("pulse.insight.taxonomy-file");
  }

  @Test
  void discoversFrequentPhrasesTheTaxonomyDoesNotCover() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      texts.add("My boarding pass did not load, again " + i);
      texts.add("Customer service never called back about the boarding passes");
      texts.add("Lost my luggage tag");
    }
    List<KeyPhrase> phrases = BUNDLED.discover(texts, Language.ENGLISH, 3, 10);
    assertThat(phrases.getFirst()).isEqualTo(new KeyPhrase("boarding pass", 10));
    assertThat(phrases).extracting(KeyPhrase::phrase).contains("luggage tag");
    assertThat(phrases).extracting(KeyPhrase::phrase).noneMatch(p -> p.contains("service"));
  }
}
