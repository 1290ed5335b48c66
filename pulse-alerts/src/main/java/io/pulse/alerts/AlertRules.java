package io.pulse.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which alerts one new score calls for: the escalation table for the interaction itself,
 * the {@link WindowRules} of each of its series' rolling windows, and the baseline tests of trend
 * dimensions.
 */
final class AlertRules {

  private final AlertConfig config;
  private final SeriesWindows windows;
  private final WindowRules windowRules;

  AlertRules(AlertConfig config, SeriesWindows windows) {
    this.config = config;
    this.windows = windows;
    this.windowRules = new WindowRules(config);
  }

  List<Candidate> evaluate(InteractionScore score, Instant now) {
    List<Candidate> candidates = new ArrayList<>();
    interaction(score, now, candidates);
    for (SeriesKey key : score.series()) {
      WindowStats stats = windows.current(key, now);
      for (WindowRules.WindowAlert alert : windowRules.evaluate(key, stats)) {
        candidates.add(
            new Candidate(alert.kind(), alert.series(), alert.level(), alert.evidence(), null));
      }
      if (config.trend().dimensions().contains(key.dimension())) {
        trend(key, stats, windows.baseline(key, now), candidates);
      }
    }
    return candidates;
  }

  /**
   * Single-interaction rules. Scores older than one window (e.g. a history import) only feed the
   * series: alerting on last year's e-mail would be noise.
   */
  private void interaction(InteractionScore score, Instant now, List<Candidate> out) {
    if (Duration.between(score.occurredAt(), now).compareTo(config.trend().window()) > 0) {
      return;
    }
    SeriesKey customer = new SeriesKey(Dimension.CUSTOMER, score.customerKey());
    Band band = config.bands().classify(score.score());
    int negative = config.bands().isNegative(score.score()) ? 1 : 0;
    Evidence evidence =
        new Evidence(score.score(), 1, negative, null, score.occurredAt(), score.occurredAt());
    if (band == Band.ORANGE || band == Band.RED) {
      out.add(
          new Candidate(
              AlertKind.NEGATIVE_INTERACTION, customer, band, evidence, score.interactionId()));
    } else if (score.score() > config.escalation().successAbove() && score.successEligible()) {
      out.add(
          new Candidate(
              AlertKind.SUCCESS_STORY, customer, Band.GREEN, evidence, score.interactionId()));
    }
  }

  /**
   * The conversation rule: the customer's last turns fell by more than the step and the last is not
   * green. Old turns (a history import) raise nothing, as single interactions.
   */
  Optional<Candidate> conversation(ConversationTurn turn, Instant now) {
    AlertConfig.Conversation rule = config.conversation();
    List<Double> scores = turn.customerScores();
    double last = scores.getLast();
    Band band = config.bands().classify(last);
    if (Duration.between(turn.occurredAt(), now).compareTo(config.trend().window()) > 0
        || band == Band.GREEN
        || !rule.falls(scores)) {
      return Optional.empty();
    }
    List<Double> window = scores.subList(scores.size() - rule.turns(), scores.size());
    int negatives = (int) window.stream().filter(config.bands()::isNegative).count();
    Evidence evidence =
        new Evidence(last, window.size(), negatives, null, turn.occurredAt(), turn.occurredAt());
    return Optional.of(
        new Candidate(
            AlertKind.CONVERSATION_ESCALATING,
            new SeriesKey(Dimension.CONVERSATION, turn.conversationId()),
            band.max(Band.ORANGE),
            evidence,
            turn.interactionId()));
  }

  private void trend(SeriesKey key, WindowStats stats, Baseline baseline, List<Candidate> out) {
    AlertConfig.Trend trend = config.trend();
    Band level = windowRules.trendLevel(stats);
    if (stats.count() < trend.minCount() || baseline.windows() < trend.minBaselineWindows()) {
      return;
    }
    double zMean = baseline.zScore(stats.mean());
    if (zMean <= -trend.zThreshold()) {
      out.add(new Candidate(AlertKind.TREND_DROP, key, level, evidence(stats, zMean), null));
    }
    double zShare = baseline.zShare(stats.negativeShare(), stats.count());
    if (zShare >= trend.zThreshold()) {
      out.add(new Candidate(AlertKind.NEGATIVE_SHARE, key, level, evidence(stats, zShare), null));
    }
  }

  private static Evidence evidence(WindowStats stats, Double z) {
    return WindowRules.evidence(stats, z);
  }
}
