package io.pulse.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts to redact in tests that compare detectors: the PII corpora, the string literals of this
 * module's sources, the bundled datasets and seeded hostile strings built from PII-like fragments.
 * Paths are relative to the module directory, where Maven runs the tests.
 */
final class RedactionInputs {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path DATASETS = Path.of("..", "datasets");

  private RedactionInputs() {}

  /** Texts, planted values and kept values of {@code pii-corpus.jsonl}. */
  static List<String> piiCorpus() {
    List<String> texts = new ArrayList<>();
    for (String line : resourceLines(PiiCorpusTest.CORPUS)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      texts.add(node.get("text").asString());
      node.get("planted").forEach(p -> texts.add(p.get("value").asString()));
      node.get("kept").forEach(k -> texts.add(k.asString()));
    }
    return texts;
  }

  /** The texts of the pulse-server leak test generator, one JSON string a line. */
  static List<String> serverCorpus() {
    List<String> texts = new ArrayList<>();
    for (String line : resourceLines("/io/pulse/privacy/server-pii-texts.txt")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        texts.add(JSON.readValue(line, String.class));
      }
    }
    return texts;
  }

  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"\\R(.*?)\"\"\"|\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"", Pattern.DOTALL);

  /** Every string literal and text block in this module's main and test sources. */
  static List<String> sourceLiterals() {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = LITERAL.matcher(Files.readString(file));
          while (m.find()) {
            texts.add(m.group(1) != null ? m.group(1).stripIndent() : unescape(m.group(2)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  private static String unescape(String literal) {
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\' || i + 1 == literal.length()) {
        out.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          while (literal.charAt(i) == 'u') {
            i++;
          }
          out.append((char) Integer.parseInt(literal.substring(i, i + 4), 16));
          i += 3;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  /** Every CSV file under {@code datasets/}, by file name. */
  static List<Path> datasetFiles() {
    try (Stream<Path> files = Files.walk(DATASETS)) {
      return files
          .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".csv.gz"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code text} column of the airline tweets (all splits). */
  static List<String> airlineTweets() {
    List<String> texts = new ArrayList<>();
    for (String split : List.of("train", "dev", "test")) {
      texts.addAll(column(DATASETS.resolve("airline-tweets/" + split + ".csv.gz"), "text", -1));
    }
    return texts;
  }

  /** The {@code text} column of the business messages. */
  static List<String> businessMessages() {
    return column(DATASETS.resolve("business-neutral/train.csv"), "text", -1);
  }

  /** Every field of the first {@code maxRecords} records (all when negative), header excluded. */
  static List<String> fields(Path csv, int maxRecords) {
    Set<String> texts = new LinkedHashSet<>();
    List<List<String>> records = records(csv, maxRecords);
    records.stream().skip(1).forEach(texts::addAll);
    return List.copyOf(texts);
  }

  static List<String> column(Path csv, String name, int maxRecords) {
    List<List<String>> records = records(csv, maxRecords);
    int column = records.getFirst().indexOf(name);
    if (column < 0) {
      throw new IllegalArgumentException(csv + " has no column " + name);
    }
    return records.stream().skip(1).filter(r -> r.size() > column).map(r -> r.get(column)).toList();
  }

  /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> records(Path csv, int maxRecords) {
    try (Reader reader = open(csv)) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int c;
      while ((c = reader.read()) >= 0 && (maxRecords < 0 || records.size() < maxRecords)) {
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            if (reader.read() == '"') {
              field.append('"');
            } else {
              reader.reset();
              quoted = false;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && field.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          record.add(stripCr(field));
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else {
          field.append((char) c);
        }
      }
      if (!field.isEmpty() || !record.isEmpty()) {
        record.add(stripCr(field));
        records.add(record);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripCr(StringBuilder field) {
    int length = field.length();
    return length > 0 && field.charAt(length - 1) == '\r'
        ? field.substring(0, length - 1)
        : field.toString();
  }

  private static Reader open(Path csv) throws IOException {
    InputStream in = Files.newInputStream(csv);
    if (csv.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static List<String> resourceLines(String resource) {
    try (InputStream in =
            Objects.requireNonNull(RedactionInputs.class.getResourceAsStream(resource), resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fragments that look like personal data or like the cues of the detectors, including the
   * characters that case-insensitive Unicode matching treats as ASCII letters (dotted and dotless
   * i, long s, Kelvin sign) and supplementary letters and numbers.
   */
  private static final List<String> FRAGMENTS =
      List.of(
          // digits and separators
          "0",
          "7",
          "12",
          "2024",
          "0155",
          "5003",
          "1999",
          "31",
          "255",
          "256",
          "007",
          "+47",
          "+1",
          "(555)",
          "(+47)",
          "0047",
          "00",
          "-",
          "–",
          "~",
          ".",
          ",",
          ":",
          "::",
          "/",
          " ",
          "  ",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\u0085",
          "\u2028",
          "\u2029",
          "\u00A0",
          "\u202F",
          "(",
          ")",
          "#",
          "'",
          "’",
          "@",
          "_",
          "=",
          "$",
          "€",
          "kr",
          "NOK",
          "%",
          // numbers that are or almost are PII
          "912 34 567",
          "555-123-4567",
          "020 7946 0958",
          "07700 900123",
          "+47 22 33 44 55",
          "4111 1111 1111 1111",
          "4111111111111111",
          "5500-0000-0000-0004",
          "378282246310005",
          "NO93 8601 1117 947",
          "NO9386011117947",
          "GB82 WEST 1234 5698 7654 32",
          "DE89370400440532013000",
          "NO93",
          "GB82",
          "AB12",
          "01010112345",
          "010101 12345",
          "12.10.2024",
          "2024-10-12",
          "10:30:00",
          "10:30",
          "1.2.3.4.5",
          "192.168.0.1",
          "10.0.0.256",
          "::1",
          "fe80::1ff:fe23:4567:890a",
          "2001:db8::8a2e:370:7334",
          "1:2:3:4:5:6:7:8",
          "::ffff:192.0.2.128",
          "a::",
          "ab:cd:ef",
          "1 234 567",
          "1.234.567",
          // e-mail and URLs
          "a@b.co",
          "x.y@ex-ample.no",
          "@united",
          "@ab.",
          "ø@æ.no",
          "kari@",
          "@.",
          "name@host",
          "https://example.com/reset/abc123def456",
          "www.x.no?token=abc",
          "WwW.x.no",
          "WWW.",
          "http://t.co/AbC1",
          "://",
          "https://x.no/u/kari%40x.no",
          // names, titles, places, address parts
          "Kari",
          "Nordmann",
          "John",
          "Smith",
          "Ola",
          "Anna",
          "Maria Garcia",
          "Peter Parker",
          "Mrs",
          "Dr.",
          "Frk",
          "O'Neil",
          "Anne-Marie",
          "Team",
          "Customer Service",
          "Again",
          "Monday",
          "Charlotte",
          "Will",
          "Oslo",
          "Bergen",
          "St",
          "Lake",
          "Airport",
          "United",
          "Airlines",
          "Baker Street",
          "221B",
          "Storgata 12",
          "Karl Johans gate 5",
          "Kirkeveien 64B",
          "10 Downing St.",
          "Apt 4",
          "NY 10001",
          "SW1A 1AA",
          "postnummer",
          "flight",
          "order",
          "invoice",
          "phone",
          "call me at",
          "ring meg på",
          // cues of the name contexts, in many cases
          "hi",
          "Hi",
          "HI",
          "hİ",
          "hı",
          "hiya",
          "hello",
          "Hey",
          "dear",
          "Dear",
          "greetings",
          "good morning",
          "God dag",
          "hei",
          "Heisann",
          "hallo",
          "Kjære",
          "KJÆRE",
          "regards",
          "Kind regards",
          "Best regards",
          "many thanks",
          "Thanks",
          "tHaNkS",
          "thank you",
          "Cheers",
          "sincerely",
          "ſincerely",
          "\u212Aind regards",
          "yours truly",
          "best wishes",
          "all the best",
          "Mvh",
          "MVH",
          "med vennlig hilsen",
          "Vennleg helsing",
          "beste hilsen",
          "takk",
          "Tusen takk",
          "best",
          "Best",
          "BR",
          "br",
          "love",
          "Hugs",
          "xo",
          "xoxo",
          "klem",
          "my name is",
          "MY NAME'S",
          "my name's",
          "i am called",
          "jeg heter",
          "mitt navn er",
          "navnet mitt er",
          "full name:",
          "Name:",
          "navn:",
          "fullt navn:",
          "this is",
          "This is",
          "İt's",
          "it's",
          "it is",
          "here is",
          "I am",
          "I'm",
          "ı'm",
          "dette er",
          "det er",
          "her er",
          "jeg er",
          "from",
          "fra",
          "speaking",
          "hos",
          "-Becky",
          "- Becky",
          "–Anna",
          "~ Ola",
          "Thanks,\nJohn",
          "Best\r\n  Anna",
          "Regards:\n Kari",
          "Regards:\nKari\n",
          "Hi\tKari",
          "Hi  Kari",
          "Mr. Smith",
          "Prof",
          "Herr",
          "Fru",
          "vei",
          "Veg",
          "Gata",
          "plassen",
          "bryggen",
          "Johans",
          "Slottsplassen 1",
          "Kongens gate 2",
          "Karl Johans Veg 5",
          "Storgata12",
          "4B",
          "12 b",
          "Kari\n",
          "Kari\r\n",
          "Kari.",
          "Anna!",
          "Ola)",
          "Kari-Anne",
          "Per-Olav",
          "Anne-marie",
          "KARI",
          "Kariª",
          "Bjørn",
          "Frøydis",
          "Astrid\u0301",
          "221B  Baker Street",
          "10\tDowning St.",
          "12 \t Baker Street",
          "7  Storgata 3",
          // unusual characters
          "𝐀",
          "𝐀bc",
          "𝐀𝐁",
          "Ⅻ",
          "²",
          "٣",
          "İ",
          "ı",
          "ſ",
          "K",
          "Å",
          "ǅ",
          "Ǆ",
          "ß",
          "É",
          "é",
          "æøå",
          "ÆØÅ",
          "ü");

  private static final List<String> JOINS = List.of("", " ", " ", " ", "\n", "\t", ", ", ". ");

  /** {@code count} hostile strings from {@code seed}: the same seed gives the same strings. */
  static List<String> hostile(long seed, int count) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int fragments = 1 + random.nextInt(14);
      for (int f = 0; f < fragments; f++) {
        text.append(JOINS.get(random.nextInt(JOINS.size())));
        if (random.nextInt(24) == 0) {
          text.append(nationalId(random));
        } else if (random.nextInt(8) == 0) {
          text.append(randomDigits(random));
        } else {
          text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
      }
      texts.add(
          switch (random.nextInt(6)) {
            case 0 -> text.toString().toUpperCase(java.util.Locale.ROOT);
            case 1 -> text.toString().toLowerCase(java.util.Locale.ROOT);
            default -> text.toString();
          });
    }
    return texts;
  }

  /** A random fødselsnummer or D-number with valid check digits, sometimes split 6 + 5. */
  private static String nationalId(Random random) {
    while (true) {
      String digits =
          String.format(
              "%02d%02d%02d%05d",
              1 + random.nextInt(28) + (random.nextBoolean() ? 0 : 40),
              1 + random.nextInt(12),
              random.nextInt(100),
              random.nextInt(100_000));
      if (NationalIdDetector.valid(digits)) {
        return random.nextBoolean() ? digits : digits.substring(0, 6) + " " + digits.substring(6);
      }
    }
  }

  private static String randomDigits(Random random) {
    String separators = "  -./:(),\u00A0";
    StringBuilder digits = new StringBuilder();
    int length = 1 + random.nextInt(20);
    for (int i = 0; i < length; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
      if (random.nextInt(5) == 0) {
        digits.append(separators.charAt(random.nextInt(separators.length())));
      }
    }
    return digits.toString();
  }
}
