package io.pulse.flink;

import io.pulse.alerts.AlertConfig;
import io.pulse.alerts.Dimension;
import io.pulse.alerts.SeriesKey;
import io.pulse.alerts.WindowRules;
import io.pulse.alerts.WindowStats;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.Collector;

/**
 * The functions of the streaming job's windows: once per series, event time, sums, window rules.
 */
final class SeriesWindows {

  private SeriesWindows() {}

  /** The alert settings (the server's {@code alerts.*} keys over the defaults). */
  static AlertConfig config(Map<String, String> properties) {
    return AlertConfig.defaults().withOverrides(properties).validate();
  }

  /**
   * The {@code once per series} operator: an interaction counts once in each of its series, however
   * often it is sent (remembered for {@code remember}).
   */
  static final class Once extends KeyedProcessFunction<String, SeriesScore, SeriesScore> {

    private static final long serialVersionUID = 1L;
    private final java.time.Duration remember;
    private transient ValueState<Boolean> seen;

    Once(java.time.Duration remember) {
      this.remember = remember;
    }

    @Override
    public void open(OpenContext context) {
      ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
      descriptor.enableTimeToLive(StateTtlConfig.newBuilder(remember).build());
      seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(SeriesScore score, Context context, Collector<SeriesScore> out)
        throws Exception {
      if (seen.value() == null) {
        seen.update(Boolean.TRUE);
        out.collect(score);
      }
    }
  }

  /**
   * The {@code event time} operator: stamps each series score with the time its interaction
   * happened, for the windows, and passes the watermarks made at the source on unchanged (the
   * micro-batch {@code score} step before it emits its results without timestamps).
   */
  static final class EventTime extends AbstractStreamOperator<SeriesScore>
      implements OneInputStreamOperator<SeriesScore, SeriesScore> {

    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(StreamRecord<SeriesScore> element) {
      output.collect(element.replace(element.getValue(), element.getValue().occurredAt()));
    }
  }

  /** Count, sum and negatives of a window's scores. */
  static final class Sums
      implements AggregateFunction<
          SeriesScore, Tuple3<Long, Double, Long>, Tuple3<Long, Double, Long>> {

    private static final long serialVersionUID = 1L;
    private final double negativeBelow;

    /** Scores below {@code negativeBelow} (the yellow band's lower edge) count as negative. */
    Sums(double negativeBelow) {
      this.negativeBelow = negativeBelow;
    }

    @Override
    public Tuple3<Long, Double, Long> createAccumulator() {
      return Tuple3.of(0L, 0.0, 0L);
    }

    @Override
    public Tuple3<Long, Double, Long> add(SeriesScore s, Tuple3<Long, Double, Long> a) {
      return Tuple3.of(a.f0 + 1, a.f1 + s.score(), a.f2 + (s.score() < negativeBelow ? 1 : 0));
    }

    @Override
    public Tuple3<Long, Double, Long> getResult(Tuple3<Long, Double, Long> a) {
      return a;
    }

    @Override
    public Tuple3<Long, Double, Long> merge(
        Tuple3<Long, Double, Long> a, Tuple3<Long, Double, Long> b) {
      return Tuple3.of(a.f0 + b.f0, a.f1 + b.f1, a.f2 + b.f2);
    }
  }

  /** Names a window's sums with its series and bounds. */
  static final class Named
      extends ProcessWindowFunction<Tuple3<Long, Double, Long>, SeriesWindow, String, TimeWindow> {

    private static final long serialVersionUID = 1L;

    @Override
    public void process(
        String key,
        Context context,
        Iterable<Tuple3<Long, Double, Long>> sums,
        Collector<SeriesWindow> out) {
      Tuple3<Long, Double, Long> s = sums.iterator().next();
      int colon = key.indexOf(':');
      out.collect(
          new SeriesWindow(
              key.substring(0, colon),
              key.substring(colon + 1),
              context.window().getStart(),
              context.window().getEnd(),
              s.f0,
              s.f1 / s.f0,
              s.f2));
    }
  }

  /** The {@code alert rules} operator: the engine's {@link WindowRules} on every window. */
  static final class Rules extends RichFlatMapFunction<SeriesWindow, AlertEvent> {

    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> properties;
    private transient WindowRules rules;

    Rules(Map<String, String> properties) {
      this.properties = new HashMap<>(properties);
    }

    @Override
    public void open(OpenContext context) {
      rules = new WindowRules(config(properties));
    }

    @Override
    public void flatMap(SeriesWindow w, Collector<AlertEvent> out) {
      SeriesKey key =
          new SeriesKey(Dimension.valueOf(w.dimension().toUpperCase(Locale.ROOT)), w.value());
      Instant start = Instant.ofEpochMilli(w.windowStart());
      Instant end = Instant.ofEpochMilli(w.windowEnd());
      WindowStats stats =
          new WindowStats(
              (int) Math.min(w.count(), Integer.MAX_VALUE),
              w.mean(),
              (int) Math.min(w.negatives(), Integer.MAX_VALUE),
              start,
              end);
      for (WindowRules.WindowAlert alert : rules.evaluate(key, stats)) {
        out.collect(
            new AlertEvent(
                alert.kind() + ":" + w.dimension() + ":" + w.value() + ":" + end,
                alert.kind().name(),
                w.dimension(),
                w.value(),
                alert.level().name(),
                w.mean(),
                w.count(),
                w.negatives(),
                start.toString(),
                end.toString()));
      }
    }
  }
}
