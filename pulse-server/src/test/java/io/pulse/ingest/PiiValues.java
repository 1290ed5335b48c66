package io.pulse.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of messages in English and Norwegian with planted personal data of many kinds
 * (each value unique, so a leak names its message) and ordinary business numbers that must stay
 * readable. Same seed, same corpus.
 */
final class PiiValues {

  /**
   * One planted value.
   *
   * @param kind what it is, e.g. {@code fodselsnummer}
   * @param value as written in the message
   */
  record Planted(String kind, String value) {}

  /**
   * One message.
   *
   * @param language en or no
   * @param text the message
   * @param planted personal data in it
   * @param kept business numbers in it that must survive redaction
   */
  record Message(String language, String text, List<Planted> planted, List<String> kept) {}

  private static final String[] FIRST_NO = {
    "Kari", "Ingrid", "Solveig", "Marit", "Astrid", "Sigrid", "Ragnhild", "Torunn", "Lars", "Knut",
    "Håkon", "Øyvind", "Eirik", "Sindre", "Vegard", "Jørgen", "Kjetil", "Trond", "Silje", "Hanne"
  };
  private static final String[] LAST_NO = {
    "Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Pedersen", "Nilsen", "Kristiansen",
    "Haugen", "Halvorsen", "Solberg", "Bakken", "Lunde", "Sæther", "Ødegård", "Brekke"
  };
  private static final String[] FIRST_EN = {
    "John", "Maria", "Michael", "Jennifer", "David", "Linda", "Robert", "Susan", "Thomas",
    "Jessica", "Daniel", "Sarah", "Kevin", "Emily", "Brian", "Rachel", "Gregory", "Natalie"
  };
  private static final String[] LAST_EN = {
    "Smith",
    "Garcia",
    "Johnson",
    "Williams",
    "Brown",
    "Miller",
    "Davis",
    "Rodriguez",
    "Wilson",
    "Anderson",
    "Thompson",
    "Robinson",
    "Walker",
    "Mitchell",
    "Campbell",
    "Turner"
  };
  private static final String[] STREETS = {
    "Storgata",
    "Kirkeveien",
    "Bogstadveien",
    "Trondheimsveien",
    "Strandgata",
    "Skolegata",
    "Markveien",
    "Thereses gate",
    "Karl Johans gate",
    "Hegdehaugsveien"
  };
  private static final String[] PLACES = {
    "Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Fredrikstad"
  };

  private final Random random;
  private int englishSerial;
  private int norwegianSerial;

