package io.pulse.connect.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Reads the new messages of one IMAP(S) folder by UID. The caller keeps the {@link Cursor} (the
 * folder's UIDVALIDITY and the last UID it has durably accepted): a poll hands over the messages
 * above it in UID order, batch by batch, and moves the cursor only after the sink accepted a batch,
 * so a crash re-reads at most the batch in flight (stored once: external ids are Message-IDs) and
 * never skips one. A new UIDVALIDITY (the folder was recreated) starts from its first message.
 */
public final class ImapPoller {

  private final Settings settings;
  private final Session session;

  public ImapPoller(Settings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    String protocol = settings.ssl() ? "imaps" : "imap";
    long timeout = settings.timeout().toMillis();
    properties.setProperty("mail." + protocol + ".connectiontimeout", Long.toString(timeout));
    properties.setProperty("mail." + protocol + ".timeout", Long.toString(timeout));
    properties.setProperty("mail." + protocol + ".partialfetch", "false");
    if (settings.ssl() && settings.trustAll()) {
      properties.setProperty("mail.imaps.ssl.trust", "*");
      properties.setProperty("mail.imaps.ssl.checkserveridentity", "false");
      properties.setProperty("mail.imaps.ssl.endpointidentification", "");
    }
    this.session = Session.getInstance(properties);
  }

  /**
   * Reads every message above the cursor and hands it to the sink in batches.
   *
   * @param stopAfter most batches this poll reads (a bound per poll; the rest waits for the next)
   * @return the cursor after the last accepted batch
   * @throws MessagingException when the server cannot be reached or read; the cursor returned by
   *     the sink's last accepted batch is the one to keep
   * @throws Exception what the sink throws; the batch was not accepted
   */
  public Cursor poll(Cursor cursor, Sink sink, int stopAfter) throws Exception {
    Store store = session.getStore(settings.ssl() ? "imaps" : "imap");
    store.connect(settings.host(), settings.port(), settings.username(), settings.password());
    try {
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_ONLY);
      try {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        Cursor at =
            cursor == null || cursor.uidValidity() != validity ? new Cursor(validity, 0) : cursor;
        List<Message> above = above(uids, folder, at.lastUid());
        int limit = (int) Math.min(above.size(), (long) stopAfter * settings.batchSize());
        for (int from = 0; from < limit; from += settings.batchSize()) {
          List<Message> chunk = above.subList(from, Math.min(limit, from + settings.batchSize()));
          List<Polled> polled = read(uids, folder, chunk);
          Cursor after = new Cursor(validity, polled.getLast().uid());
          sink.accept(polled, after);
          at = after;
        }
        return at;
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  /** The messages above {@code lastUid}, in UID order (one UID fetch for the whole poll). */
  private static List<Message> above(UIDFolder uids, Folder folder, long lastUid)
      throws MessagingException {
    Message[] messages = uids.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
    FetchProfile profile = new FetchProfile();
    profile.add(UIDFolder.FetchProfileItem.UID);
    folder.fetch(messages, profile);
    List<Message> above = new ArrayList<>(messages.length);
    for (Message message : messages) {
      // "UID n:*" also returns the last message when n is above every UID
      if (message != null && uids.getUID(message) > lastUid) {
        above.add(message);
      }
    }
    above.sort(java.util.Comparator.comparingLong(m -> uid(uids, m)));
    return above;
  }

  private static long uid(UIDFolder uids, Message message) {
    try {
      return uids.getUID(message);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads one batch: dates and whole messages in one fetch, then parses each. */
  private static List<Polled> read(UIDFolder uids, Folder folder, List<Message> batch)
      throws MessagingException {
    Message[] messages = batch.toArray(Message[]::new);
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
    folder.fetch(messages, profile);
    List<Polled> polled = new ArrayList<>(batch.size());
    for (Message message : batch) {
      long uid = uids.getUID(message);
      Instant received =
          message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
      try {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        polled.add(new Polled(uid, MailParser.parse(raw.toByteArray()), received, null));
      } catch (MessagingException | IOException | RuntimeException e) {
        // one unreadable message never blocks the mailbox: it is reported and passed
        polled.add(new Polled(uid, null, received, e.getClass().getSimpleName()));
      }
    }
    return polled;
  }

  /**
   * Where a mailbox was read up to.
   *
   * @param uidValidity the folder's UIDVALIDITY the UIDs belong to
   * @param lastUid the highest UID accepted
   */
  public record Cursor(long uidValidity, long lastUid) {}

  /**
   * One message read.
   *
   * @param uid its UID
   * @param message the parsed message, or null when it could not be read
   * @param received when the server received it
   * @param failure why it could not be read, or null
   */
  public record Polled(long uid, MailMessage message, Instant received, String failure) {}

  /** Takes a batch durably; the cursor moves only when it returns. */
  @FunctionalInterface
  public interface Sink {
    void accept(List<Polled> batch, Cursor after) throws Exception;
  }

  /**
   * How to reach the folder.
   *
   * @param host IMAP server
   * @param port its port
   * @param ssl IMAPS
   * @param trustAll trust any server certificate (tests against a local server only)
   * @param username login
   * @param password password
   * @param folder folder name
   * @param batchSize messages per batch
   * @param timeout connect and read timeout
   */
  public record Settings(
      String host,
      int port,
      boolean ssl,
      boolean trustAll,
      String username,
      String password,
      String folder,
      int batchSize,
      Duration timeout) {

    @Override
    public String toString() {
      return "Settings[host=" + host + ", port=" + port + ", folder=" + folder + "]";
    }
  }
}
