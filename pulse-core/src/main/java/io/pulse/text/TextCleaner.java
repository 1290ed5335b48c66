package io.pulse.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * Normalises raw social and business text before tokenisation. Sentiment signals (emoji, emoticons,
 * negations, hashtag words) are kept; identifying or noisy parts (URLs, user handles) become
 * placeholder tokens.
 */
final class TextCleaner {
  static final String URL_TOKEN = "tok_url";
  static final String USER_TOKEN = "tok_user";
  static final String NUMBER_TOKEN = "tok_num";
  static final String POSITIVE_EMOTICON = "emo_pos";
  static final String NEGATIVE_EMOTICON = "emo_neg";
  static final String QUESTION_TOKEN = "tok_q";
  static final String EXCLAMATION_TOKEN = "tok_excl";

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@\\w+");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#])#(\\w+)");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d.,:/-]*\\b");

  /** Emoticons written with ASCII characters; matched before tokenisation drops punctuation. */
  private static final Pattern POSITIVE_ASCII =
      Pattern.compile("(?<!\\S)(?:[:;=8][-o']?[)\\]dDpP*>}]|\\^_*\\^|<3+|\\(:)(?!\\S)");

  private static final Pattern NEGATIVE_ASCII =
      Pattern.compile("(?<!\\S)(?:[:;=8][-']?'?[(\\[/\\\\|{<]|D:|</3|\\):)(?!\\S)");

  /** Pictographic emoji with a clear polarity; other emoji pass through as their own tokens. */
  private static final Map<String, String> EMOJI_POLARITY = emojiPolarity();

  /** Recently cleaned texts, per setting of numbersAsToken (index 1: true). */
  private static final TextMemo<String>[] RECENT = recentMemos();

  private TextCleaner() {}

  /** Cleans one text; never returns null. */
  static String clean(String raw, boolean numbersAsToken) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    TextMemo<String> recent = RECENT[numbersAsToken ? 1 : 0];
    String cleaned = recent.get(raw);
    if (cleaned == null) {
      cleaned = cleanNow(raw, numbersAsToken);
      // Placeholders can make a text five times longer; such results are not kept (a few
      // placeholders in a short text are).
      if (cleaned.length() <= 2 * raw.length() + 32) {
        recent.put(raw, cleaned);
      }
    }
    return cleaned;
  }

  @SuppressWarnings("unchecked")
  private static TextMemo<String>[] recentMemos() {
    // 4,096 slots hold a batch of 1,000 messages and their clauses; texts up to 500 chars keep the
    // worst case near 6 MB per setting (about 1 MB for tweets).
    return new TextMemo[] {new TextMemo<String>(4096, 500), new TextMemo<String>(4096, 500)};
  }

  /** Cleans without the memo. */
  static String cleanNow(String raw, boolean numbersAsToken) {
    String text = raw;
    if (text.indexOf('&') >= 0 || text.indexOf('<') >= 0) {
      text = decodeHtml(text);
    }
    // Each pass runs only when its trigger character is present: most texts skip most passes.
    if (text.contains("http") || text.contains("www.") || text.contains("HTTP")) {
      text = URL.matcher(text).replaceAll(" " + URL_TOKEN + " ");
    }
    if (text.indexOf('@') >= 0) {
      text = MENTION.matcher(text).replaceAll(" " + USER_TOKEN + " ");
    }
    if (text.indexOf('#') >= 0) {
      text = HASHTAG.matcher(text).replaceAll(" $1 ");
    }
    if (hasAny(text, ":;=8<^(")) {
      text = POSITIVE_ASCII.matcher(text).replaceAll(" " + POSITIVE_EMOTICON + " ");
      text = NEGATIVE_ASCII.matcher(text).replaceAll(" " + NEGATIVE_EMOTICON + " ");
    }
    text = mapEmoji(text);
    if (numbersAsToken && hasAny(text, "0123456789")) {
      text = NUMBER.matcher(text).replaceAll(" " + NUMBER_TOKEN + " ");
    }
    text = squeeze(text);
    // Tokenisation drops punctuation, but "?" marks questions (mostly neutral) and "!" emphasis.
    if (text.indexOf('?') >= 0) {
      text = text.replace("?", " " + QUESTION_TOKEN + " ");
    }
    if (text.indexOf('!') >= 0) {
      text = text.replace("!", " " + EXCLAMATION_TOKEN + " ");
    }
    return text.toLowerCase(Locale.ROOT).strip();
  }

  private static boolean hasAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Squeezes runs of 3+ equal letters to two ("soooo" to "soo") and of "!?." to one. */
  private static String squeeze(String text) {
    StringBuilder out = null;
    int run = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = i > 0 && text.charAt(i - 1) == c ? run + 1 : 1;
      boolean drop =
          (run > 2 && Character.isLetter(c)) || (run > 1 && (c == '!' || c == '?' || c == '.'));
      if (drop && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Decodes HTML entities ({@code &amp;}, {@code &lt;3}, {@code &#39;}) and strips markup. */
  private static String decodeHtml(String text) {
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(text))) {
      StringBuilder out = new StringBuilder(text.length());
      char[] buffer = new char[256];
      int read;
      while ((read = filter.read(buffer)) != -1) {
        out.append(buffer, 0, read);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
  }

  private static String mapEmoji(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      String polarity =
          codePoint >= 0x2600 ? EMOJI_POLARITY.get(new String(Character.toChars(codePoint))) : null;
      if (polarity != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (polarity != null) {
          out.append(' ').append(polarity).append(' ');
        } else {
          out.appendCodePoint(codePoint);
        }
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static Map<String, String> emojiPolarity() {
    Map<String, String> map = new java.util.HashMap<>();
    String positive =
        "😀😁😂😃😄😅😆😉😊😋😍😎😘😙😚☺🙂🤗🤩🥰😇👍👏🙌🙏💯🎉🎊✨❤💕💖💗💙💚💛💜♥😻✌👌🤣😜😝";
    String negative =
        "😞😟😠😡😢😣😤😥😦😧😨😩😪😫😬😭😮😯😰😱😲😳😵😶😷😒😓😔😕😖🙁☹👎💔🤬🤮🤢😑🙄";
    positive
        .codePoints()
        .forEach(c -> map.put(new String(Character.toChars(c)), POSITIVE_EMOTICON));
    negative
        .codePoints()
        .forEach(c -> map.put(new String(Character.toChars(c)), NEGATIVE_EMOTICON));
    return Map.copyOf(map);
  }
}
