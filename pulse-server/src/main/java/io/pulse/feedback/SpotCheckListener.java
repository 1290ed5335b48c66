package io.pulse.feedback;

import io.pulse.scores.InteractionsScored;
import io.pulse.store.StoredInteraction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Samples every scored batch for spot checks ({@link SpotCheckSampler}) into the review queue. */
@Component
class SpotCheckListener {

  private final SpotCheckSampler sampler;
  private final ReviewStore store;
  private final Clock clock = Clock.systemUTC();

  SpotCheckListener(FeedbackProperties properties, ReviewStore store) {
    long seed =
        properties.samplingSeed() != null
            ? properties.samplingSeed()
            : new SecureRandom().nextLong();
    this.sampler =
        new SpotCheckSampler(properties.sampleRate(), properties.lowConfidenceBoost(), seed);
    this.store = store;
  }

  @EventListener
  void scored(InteractionsScored event) {
    List<StoredInteraction> interactions = event.interactions();
    List<ReviewStore.Sampled> sampled = new ArrayList<>();
    for (StoredInteraction interaction : interactions) {
      double p =
          sampler.sample(
              interaction.id(), interaction.score().label(), interaction.score().confidence());
      if (p > 0) {
        sampled.add(
            new ReviewStore.Sampled(
                interaction.id(),
                interaction.score().modelVersion(),
                interaction.score().label(),
                interaction.score().confidence(),
                p));
      }
    }
    if (!sampled.isEmpty()) {
      store.enqueue(sampled, OffsetDateTime.now(clock));
    }
  }
}
