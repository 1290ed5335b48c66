package io.pulse.connect.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The e-mail corpus (src/test/resources/mail-corpus, written by scripts/mail-corpus.py): real MIME
 * messages with the text their sender wrote beside each. At least 95% must come out as exactly that
 * text (whitespace within lines and blank-line runs normalised); every miss is printed.
 */
class MailCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/mail-corpus");

  static List<Path> messages() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
    }
  }

  static String expected(Path eml) throws IOException {
    String name = eml.getFileName().toString().replace(".eml", ".expected.txt");
    return HtmlText.tidy(Files.readString(eml.resolveSibling(name), StandardCharsets.UTF_8));
  }

  @Test
  void atLeast95PercentOfTheCorpusYieldExactlyTheNewText() throws Exception {
    List<Path> messages = messages();
    assertThat(messages).hasSizeGreaterThanOrEqualTo(60);
    List<String> misses = new ArrayList<>();
    for (Path eml : messages) {
      MailMessage mail = MailParser.parse(Files.readAllBytes(eml));
      String expected = expected(eml);
      if (!mail.newText().equals(expected)) {
        misses.add(
            eml.getFileName()
                + "\n  expected: "
                + expected.replace("\n", "\\n")
                + "\n  found:    "
                + mail.newText().replace("\n", "\\n"));
      }
    }
    misses.forEach(System.out::println);
    double exact = 1.0 - (double) misses.size() / messages.size();
    System.out.printf(
        "mail corpus: %d of %d exact (%.1f%%)%n",
        messages.size() - misses.size(), messages.size(), 100 * exact);
    assertThat(exact).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.95);
  }
}
