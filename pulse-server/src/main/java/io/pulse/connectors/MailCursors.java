package io.pulse.connectors;

import io.pulse.connect.mail.ImapPoller;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code mail_cursors}: per mailbox, the last UID ingest accepted. */
@Repository
class MailCursors {

  private final JdbcClient jdbc;

  MailCursors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ImapPoller.Cursor> read(String mailbox) {
    return jdbc.sql("SELECT uid_validity, last_uid FROM mail_cursors WHERE mailbox = :mailbox")
        .param("mailbox", mailbox)
        .query((rs, n) -> new ImapPoller.Cursor(rs.getLong(1), rs.getLong(2)))
        .optional();
  }

  void save(String mailbox, ImapPoller.Cursor cursor) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        jdbc.sql(
                "UPDATE mail_cursors SET uid_validity = :validity, last_uid = :uid,"
                    + " updated_at = :now WHERE mailbox = :mailbox")
            .param("validity", cursor.uidValidity())
            .param("uid", cursor.lastUid())
            .param("now", now)
            .param("mailbox", mailbox)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO mail_cursors (mailbox, uid_validity, last_uid, updated_at)"
                  + " VALUES (:mailbox, :validity, :uid, :now)")
          .param("validity", cursor.uidValidity())
          .param("uid", cursor.lastUid())
          .param("now", now)
          .param("mailbox", mailbox)
          .update();
    }
  }
}
