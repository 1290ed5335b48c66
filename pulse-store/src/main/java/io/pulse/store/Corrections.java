package io.pulse.store;

import io.pulse.core.SentimentLabel;
import io.pulse.core.SentimentScore;
import io.pulse.store.ScoreDecision.CurrentScore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person's label as the current score of an interaction. */
final class Corrections {

  private Corrections() {}

  static Optional<InteractionStore.Correction> correct(
      Connection c, long id, SentimentLabel label, String user, Instant now) throws SQLException {
    // locks the interaction: corrections and scoring of it run one after the other
    try (PreparedStatement lock =
        c.prepareStatement("SELECT id FROM interactions WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, id);
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
      }
    }
    Optional<SentimentScore> previous =
        Optional.ofNullable(ScoreWriter.current(c, List.of(id)).get(id)).map(CurrentScore::score);
    String version = InteractionStore.humanVersion(user);
    try (PreparedStatement uncurrent =
        c.prepareStatement(
            "UPDATE scores SET is_current = FALSE WHERE interaction_id = ? AND is_current = TRUE"
                + " AND model_version <> ?")) {
      uncurrent.setLong(1, id);
      uncurrent.setString(2, version);
      uncurrent.executeUpdate();
    }
    SentimentScore gold = ScoreWriter.gold(label, version);
    ScoreWriter.writeRows(c, List.of(new ScoreWriter.Row(id, gold, false, true)), now);
    Optional<ScoreChanged> change =
        previous.map(
            p -> new ScoreChanged(id, p.score(), gold.score(), ScoreChanged.Cause.CORRECTION));
    return Optional.of(new InteractionStore.Correction(previous, gold, change));
  }
}
