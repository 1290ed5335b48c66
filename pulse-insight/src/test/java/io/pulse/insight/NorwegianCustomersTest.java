package io.pulse.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.Emotion;
import io.pulse.core.SentimentLabel;
import io.pulse.scoring.Scoring;
import io.pulse.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Norwegian customer messages through the analyzer with the bundled Norwegian models. */
class NorwegianCustomersTest {

  private static MessageAnalyzer analyzer;

  @BeforeAll
  static void loadBundledModels() {
    analyzer =
        MessageAnalyzer.builder()
            .english(Scoring.loadBundled())
            .norwegian(Scoring.loadBundled(Language.NORWEGIAN))
            .emotions(Scoring.loadBundledEmotions())
            .norwegianEmotions(Scoring.loadBundledEmotions(Language.NORWEGIAN))
            .build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static Analysis analyze(String text) {
    return analyzer.analyze(new Message(text, null));
  }

  @Test
  void complaintsAboutWaitingRudenessAndInvoicesAreNegative() {
    for (String complaint :
        List.of(
            "Kundeservicen var treg og uhøflig.",
            "Jeg har ventet i over en time i telefonkø, helt uakseptabelt. Nå sier jeg opp.",
            "Fakturaen er feil for tredje gang. Jeg er skuffet.")) {
      Analysis a = analyze(complaint);
      assertThat(a.language()).as(complaint).isEqualTo("no");
      assertThat(a.score().label()).as(complaint).isEqualTo(SentimentLabel.NEGATIVE);
      assertThat(a.score().score()).as(complaint).isLessThan(-0.2);
    }
  }

  @Test
  void norwegianMessagesGetNorwegianEmotions() {
    Analysis thanks = analyze("Tusen takk for at dere løste saken så raskt, helt fantastisk!");
    Analysis unsure =
        analyze("Jeg er usikker på om betalingen min har gått gjennom, kan dere sjekke?");

    assertThat(thanks.emotions()).isNotNull();
    assertThat(thanks.emotions().modelVersion()).startsWith("pulse-no-emotion-");
    assertThat(thanks.emotions().dominant()).isEqualTo(Emotion.ENTHUSIASM);
    assertThat(unsure.emotions().dominant()).isEqualTo(Emotion.UNCERTAINTY);
  }

  @Test
  void praiseButAComplaintIsMixedWithNorwegianAspects() {
    Analysis a =
        analyze(
            "Leveringen var utrolig rask og helt perfekt, men fakturaen er feil og kundeservicen"
                + " svarer aldri.");

    assertThat(a.mixed()).isTrue();
    assertThat(a.parts()).hasSize(2);
    assertThat(a.aspects())
        .extracting(Analysis.AspectScore::aspect)
        .contains("delivery", "billing", "staff");
  }

  @Test
  void cancellationIsAnAspect() {
    Analysis a = analyze("Jeg ønsker å si opp abonnementet mitt fra neste måned.");

    assertThat(a.aspects()).extracting(Analysis.AspectScore::aspect).contains("cancellation");
  }

  @Test
  void nynorskMixedLanguageAndHostileTextsAreScoredOrUnscoredWithAReasonAndNeverFail() {
    List<String> pieces =
        List.of(
            "Eg har venta i tre veker",
            "kundeservicen var ikkje til hjelp",
            "really disappointed",
            "thanks a lot",
            "fakturaen er feil",
            "ÆØÅ æøå",
            "😡😡",
            "!!!",
            "\u0000",
            "\u200b",
            "https://example.com",
            "[EMAIL]",
            "ikke",
            "men",
            "selv om",
            "bortsett fra",
            "   ",
            "1234");
    Random random = new Random(16);
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        text.append(pieces.get(random.nextInt(pieces.size())))
            .append(random.nextBoolean() ? " " : ", ");
      }
      messages.add(new Message(text.toString(), random.nextBoolean() ? null : "nn"));
    }

    List<Analysis> all = analyzer.analyzeAll(messages);

    assertThat(all).hasSize(messages.size());
    for (Analysis a : all) {
      if (a.status() == Analysis.Status.SCORED) {
        assertThat(a.score()).isNotNull();
        assertThat(a.score().score()).isBetween(-1.0, 1.0);
      } else {
        assertThat(a.unscoredReason()).isNotBlank();
      }
    }
  }
}
