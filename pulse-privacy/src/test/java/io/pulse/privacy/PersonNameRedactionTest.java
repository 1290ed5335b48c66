package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameRedactionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi John, my order is late.|Hi [PERSON_NAME], my order is late.",
        "Dear Mrs Smith,|Dear Mrs [PERSON_NAME],",
        "Dear Mr. O'Brien,|Dear Mr. [PERSON_NAME],",
        "Hello Anna Berg!|Hello [PERSON_NAME]!",
        "Hei Kari, pakken kom ikke.|Hei [PERSON_NAME], pakken kom ikke.",
        "Kjære Ola Nordmann,|Kjære [PERSON_NAME],",
        "@116469 Hi Kelli. Sorry about that.|@116469 Hi [PERSON_NAME]. Sorry about that.",
        "Good morning Anne-Marie,|Good morning [PERSON_NAME],"
      })
  void namesAfterGreetingsAreReplaced(String text, String expected) {
    assertThat(redacted(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It broke.\\nRegards, John Smith|It broke.\\nRegards, [PERSON_NAME]",
        "It broke.\\nBest,\\nAnna|It broke.\\nBest,\\n[PERSON_NAME]",
        "It broke. Thanks, Ola Nordmann|It broke. Thanks, [PERSON_NAME]",
        "Det ble feil.\\nMvh Kari Nordmann|Det ble feil.\\nMvh [PERSON_NAME]",
        "Det ble feil.\\nMed vennlig hilsen\\nIngrid Hansen|"
            + "Det ble feil.\\nMed vennlig hilsen\\n[PERSON_NAME]",
        "It broke.\\nSincerely,\\nHans Mueller|It broke.\\nSincerely,\\n[PERSON_NAME]",
        "It broke.\\nKind regards,\\nKate Williams from Leeds|"
            + "It broke.\\nKind regards,\\n[PERSON_NAME] from Leeds",
        "So sorry about that. -Becky|So sorry about that. -[PERSON_NAME]"
      })
  void namesInSignOffsAreReplaced(String text, String expected) {
    assertThat(redacted(unescape(text))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hello, my name is Peter Parker and I need help.|"
            + "Hello, my name is [PERSON_NAME] and I need help.",
        "Hei, jeg heter Kari Nordmann og har et spørsmål.|"
            + "Hei, jeg heter [PERSON_NAME] og har et spørsmål.",
        "Name: Jane Doe|Name: [PERSON_NAME]",
        "My name is Jane Doe Please help|My name is [PERSON_NAME] Please help"
      })
  void namesInSelfIntroductionsAreReplaced(String text, String expected) {
    assertThat(redacted(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi team, the app is down.",
        "Dear Customer Service,",
        "Dear Sir or Madam,",
        "Thanks, again!",
        "Thanks Again!",
        "Hi all, any news?",
        "Hei alle sammen!",
        "Hello, I have a problem.",
        "Hi, Can you help?",
        "Hey there!",
        "Thank you JetBlue!",
        "Thanks @united for nothing",
        "Hi Delta my bag is lost",
        "I am Happy with the service",
        "Mvh Kundeservice",
        "Regards, The Support Team",
        "Best Buy is the worst store"
      })
  void greetingsAndSignOffsWithoutNamesAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }

  @Test
  void aNameFoundInContextIsReplacedEverywhereInTheText() {
    assertThat(redacted("Hi Kari,\nKari's order and Karina's order are late."))
        .isEqualTo("Hi [PERSON_NAME],\n[PERSON_NAME]'s order and Karina's order are late.");
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }
}
