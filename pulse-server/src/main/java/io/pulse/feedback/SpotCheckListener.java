package io.pulse.feedback;

import io.pulse.scores.InteractionsScored;
import io.pulse.store.StoredInteraction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Samples every scored batch for spot checks ({@link SpotCheckSampler}) into the review queue. */
@Component
class SpotCheckListener {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckListener.class);

  private final SpotCheckSampler sampler;
  private final ReviewStore store;
  private final Clock clock = Clock.systemUTC();

  private final TransactionTemplate savepoint;

  SpotCheckListener(
      FeedbackProperties properties, ReviewStore store, PlatformTransactionManager transactions) {
    // inside the scoring transaction: a savepoint, so a failure here never undoes a score
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
      try {
        savepoint.executeWithoutResult(status -> store.enqueue(sampled, OffsetDateTime.now(clock)));
      } catch (RuntimeException e) {
        LOG.error("spot-check sampling failed: {}", e.getClass().getName());
      }
    }
  }
}