  PiiValues(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} messages, alternating English and Norwegian. */
  List<Message> messages(int count) {
    List<Message> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      messages.add(i % 2 == 0 ? english() : norwegian());
    }
    return messages;
  }

  private Message english() {
    List<Planted> planted = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    String first = pick(FIRST_EN);
    String name = first + " " + pick(LAST_EN);
    String order = String.valueOf(10_000 + random.nextInt(90_000));
    String invoice = String.valueOf(10_000 + random.nextInt(90_000));
    kept.add(order);
    kept.add(invoice);
    String text =
        switch (englishSerial++ % 6) {
          case 0 ->
              "Hi, this is "
                  + plant(planted, "name-introduction", name)
                  + " from Acme. Order "
                  + order
                  + " never arrived, call me at "
                  + plant(planted, "phone-us", usPhone())
                  + " or write to "
                  + plant(planted, "email", email(first))
                  + ".";
          case 1 ->
              plant(planted, "name-gazetteer", name)
                  + " in your billing team promised a refund for invoice "
                  + invoice
                  + " to card "
                  + plant(planted, "card", card())
                  + ", order "
                  + order
                  + ". Still nothing.";
          case 2 ->
              "Login to my account failed from "
                  + plant(planted, "ipv4", ipv4())
                  + " and from "
                  + plant(planted, "ipv6", ipv6())
                  + " today, order "
                  + order
                  + ", invoice "
                  + invoice
                  + ".";
          case 3 ->
              "Please refund order "
                  + order
                  + " to "
                  + plant(planted, "iban", iban())
                  + ". The reset link "
                  + plant(planted, "url-token", resetUrl())
                  + " does not work.\n\nBest regards,\n"
                  + plant(planted, "name-signoff", name);
          case 4 ->
              "Deliver invoice "
                  + invoice
                  + " to "
                  + plant(
                      planted,
                      "address-en",
                      (1 + random.nextInt(400)) + " " + pick(LAST_EN) + " Street")
                  + " please, phone "
                  + plant(planted, "phone-international", "+44 20 7946 " + digits(4))
                  + ". Order "
                  + order
                  + ".";
          default ->
              "My name is "
                  + plant(planted, "name-introduction", name)
                  + ", my Norwegian national id is "
                  + plant(planted, "fodselsnummer", fodselsnummer(false))
                  + ". Order "
                  + order
                  + " is late.";
        };
    return new Message("en", text, planted, usedIn(text, kept));
  }

  private Message norwegian() {
    List<Planted> planted = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    String first = pick(FIRST_NO);
    String name = first + " " + pick(LAST_NO);
    String order = String.valueOf(10_000 + random.nextInt(90_000));
    String invoice = String.valueOf(10_000 + random.nextInt(90_000));
    String longOrder = longOrderNumber();
    kept.add(order);
    kept.add(invoice);
    String text =
        switch (norwegianSerial++ % 6) {
          case 0 ->
              "Hei, dette er "
                  + plant(planted, "name-introduction", name)
                  + ". Ordre "
                  + order
                  + " har ikke kommet. Ring meg på "
                  + plant(planted, "phone-no-running", "9" + digits(7))
                  + ".";
          case 1 ->
              "Fødselsnummeret mitt er "
                  + plant(planted, "fodselsnummer", fodselsnummer(false))
                  + " og faktura "
                  + invoice
                  + " er feil. Ordrenummer "
                  + longOrder
                  + ".";
          case 2 ->
              "Jeg har D-nummer "
                  + plant(planted, "d-number", fodselsnummer(true))
                  + " og bor i "
                  + plant(planted, "address-no", pick(STREETS) + " " + (1 + random.nextInt(120)))
                  + ", "
                  + plant(planted, "postcode-place", postcode() + " " + pick(PLACES))
                  + ". Faktura "
                  + invoice
                  + ".";
          case 3 ->
              "Pakken til ordre "
                  + order
                  + " er borte. Send den til "
                  + plant(planted, "email", email(first))
                  + " eller ring "
                  + plant(
                      planted, "phone-no", "+47 " + digits(3) + " " + digits(2) + " " + digits(3))
                  + ".\n\nMvh\n"
                  + plant(planted, "name-signoff", name);
          case 4 ->
              "Jeg snakket med "
                  + plant(planted, "name-gazetteer", name)
                  + " i kundeservice om faktura "
                  + invoice
                  + ", men kontoen "
                  + plant(planted, "iban", iban())
                  + " er fortsatt belastet.";
          default ->
              "Innlogging feilet fra "
                  + plant(planted, "ipv4", ipv4())
                  + ", ordre "
                  + order
                  + ", faktura "
                  + invoice
                  + ". Hilsen "
                  + plant(planted, "name-signoff", name);
        };
    kept.add(longOrder);
    return new Message("no", text, planted, usedIn(text, kept));
  }

  /** The business numbers the chosen template actually wrote. */
  private static List<String> usedIn(String text, List<String> numbers) {
    return numbers.stream().filter(text::contains).toList();
  }

  private static String plant(List<Planted> planted, String kind, String value) {
    planted.add(new Planted(kind, value));
    return value;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String digits(int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append(random.nextInt(10));
    }
    return out.toString();
  }

  private String email(String first) {
    return first.toLowerCase(java.util.Locale.ROOT).replace('ø', 'o').replace('å', 'a')
        + "."
        + digits(4)
        + "@example.no";
  }

  private String usPhone() {
    return "(" + (200 + random.nextInt(700)) + ") 555-" + digits(4);
  }

  private String ipv4() {
    return (1 + random.nextInt(222))
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }

  private String ipv6() {
    return "2001:db8:"
        + Integer.toHexString(random.nextInt(0x10000))
        + "::"
        + Integer.toHexString(1 + random.nextInt(0xffff));
  }

  private String postcode() {
    return String.format("%04d", 100 + random.nextInt(1700));
  }

  private String resetUrl() {
    return "https://shop.example.com/reset?token=" + Long.toHexString(random.nextLong() | 1L << 62);
  }

  /** A Luhn-valid 16-digit Visa number in groups of four. */
  private String card() {
    int[] d = new int[16];
    d[0] = 4;
    for (int i = 1; i < 15; i++) {
      d[i] = random.nextInt(10);
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int v = d[i];
      if (i % 2 == 0) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    d[15] = (10 - sum % 10) % 10;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(' ');
      }
      out.append(d[i]);
    }
    return out.toString();
  }

  /** A Norwegian IBAN with a valid mod-97 check (NOkk + 11 digits), written in groups. */
  private String iban() {
    String bban = digits(11);
    String rearranged = bban + "2324" + "00"; // N=23, O=24
    int mod = new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
    String check = String.format("%02d", 98 - mod);
    String iban = "NO" + check + bban;
    return iban.substring(0, 4)
        + " "
        + iban.substring(4, 8)
        + " "
        + iban.substring(8, 12)
        + " "
        + iban.substring(12);
  }

  /** An 11-digit order number that is not a valid national id. */
  private String longOrderNumber() {
    while (true) {
      String candidate = "7" + digits(10);
      if (fodselsnummerCheck(candidate) == null) {
        return candidate;
      }
    }
  }

  private String fodselsnummer(boolean dNumber) {
    while (true) {
      int day = 1 + random.nextInt(28) + (dNumber ? 40 : 0);
      String base =
          String.format(
              "%02d%02d%02d%s", day, 1 + random.nextInt(12), random.nextInt(100), digits(3));
      String full = fodselsnummerCheck(base);
      if (full != null) {
        return full;
      }
    }
  }

  /** The 9 digits with their two check digits, or null when none exist (or the input is 11). */
  private static String fodselsnummerCheck(String digits) {
    if (digits.length() == 11) {
      String again = fodselsnummerCheck(digits.substring(0, 9));
      int month = Integer.parseInt(digits.substring(2, 4));
      int day = Integer.parseInt(digits.substring(0, 2)) % 40;
      boolean date = month >= 1 && month <= 12 && day >= 1 && day <= 31;
      return again != null && again.equals(digits) && date ? digits : null;
    }
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = digits.charAt(i) - '0';
    }
    int k1 = check(d, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 < 0) {
      return null;
    }
    d[9] = k1;
    int k2 = check(d, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k2 < 0 ? null : digits + k1 + k2;
  }

  private static int check(int[] d, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * d[i];
    }
    int k = 11 - sum % 11;
    return k == 11 ? 0 : k == 10 ? -1 : k;
  }
}
