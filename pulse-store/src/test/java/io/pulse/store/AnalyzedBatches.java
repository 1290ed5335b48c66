package io.pulse.store;

import io.pulse.core.AuthorRole;
import io.pulse.core.Channel;
import io.pulse.core.Emotion;
import io.pulse.core.EmotionScores;
import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.insight.Analysis;
import io.pulse.language.DetectedLanguage;
import io.pulse.privacy.PiiType;
import io.pulse.privacy.RedactionSpan;
import io.pulse.store.InteractionStore.Analyzed;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Batches of analysed interactions with every kind of analysis the store keeps apart. */
final class AnalyzedBatches {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private AnalyzedBatches() {}

  /**
   * One of each: scored by the model with aspects (one out of range), emotions, tags, product, a
   * conversation and an agent's role at a non-UTC offset with nanoseconds; scored by the fallback
   * with nothing else; unscored in an unsupported language (its aspects are not stored); mixed with
   * parts; the first id again (stored with the first interaction and the last analysis); and {@code
   * stored}, an id already stored.
   */
  static List<Analyzed> mixed(String prefix, String stored) {
    ProtectedInteraction full =
        interaction(
            prefix + "a-full",
            Channel.CHAT,
            OffsetDateTime.of(2025, 3, 1, 11, 0, 0, 123_456_789, ZoneOffset.ofHours(2)),
            "conv-1",
            "router-x",
            List.of("vip", "billing"),
            AuthorRole.AGENT);
    return List.of(
        new Analyzed(
            full,
            new Analysis(
                "en",
                DetectedLanguage.Source.DETECTED,
                Analysis.Status.SCORED,
                null,
                score(0.7f, "m-1"),
                Analysis.ScoredBy.MODEL,
                false,
                List.of(),
                List.of(
                    new Analysis.AspectScore("delivery", -0.6),
                    new Analysis.AspectScore("price", -1.4)),
                emotions(Emotion.FRUSTRATION))),
        new Analyzed(
            interaction(prefix + "b-fallback", Channel.EMAIL, AT, null, null, List.of(), null),
            new Analysis(
                "de",
                DetectedLanguage.Source.DECLARED,
                Analysis.Status.SCORED,
                null,
                score(0.2f, "lexicon"),
                Analysis.ScoredBy.FALLBACK,
                false,
                List.of(),
                List.of(),
                null)),
        new Analyzed(interaction(stored, Channel.CALL, AT, null, "p", List.of(), null), scored()),
        new Analyzed(
            interaction(prefix + "c-unsupported", Channel.REVIEW, AT, null, null, List.of(), null),
            unsupported()),
        new Analyzed(
            interaction(
                prefix + "d-mixed",
                Channel.TICKET,
                AT.plusMinutes(5),
                "conv-1",
                "router-x",
                List.of("vip"),
                AuthorRole.BOT),
            new Analysis(
                "en",
                DetectedLanguage.Source.DEFAULT,
                Analysis.Status.SCORED,
                null,
                score(0.45f, "m-1"),
                Analysis.ScoredBy.MODEL,
                true,
                List.of(
                    new Analysis.Part("The product is interesting,", 0.8, SentimentLabel.POSITIVE),
                    new Analysis.Part("but delivery was awful", -0.9, SentimentLabel.NEGATIVE)),
                List.of(
                    new Analysis.AspectScore("product", 0.8),
                    new Analysis.AspectScore("delivery", -0.9)),
                emotions(Emotion.ENTHUSIASM))),
        new Analyzed(
            interaction(prefix + "a-full", Channel.CALL, AT, null, "other", List.of(), null),
            new Analysis(
                "en",
                DetectedLanguage.Source.DETECTED,
                Analysis.Status.SCORED,
                null,
                score(0.1f, "m-2"),
                Analysis.ScoredBy.MODEL,
                false,
                List.of(),
                List.of(new Analysis.AspectScore("support", 0.5)),
                emotions(Emotion.NONE))));
  }

  /** {@code size} new interactions: every tenth unscored, the others scored with two aspects. */
  static List<Analyzed> backfill(String prefix, int size) {
    List<Analyzed> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ProtectedInteraction in =
          interaction(
              prefix + i, Channel.CHAT, AT.plusSeconds(i), null, "p" + i % 7, List.of("t"), null);
      batch.add(new Analyzed(in, i % 10 == 9 ? unsupported() : scored()));
    }
    return batch;
  }

  /** A model score with two aspects and emotions. */
  static Analysis scored() {
    return new Analysis(
        "en",
        DetectedLanguage.Source.DETECTED,
        Analysis.Status.SCORED,
        null,
        score(0.6f, "m-1"),
        Analysis.ScoredBy.MODEL,
        false,
        List.of(),
        List.of(new Analysis.AspectScore("delivery", -0.4), new Analysis.AspectScore("app", 0.2)),
        emotions(Emotion.IRRITATION));
  }

  private static Analysis unsupported() {
    return new Analysis(
        "fi",
        DetectedLanguage.Source.DETECTED,
        Analysis.Status.UNSCORED,
        Analysis.UNSUPPORTED_LANGUAGE,
        null,
        null,
        false,
        List.of(),
        List.of(new Analysis.AspectScore("delivery", 0.2)),
        null);
  }

  private static SentimentScore score(float negative, String version) {
    return SentimentScore.fromProbabilities(new float[] {negative, 0.1f, 0.9f - negative}, version);
  }

  private static EmotionScores emotions(Emotion dominant) {
    return new EmotionScores(dominant, Map.of(dominant, 0.7, Emotion.UNCERTAINTY, 0.3), "emo-1");
  }

  private static ProtectedInteraction interaction(
      String externalId,
      Channel channel,
      OffsetDateTime occurredAt,
      String conversationId,
      String product,
      List<String> tags,
      AuthorRole role) {
    return new ProtectedInteraction(
        externalId,
        channel,
        occurredAt,
        "c_0123456789abcdef01234567",
        conversationId,
        product,
        tags,
        "en",
        "mail [EMAIL] about the router",
        List.of(new RedactionSpan(PiiType.EMAIL, 5, 12)),
        role);
  }
}
