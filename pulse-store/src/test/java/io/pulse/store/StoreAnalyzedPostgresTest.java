package io.pulse.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

class StoreAnalyzedPostgresTest extends StoreAnalyzedChecks {

  /** As the Flink job connects: batched inserts rewritten into multi-row inserts. */
  @Override
  String newDatabase() {
    return StoreDatabase.postgres() + "?reWriteBatchedInserts=true";
  }

  @Override
  Map<String, String> rowWork(Connection c) throws SQLException {
    Map<String, String> work = new TreeMap<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del"
                    + " FROM pg_stat_xact_user_tables WHERE relname IN ('interactions', 'scores',"
                    + " 'interaction_aspects', 'scoring_queue')");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        work.put(
            rs.getString(1),
            "ins=%d upd=%d (hot %d) del=%d"
                .formatted(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      }
    }
    return work;
  }
}
