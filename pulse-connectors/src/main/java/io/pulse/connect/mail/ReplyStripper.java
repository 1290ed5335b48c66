package io.pulse.connect.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds what the sender of an e-mail wrote in it: drops quoted replies ({@code >} lines and their
 * "On ... wrote:" / "Den ... skrev ...:" attribution, wherever they stand, so bottom and inline
 * replies keep their new text), everything from an earlier message's header on ("-----Original
 * Message-----", "Fra:/Sendt:", "From:/Sent:", forwarded-message markers) and the signature (from
 * "-- ", a sign-off such as "Best regards", "Thanks,", "Mvh", "Med vennlig hilsen" followed only by
 * a few short lines, or "Sent from my iPhone"). English and Norwegian forms.
 */
public final class ReplyStripper {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

  /** Markers of an earlier or forwarded message below the new text. */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "^(-{2,}\\s*(original message|opprinnelig melding|original melding|forwarded message"
              + "|videresendt melding|videresendt e-post|videresendt epost)\\s*-{2,}"
              + "|begin forwarded message:?|start p\u00e5 videresendt melding:?"
              + "|videresendt melding:?|_{10,})$",
          FLAGS);

  /** First line of an Outlook-style header block of the earlier message. */
  private static final Pattern HEADER_FROM =
      Pattern.compile("^\\*?(from|fra)\\s*:\\*?\\s*\\S.*", FLAGS);

  private static final Pattern HEADER_NEXT =
      Pattern.compile("^\\*?(sent|sendt|date|dato|to|til|subject|emne|cc)\\s*:\\*?.*", FLAGS);

  /** "On Mon, 3 Mar 2025 at 10:15, Jane <jane@example.com> wrote:" and its Norwegian forms. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "^(.{0,300}\\b(wrote|writes|skrev|skriver)\\b.{0,200}:"
              + "|.{0,300}\\b(skrev|skriver) f\u00f8lgende:?)$",
          FLAGS);

  /** Sign-offs that start a signature when only a few short lines follow them. */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "^(?i:(best|kind|warm|warmest|many|with)\\s+(regards|wishes)|regards|best|cheers|br"
              + "|thanks|thank you|many thanks|thanks again|thanks in advance|takk|tusen takk"
              + "|takk for hjelpen|mvh|m\\.v\\.h\\.?|med vennlig hilsen|vennlig hilsen"
              + "|beste hilsen|hilsen|venlig hilsen|sincerely|yours sincerely|all the best)"
              + "[,.!]?(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}[,.!]?$",
          Pattern.UNICODE_CASE);

  /** Lines that end the message's own text whatever follows them. */
  private static final Pattern SIGNATURE_START =
      Pattern.compile(
          "^(--|-- |sent from my \\S+.*|sendt fra min \\S+.*|sent from outlook.*|sendt fra outlook.*"
              + "|get outlook for .*|f\u00e5 outlook for .*|sent from mail for windows.*"
              + "|sendt fra e-post for windows.*)$",
          FLAGS);

  private static final int MAX_SIGNATURE_LINES = 8;
  private static final int MAX_SIGNATURE_LINE_CHARS = 80;

  private ReplyStripper() {}

  /** The new text of a body (lines separated by {@code \n}); empty when it has none. */
  public static String newText(String body) {
    String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int attribution = attribution(lines, i);
      if (attribution > 0) {
        if (quoteFollows(lines, i + attribution)) {
          i += attribution - 1; // the quote is dropped line by line below
          continue;
        }
        break; // an attribution above an unquoted copy of the earlier message
      }
      if (line.startsWith(">")) {
        continue;
      }
      if (SEPARATOR.matcher(line).matches() || headerBlock(lines, i)) {
        break;
      }
      own.add(line);
    }
    return HtmlText.tidy(String.join("\n", withoutSignature(own)));
  }

  /** Lines of the attribution starting at line i (1 or 2, when it wraps), or 0. */
  private static int attribution(String[] lines, int i) {
    String line = lines[i].strip();
    if (line.isEmpty() || line.startsWith(">")) {
      return 0;
    }
    if (ATTRIBUTION.matcher(line).matches() && looksLikeHeader(line)) {
      return 1;
    }
    if (i + 1 < lines.length) {
      String joined = line + " " + lines[i + 1].strip();
      if (ATTRIBUTION.matcher(joined).matches()
          && looksLikeHeader(joined)
          && !ATTRIBUTION.matcher(line).matches()
          && lines[i + 1].strip().length() < 120) {
        return 2;
      }
    }
    return 0;
  }

  /** An attribution names a date, a time or an address; a sentence ending in "wrote:" does not. */
  private static boolean looksLikeHeader(String text) {
    return text.length() <= 400 && (text.contains("@") || HAS_DIGIT.matcher(text).matches());
  }

  private static boolean quoteFollows(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        return line.startsWith(">");
      }
    }
    return false;
  }

  /** "From: ..." followed within five lines by Sent/Date/To/Subject headers. */
  private static boolean headerBlock(String[] lines, int i) {
    if (!HEADER_FROM.matcher(lines[i].strip()).matches()) {
      return false;
    }
    int headers = 0;
    for (int j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (HEADER_NEXT.matcher(lines[j].strip()).matches()) {
        headers++;
      }
    }
    return headers >= 2;
  }

  private static List<String> withoutSignature(List<String> lines) {
    int content = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (content > 0 && SIGNATURE_START.matcher(line).matches()) {
        return lines.subList(0, i);
      }
      if (content > 0 && SIGN_OFF.matcher(line).matches() && shortTail(lines, i + 1)) {
        return lines.subList(0, i);
      }
      content++;
    }
    return lines;
  }

  /** Whether at most a few short lines follow (a name, a title, a phone number). */
  private static boolean shortTail(List<String> lines, int from) {
    List<String> tail =
        lines.subList(from, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
    return tail.size() <= MAX_SIGNATURE_LINES
        && tail.stream().allMatch(l -> l.length() <= MAX_SIGNATURE_LINE_CHARS);
  }
}
