package io.pulse.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.core.SentimentScore;
import io.pulse.core.SentimentScorer;
import io.pulse.text.Language;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ResilientScorerTest {

  @Test
  void usesTheModelWhileItWorksAndTheLexiconWhenItIsMissingOrThrows() {
    AtomicReference<SentimentScorer> model = new AtomicReference<>(fixed());
    ResilientScorer scorer = new ResilientScorer(Language.ENGLISH, model::get);

    ResilientScorer.Batch ok = scorer.scoreAll(List.of("great", "awful"));
    assertThat(ok.fallback()).isFalse();
    assertThat(ok.scores()).extracting(SentimentScore::modelVersion).containsOnly("m-1");

    model.set(null);
    ResilientScorer.Batch missing = scorer.scoreAll(List.of("great", "awful"));
    assertThat(missing.fallback()).isTrue();
    assertThat(missing.scores()).extracting(SentimentScore::modelVersion).containsOnly("lexicon-1");
    assertThat(missing.scores().get(0).score()).isPositive();
    assertThat(missing.scores().get(1).score()).isNegative();
    assertThat(scorer.state().reason()).isEqualTo("model not available");

    model.set(throwing());
    assertThat(scorer.scoreAll(List.of("great")).fallback()).isTrue();
    assertThat(scorer.state().reason()).contains("IllegalStateException");

    model.set(fixed());
    assertThat(scorer.scoreAll(List.of("great")).fallback()).isFalse();
    assertThat(scorer.state().fallback()).isFalse();
  }

  private static SentimentScorer fixed() {
    return new SentimentScorer() {
      @Override
      public List<SentimentScore> scoreAll(List<String> texts) {
        return texts.stream()
            .map(t -> SentimentScore.fromProbabilities(new float[] {0.1f, 0.2f, 0.7f}, "m-1"))
            .toList();
      }

      @Override
      public String version() {
        return "m-1";
      }

      @Override
      public void close() {}
    };
  }

  private static SentimentScorer throwing() {
    return new SentimentScorer() {
      @Override
      public List<SentimentScore> scoreAll(List<String> texts) {
        throw new IllegalStateException("native crash");
      }

      @Override
      public String version() {
        return "m-1";
      }

      @Override
      public void close() {}
    };
  }
}
