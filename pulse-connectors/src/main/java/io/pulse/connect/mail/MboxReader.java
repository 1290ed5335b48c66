package io.pulse.connect.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an mbox file into its messages: each starts at a "From " line at the start of the file or
 * after a line break; "&gt;From " lines (mboxrd quoting) lose one "&gt;". Works on bytes, so every
 * message keeps its own charset.
 */
public final class MboxReader {

  private static final Pattern QUOTED_FROM = Pattern.compile("(?m)^>(>*From )");

  private MboxReader() {}

  /**
   * The raw messages of an mbox file, each with the line number where its "From " line stands.
   *
   * @param mbox the file's bytes
   */
  public static List<Entry> split(byte[] mbox) {
    // ISO-8859-1 maps every byte to one char and back: splitting on text keeps the bytes as they
    // are
    String text = new String(mbox, StandardCharsets.ISO_8859_1);
    List<Entry> entries = new ArrayList<>();
    int start = -1;
    int startLine = 0;
    int line = 1;
    int position = 0;
    while (position <= text.length()) {
      int end = text.indexOf('\n', position);
      int lineEnd = end < 0 ? text.length() : end;
      if (text.startsWith("From ", position)) {
        if (start >= 0) {
          entries.add(entry(text.substring(start, position), startLine));
        }
        start = lineEnd + 1;
        startLine = line;
      }
      if (end < 0) {
        break;
      }
      position = end + 1;
      line++;
    }
    if (start >= 0 && start <= text.length()) {
      entries.add(entry(text.substring(Math.min(start, text.length())), startLine));
    }
    return entries;
  }

  private static Entry entry(String message, int line) {
    Matcher m = QUOTED_FROM.matcher(message);
    String unquoted = m.replaceAll("$1");
    return new Entry(line, unquoted.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * One message of an mbox file.
   *
   * @param line line of its "From " separator (from 1)
   * @param raw the RFC 822 message
   */
  public record Entry(int line, byte[] raw) {}
}
