package io.pulse.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRouterTest {

  private static final String NORWEGIAN = "Fakturaen er feil for tredje gang, og ingen svarer meg";
  private static final String NYNORSK =
      "Eg har venta i tre veker på svar frå dykk, det er ikkje greitt";
  private static final String ENGLISH =
      "The invoice is wrong for the third time and nobody answers";
  private static final String GERMAN = "Die Rechnung ist schon wieder falsch und niemand antwortet";

  @Test
  void automaticRoutingSendsEachTextToTheModelOfItsLanguage() {
    List<LanguageRouter.Route> routes =
        LanguageRouter.automatic(LanguageDetection.withDefaults())
            .routeAll(List.of(NORWEGIAN, NYNORSK, ENGLISH, GERMAN));

    assertThat(routes)
        .extracting(LanguageRouter.Route::model)
        .containsExactly(Language.NORWEGIAN, Language.NORWEGIAN, Language.ENGLISH, null);
    assertThat(routes.get(3).scored()).isFalse();
    assertThat(routes.get(3).unscoredReason()).isEqualTo(LanguageRouter.UNSUPPORTED_LANGUAGE);
    assertThat(routes.get(0).unscoredReason()).isNull();
  }

  @Test
  void aForcedLanguageSkipsDetection() {
    List<LanguageRouter.Route> routes =
        LanguageRouter.parse("nb").routeAll(List.of(ENGLISH, GERMAN, ""));

    assertThat(routes)
        .allSatisfy(route -> {
          assertThat(route.model()).isEqualTo(Language.NORWEGIAN);
          assertThat(route.language().code()).isEqualTo("no");
          assertThat(route.language().source()).isEqualTo(DetectedLanguage.Source.FORCED);
        });
  }

  @Test
  void autoOrBlankRoutesByDetectionAndAnUnknownValueIsNamed() {
    assertThat(LanguageRouter.parse("auto").forcedLanguage()).isNull();
    assertThat(LanguageRouter.parse(null).forcedLanguage()).isNull();
    assertThat(LanguageRouter.parse("NO").forcedLanguage()).isEqualTo(Language.NORWEGIAN);
    assertThatThrownBy(() -> LanguageRouter.parse("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'klingon'");
  }
}
