package io.pulse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

  private static final LanguageDetection DETECTION = LanguageDetection.withDefaults();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My order arrived two weeks late and nobody answered my emails | en",
        "Jeg har ventet i tre uker på pakken og ingen svarer på e-post | no",
        "Eg har venta i tre veker på pakken og ingen svarar på e-posten min | no",
        "Ich habe drei Wochen auf mein Paket gewartet und niemand antwortet | de",
        "He esperado tres semanas mi paquete y nadie responde a mis correos | es",
        "Jag har väntat i tre veckor på paketet och ingen svarar på mejl | sv",
        "J'ai attendu mon colis pendant trois semaines et personne ne répond | fr",
      })
  void detectsTheLanguageOfTextsWithEnoughSignal(String text, String code) {
    DetectedLanguage detected = DETECTION.detect(text, null);
    assertThat(detected.code()).as(text).isEqualTo(code);
    assertThat(detected.source()).isEqualTo(DetectedLanguage.Source.DETECTED);
  }

  @Test
  void aNearTieBetweenDanishAndNorwegianIsNorwegianBecausePulseHasAModelForIt() {
    DetectedLanguage detected = DETECTION.detect("Kundeservicen var treg og uhøflig.", null);

    assertThat(detected.code()).isEqualTo("no");
    assertThat(detected.source()).isEqualTo(DetectedLanguage.Source.DETECTED);
  }

  @Test
  void aClearDetectionWinsOverTheDeclaredLanguage() {
    DetectedLanguage detected =
        DETECTION.detect(
            "Ich habe drei Wochen auf mein Paket gewartet und niemand antwortet", "en");
    assertThat(detected.code()).isEqualTo("de");
    assertThat(detected.supported()).isEmpty();
  }

  @Test
  void shortTextsTakeTheDeclaredLanguageOrTheDefault() {
    assertThat(DETECTION.detect("Takk!", "nb-NO"))
        .isEqualTo(new DetectedLanguage("no", DetectedLanguage.Source.DECLARED));
    assertThat(DETECTION.detect("ok thx [EMAIL] @bob", null))
        .isEqualTo(new DetectedLanguage("en", DetectedLanguage.Source.DEFAULT));
    assertThat(DETECTION.detect("Danke", "de").supported()).isEmpty();
  }

  @Test
  void shortTextsThatDeclareNothingAreDetectedOnlyWhenLinguaIsFarSurer() {
    assertThat(DETECTION.detect("Takk for rask hjelp!", null))
        .isEqualTo(new DetectedLanguage("no", DetectedLanguage.Source.DETECTED));
    assertThat(DETECTION.detect("Dette tar jo en evighet", null).code()).isEqualTo("no");
    assertThat(DETECTION.detect("Thanks for the help!", null).code()).isEqualTo("en");
    assertThat(DETECTION.detect("Danke schön, super!", null))
        .isEqualTo(new DetectedLanguage("en", DetectedLanguage.Source.DEFAULT));
  }

  @Test
  void batchesKeepTheirOrder() {
    List<String> texts =
        Arrays.asList(
            "My order arrived two weeks late and nobody answered my emails",
            "Jeg har ventet i tre uker på pakken og ingen svarer på e-post");
    assertThat(DETECTION.detectAll(texts, Arrays.asList(null, null)))
        .extracting(DetectedLanguage::code)
        .containsExactly("en", "no");
  }
}
