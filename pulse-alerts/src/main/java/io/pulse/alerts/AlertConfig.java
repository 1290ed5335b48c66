package io.pulse.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the alert engine can be tuned with. One instance per company or industry profile;
 * {@link #defaults()} holds the values from the product guide. The setting names in error messages
 * ({@code alerts.bands.yellow.lower}, ...) are the keys {@link #fromProperties} reads.
 *
 * @param bands where scores fall into green, yellow, orange and red
 * @param escalation who is notified and how fast a review is due, per band
 * @param trend rolling windows, baselines and thresholds for series
 * @param cooldown minimum time between two alerts of the same kind for the same series
 * @param retry back-off of notification deliveries
 * @param conversation when a conversation counts as escalating
 */
public record AlertConfig(
    Bands bands,
    Escalation escalation,
    Trend trend,
    Duration cooldown,
    Retry retry,
    Conversation conversation) {

  /** A configuration with the default conversation rule. */
  public AlertConfig(
      Bands bands, Escalation escalation, Trend trend, Duration cooldown, Retry retry) {
    this(bands, escalation, trend, cooldown, retry, Conversation.DEFAULT);
  }

  /**
   * When a conversation is escalating: its customer's last {@code turns} turns fell by more than
   * {@code step} (score of the first of them minus score of the last), and the last is not green.
   * Agent and bot turns never count.
   *
   * @param turns {@code alerts.conversation.turns}: customer turns compared (at least 2)
   * @param step {@code alerts.conversation.step}: fall in score that counts as escalating
   */
  public record Conversation(int turns, double step) {

    /** Three customer turns falling by more than 0.4. */
    public static final Conversation DEFAULT = new Conversation(3, 0.4);

    /**
     * Whether these customer scores (oldest first, ending with the newest turn) fall by more than
     * the step over the last {@code turns} of them.
     */
    public boolean falls(java.util.List<Double> scores) {
      return change(scores) < -step;
    }

    /** Whether they rise by more than the step over the last {@code turns} of them. */
    public boolean rises(java.util.List<Double> scores) {
      return change(scores) > step;
    }

    private double change(java.util.List<Double> scores) {
      if (scores.size() < turns) {
        return 0;
      }
      return scores.getLast() - scores.get(scores.size() - turns);
    }
  }

  /**
   * Band edges: green if {@code score > greenLower}; yellow if {@code yellowLower <= score <=
   * greenLower}; orange if {@code orangeLower <= score < yellowLower}; red if {@code score <
   * orangeLower}. With the defaults 0.3 is yellow, -0.2 is yellow, -0.5 is orange.
   *
   * @param greenLower {@code alerts.bands.green.lower}, exclusive
   * @param yellowLower {@code alerts.bands.yellow.lower}, inclusive
   * @param orangeLower {@code alerts.bands.orange.lower}, inclusive
   */
  public record Bands(double greenLower, double yellowLower, double orangeLower) {

    /** The band of a score (of one interaction or of a window mean). */
    public Band classify(double score) {
      if (score > greenLower) {
        return Band.GREEN;
      }
      if (score >= yellowLower) {
        return Band.YELLOW;
      }
      return score >= orangeLower ? Band.ORANGE : Band.RED;
    }

    /** Whether a score counts as negative for shares and counts: orange or red. */
    public boolean isNegative(double score) {
      return score < yellowLower;
    }
  }

  /**
   * The escalation table. Yellow and green (up to the success threshold) need no alert.
   *
   * @param successAbove {@code alerts.escalation.success.above}: a score above it is a success
   *     story
   * @param successNotify role told about success stories ({@code marketing})
   * @param orangeReview review deadline of orange alerts (4 h)
   * @param orangeNotify role told about orange alerts ({@code team-lead})
   * @param redReview review deadline of red alerts (1 h)
   * @param redNotify role told about red alerts at once ({@code management})
   * @param overdueNotify role told, once, when a deadline passes unacknowledged
   * @param surveyNotify role that receives {@code survey.requested} events
   */
  public record Escalation(
      double successAbove,
      String successNotify,
      Duration orangeReview,
      String orangeNotify,
      Duration redReview,
      String redNotify,
      String overdueNotify,
      String surveyNotify) {

    /** Review deadline for an alert of this band, or {@code null} when none is due. */
    Duration reviewWithin(Band band) {
      return switch (band) {
        case RED -> redReview;
        case ORANGE -> orangeReview;
        default -> null;
      };
    }

    /** Role notified when an alert of this band is raised. */
    String notifyRole(Band band) {
      return switch (band) {
        case RED -> redNotify;
        case ORANGE -> orangeNotify;
        default -> successNotify;
      };
    }
  }

  /**
   * Rolling windows and trend thresholds.
   *
   * @param window length of the rolling window that is compared with the baseline
   * @param step resolution of the window; the window must be a whole number of steps
   * @param aggregateMinCount interactions a window needs before its mean band can alert
   * @param baseline how far back the baseline of a series reaches (4-6 weeks)
   * @param zThreshold |z| from which a departure from the baseline alerts
   * @param minCount interactions the current window needs before a z-score can alert
   * @param minBaselineWindows non-empty past windows a baseline needs before it is trusted
   * @param negativeCount negative interactions in one window that alert regardless of baseline
   * @param dimensions series dimensions that get trend alerts (customers rarely have trends)
   */
  public record Trend(
      Duration window,
      Duration step,
      int aggregateMinCount,
      Duration baseline,
      double zThreshold,
      int minCount,
      int minBaselineWindows,
      int negativeCount,
      Set<Dimension> dimensions) {

    /** Copies the dimensions so the record stays immutable. */
    public Trend {
      dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
    }

    /** Steps per window. */
    int stepsPerWindow() {
      return (int) (window.toMillis() / step.toMillis());
    }

    /** Whole windows in the baseline. */
    int baselineWindows() {
      return (int) (baseline.toMillis() / window.toMillis());
    }
  }

  /**
   * Delivery back-off: the n-th retry waits {@code min(maxBackoff, initialBackoff * 2^(n-1))}.
   * Deliveries are never dropped; they stay pending until the receiver accepts them.
   *
   * @param initialBackoff wait after the first failed attempt
   * @param maxBackoff upper bound of the wait
   */
  public record Retry(Duration initialBackoff, Duration maxBackoff) {}

  /** The values of the product guide. */
  public static AlertConfig defaults() {
    return new AlertConfig(
        new Bands(0.3, -0.2, -0.5),
        new Escalation(
            0.5,
            "marketing",
            Duration.ofHours(4),
            "team-lead",
            Duration.ofHours(1),
            "management",
            "management",
            "marketing"),
        new Trend(
            Duration.ofDays(1),
            Duration.ofHours(1),
            3,
            Duration.ofDays(28),
            3.0,
            20,
            7,
            50,
            EnumSet.of(Dimension.PRODUCT, Dimension.CHANNEL, Dimension.TOPIC)),
        Duration.ofHours(6),
        new Retry(Duration.ofSeconds(30), Duration.ofHours(1)));
  }

  /**
   * Reads {@code alerts.*} settings over the defaults; absent keys keep their default.
   *
   * @throws IllegalArgumentException naming the key and value that cannot be read, an unknown key,
   *     or every rule the result breaks
   */
  public static AlertConfig fromProperties(Map<String, String> properties) {
    AlertConfig config = new ConfigReader(properties).read(defaults());
    config.validate();
    return config;
  }

  /**
   * This configuration with some {@code alerts.*} settings replaced (e.g. other bands for a
   * calibration run); absent keys keep this configuration's values.
   *
   * @throws IllegalArgumentException like {@link #fromProperties}
   */
  public AlertConfig withOverrides(Map<String, String> properties) {
    AlertConfig config = new ConfigReader(properties).read(this);
    config.validate();
    return config;
  }

  /**
   * Checks every rule and reports all broken ones at once.
   *
   * @throws IllegalArgumentException naming setting, rule and value for each broken rule
   */
  public AlertConfig validate() {
    List<String> errors = new ArrayList<>();
    Objects.requireNonNull(bands, "alerts.bands");
    Objects.requireNonNull(escalation, "alerts.escalation");
    Objects.requireNonNull(trend, "alerts.trend");
    Objects.requireNonNull(retry, "alerts.retry");
    Objects.requireNonNull(conversation, "alerts.conversation");
    if (conversation.turns() < 2) {
      errors.add("alerts.conversation.turns must be >= 2, found " + conversation.turns());
    }
    if (!(conversation.step() > 0 && conversation.step() < 2)) {
      errors.add("alerts.conversation.step must be in (0, 2), found " + conversation.step());
    }
    checkBands(errors);
    checkEscalation(errors);
    checkTrend(errors);
    positive(errors, "alerts.cooldown", cooldown, true);
    positive(errors, "alerts.retry.initial-backoff", retry.initialBackoff(), false);
    positive(errors, "alerts.retry.max-backoff", retry.maxBackoff(), false);
    if (errors.isEmpty() && retry.maxBackoff().compareTo(retry.initialBackoff()) < 0) {
      errors.add(
          "alerts.retry.max-backoff must be >= alerts.retry.initial-backoff, found "
              + retry.maxBackoff()
              + " < "
              + retry.initialBackoff());
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid alert configuration: " + String.join("; ", errors));
    }
    return this;
  }

  private void checkBands(List<String> errors) {
    inRange(errors, "alerts.bands.green.lower", bands.greenLower());
    inRange(errors, "alerts.bands.yellow.lower", bands.yellowLower());
    inRange(errors, "alerts.bands.orange.lower", bands.orangeLower());
    below(
        errors,
        "alerts.bands.yellow.lower",
        bands.yellowLower(),
        "alerts.bands.green.lower",
        bands.greenLower());
    below(
        errors,
        "alerts.bands.orange.lower",
        bands.orangeLower(),
        "alerts.bands.yellow.lower",
        bands.yellowLower());
  }

  private void checkEscalation(List<String> errors) {
    inRange(errors, "alerts.escalation.success.above", escalation.successAbove());
    positive(errors, "alerts.escalation.orange.review", escalation.orangeReview(), false);
    positive(errors, "alerts.escalation.red.review", escalation.redReview(), false);
    if (escalation.orangeReview() != null
        && escalation.redReview() != null
        && escalation.redReview().compareTo(escalation.orangeReview()) > 0) {
      errors.add(
          "alerts.escalation.red.review must be <= alerts.escalation.orange.review, found "
              + escalation.redReview()
              + " > "
              + escalation.orangeReview());
    }
    role(errors, "alerts.escalation.success.notify", escalation.successNotify());
    role(errors, "alerts.escalation.orange.notify", escalation.orangeNotify());
    role(errors, "alerts.escalation.red.notify", escalation.redNotify());
    role(errors, "alerts.escalation.overdue.notify", escalation.overdueNotify());
    role(errors, "alerts.escalation.survey.notify", escalation.surveyNotify());
  }

  private void checkTrend(List<String> errors) {
    positive(errors, "alerts.trend.window", trend.window(), false);
    positive(errors, "alerts.trend.step", trend.step(), false);
    positive(errors, "alerts.trend.baseline", trend.baseline(), false);
    if (errors.isEmpty() && trend.window().toMillis() % trend.step().toMillis() != 0) {
      errors.add(
          "alerts.trend.window must be a whole multiple of alerts.trend.step, found "
              + trend.window()
              + " / "
              + trend.step());
    }
    if (errors.isEmpty() && trend.baseline().compareTo(trend.window().multipliedBy(2)) < 0) {
      errors.add(
          "alerts.trend.baseline must be >= 2 x alerts.trend.window, found "
              + trend.baseline()
              + " < 2 x "
              + trend.window());
    }
    if (!(trend.zThreshold() > 0 && Double.isFinite(trend.zThreshold()))) {
      errors.add("alerts.trend.z-threshold must be > 0, found " + trend.zThreshold());
    }
    atLeastOne(errors, "alerts.trend.aggregate-min-count", trend.aggregateMinCount());
    atLeastOne(errors, "alerts.trend.min-count", trend.minCount());
    if (trend.minBaselineWindows() < 2) {
      errors.add(
          "alerts.trend.min-baseline-windows must be >= 2, found " + trend.minBaselineWindows());
    }
    atLeastOne(errors, "alerts.trend.negative-count", trend.negativeCount());
  }

  private static void inRange(List<String> errors, String name, double value) {
    if (!(value >= -1.0 && value <= 1.0)) {
      errors.add(name + " must be in [-1, 1], found " + value);
    }
  }

  private static void below(
      List<String> errors, String name, double value, String upperName, double upper) {
    if (!(value < upper)) {
      errors.add(name + " must be < " + upperName + ", found " + value + " >= " + upper);
    }
  }

  private static void positive(List<String> errors, String name, Duration value, boolean zeroOk) {
    if (value == null || value.isNegative() || (!zeroOk && value.isZero())) {
      errors.add(name + " must be " + (zeroOk ? ">= 0" : "> 0") + ", found " + value);
    }
  }

  private static void atLeastOne(List<String> errors, String name, int value) {
    if (value < 1) {
      errors.add(name + " must be >= 1, found " + value);
    }
  }

  private static void role(List<String> errors, String name, String value) {
    if (value == null || !value.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
      errors.add(name + " must be a role name ([a-z0-9_-], 1-64 chars), found '" + value + "'");
    }
  }
}
