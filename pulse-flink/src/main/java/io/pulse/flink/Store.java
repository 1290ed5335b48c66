package io.pulse.flink;

import io.pulse.store.Accepted;
import io.pulse.store.InteractionStore;
import io.pulse.store.InteractionStore.Analyzed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.StreamingRuntimeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code store} step: micro-batches of analysed interactions stored through the server's {@link
 * InteractionStore#storeAnalyzed} (the same rules: one row per external id, one current score,
 * every insight field), one transaction per batch, committed before the batch counts as done.
 * Storing is idempotent by external id, so a batch replayed after a restore from a checkpoint
 * stores nothing twice. A concurrent writer of the same id (SQL state 23505) makes the batch roll
 * back and run again, when that id is a duplicate.
 */
final class Store implements BatchStep<Analyzed, Long> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int ATTEMPTS = 5;

  private final Database database;
  private transient InteractionStore store;
  private transient Connection connection;
  private transient LongCounter created;
  private transient LongCounter duplicates;

  Store(Database database) {
    this.database = database;
  }

  @Override
  public void open(StreamingRuntimeContext context) throws SQLException {
    store = new InteractionStore(tools.jackson.databind.json.JsonMapper.shared());
    connection = database.connect();
    created = context.getLongCounter(JobCounters.CREATED);
    duplicates = context.getLongCounter(JobCounters.DUPLICATE);
  }

  /** Stores the batch and returns the ids of the interactions created now. */
  @Override
  public List<Long> apply(List<Analyzed> batch) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        InteractionStore.Stored stored =
            store.storeAnalyzed(connection, batch, Clock.systemUTC().instant());
        connection.commit();
        List<Long> ids =
            stored.outcomes().values().stream()
                .filter(a -> a.outcome() == Accepted.Outcome.CREATED)
                .map(Accepted::id)
                .toList();
        created.add(ids.size());
        duplicates.add(stored.outcomes().size() - ids.size());
        return ids;
      } catch (SQLException e) {
        rollbackQuietly();
        if (!uniqueViolation(e) || attempt == ATTEMPTS) {
          throw e;
        }
        LOG.info("store: a concurrent writer stored an id of this batch; retrying ({})", attempt);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  private static boolean uniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the task fails with the original error and restarts
    }
  }
}
