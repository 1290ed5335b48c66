package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte-level CSV rules the transaction import relies on, beyond the plain Online Retail rows.
 */
class CsvScannerTest {

  /** Records of {@code csv} as lists of field strings, with their start lines. */
  static List<String> records(String csv) {
    byte[] data = csv.getBytes(StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    new CsvScanner(data, position -> data.length) {
      @Override
      void field(int index, int start, int end, int rawStart, int rawEnd, boolean plain) {
        byte[] content =
            plain ? java.util.Arrays.copyOfRange(data, start, end) : unescape(rawStart, rawEnd);
        fields.add(new String(content, StandardCharsets.UTF_8));
      }

      @Override
      void endRecord(long line, int count) {
        out.add(line + ":" + String.join("|", fields));
        fields.clear();
      }
    }.scan(0, 0);
    return out;
  }

  @Test
  void quotesEscapesAndBytesAfterTheClosingQuoteFollowTheCsvRules() {
    assertThat(records("a,\"b,c\",\"say \"\"hi\"\"\",\"x\"y,\n"))
        .containsExactly("1:a|b,c|say \"hi\"|xy|");
  }

  @Test
  void crlfLoneCrAndEmptyLinesEndRecordsAndCountLines() {
    assertThat(records("a,b\r\n\r\nc,d\re,f\n\ng"))
        .containsExactly("1:a|b", "3:c|d", "4:e|f", "6:g");
  }

  @Test
  void quotedLineBreaksAndAnUnclosedQuoteKeepLineNumbers() {
    assertThat(records("\"one\ntwo\",x\ny,\"open\nrest"))
        .containsExactly("1:one\ntwo|x", "3:y|open\nrest");
  }

  @Test
  void importReadsQuotedKeysUtf8AndSharesRepeatedValues() {
    String csv =
        TransactionImportTest.HEADER
            + "1,\"A\"\"1\",X,2,2011-01-05 10:00,1.5,Åse,\"Côte d'Ivoire\"\r\n"
            + "2,B,X,1,2011-01-05 10:00,2,Åse,Côte d'Ivoire\r\n";

    List<Transaction> kept =
        TransactionImportTest.read(csv, ImportOptions.defaults()).transactions();

    assertThat(kept)
        .containsExactly(
            new Transaction(
                "1", "A\"1", 2, LocalDateTime.of(2011, 1, 5, 10, 0), 1.5, "Åse", "Côte d'Ivoire"),
            new Transaction(
                "2", "B", 1, LocalDateTime.of(2011, 1, 5, 10, 0), 2.0, "Åse", "Côte d'Ivoire"));
    assertThat(kept.get(1).customerId()).isSameAs(kept.get(0).customerId());
    assertThat(kept.get(1).country()).isSameAs(kept.get(0).country());
    assertThat(kept.get(1).invoiceDate()).isSameAs(kept.get(0).invoiceDate());
  }

  @Test
  void errorAfterCrlfAndEmptyLinesNamesTheRightLine() {
    String csv =
        TransactionImportTest.HEADER.replace("\n", "\r\n")
            + "1,A,X,2,2011-01-05 10:00,1.5,7,UK\r\n\r\n"
            + "2,A,X,2.5,2011-01-05 10:00,1.5,7,UK\r\n";

    assertThatThrownBy(() -> TransactionImportTest.read(csv, ImportOptions.defaults()))
        .hasMessage("fixture.csv line 4: Quantity must be an integer, found '2.5'");
  }

  @Test
  void internerKeepsOneStringPerDistinctKeyAcrossGrowth() {
    ByteInterner interner = new ByteInterner();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      byte[] key = ("k" + i).getBytes(StandardCharsets.UTF_8);
      first.add(interner.intern(key, 0, key.length));
    }
    for (int i = 0; i < 5_000; i++) {
      byte[] key = ("xk" + i + "y").getBytes(StandardCharsets.UTF_8);
      assertThat(interner.intern(key, 1, key.length - 2)).isSameAs(first.get(i));
    }
  }
}
