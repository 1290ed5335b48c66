package io.pulse.server;

import java.nio.file.Path;
import java.util.UUID;

/** Values shared by the server test contexts. */
public final class ServerTestSupport {

  /** Shared secret of the helpdesk and chat webhooks in the test contexts. */
  public static final String WEBHOOK_SECRET = "webhook-secret-0123456789";

  /** Users configured in the test contexts (user = password prefix). */
  public static final String[] USERS = {
    "pulse.security.users.ingest.password=ingest-pw",
    "pulse.security.users.ingest.roles=ingest",
    "pulse.security.users.analyst.password=analyst-pw",
    "pulse.security.users.analyst.roles=analyst",
    "pulse.security.users.agent.password=agent-pw",
    "pulse.security.users.agent.roles=agent",
    "pulse.security.users.reviewer.password=reviewer-pw",
    "pulse.security.users.reviewer.roles=reviewer",
    "pulse.security.users.dpo.password=dpo-pw",
    "pulse.security.users.dpo.roles=dpo",
    "pulse.security.users.admin.password={noop}admin-pw",
    "pulse.security.users.admin.roles=admin,ingest,analyst",
    "pulse.privacy.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "pulse.ingest.max-text-chars=2000",
    "pulse.ingest.max-single-request-bytes=16384",
    "pulse.ingest.max-bulk-request-bytes=4000000",
    "pulse.ingest.batch-size=64",
    // Issue 8: no real Norwegian/emotion models in the fake-scorer contexts (Norwegian falls back
    // to the lexicon); re-scoring runs only when a test asks for it.
    "pulse.insight.norwegian-model=none",
    "pulse.insight.emotion-model=none",
    "pulse.scoring.fallback-rescore-interval=PT0S",
    "pulse.connectors.webhooks.zendesk.secret=" + ServerTestSupport.WEBHOOK_SECRET,
    "pulse.connectors.webhooks.freshdesk.secret=" + ServerTestSupport.WEBHOOK_SECRET,
    "pulse.connectors.webhooks.intercom.secret=" + ServerTestSupport.WEBHOOK_SECRET,
    // retention runs when a test asks for it
    "pulse.retention.cron=-"
  };

  private ServerTestSupport() {}

  /** A fresh data directory under target/. */
  public static Path newDataDir() {
    return Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
  }

  /** A unique prefix so tests sharing a context never collide on external ids or products. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
