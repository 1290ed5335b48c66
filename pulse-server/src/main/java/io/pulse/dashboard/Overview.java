package io.pulse.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview page in one response.
 *
 * @param from first day shown (UTC)
 * @param to day after the last day shown: the day after the newest stored interaction
 * @param interactions interactions in the period
 * @param meanScore their mean current score
 * @param shareNegative share labelled negative
 * @param bandEdges the alert band edges used for {@code bands}
 * @param bands interactions per alert band over the period
 * @param days per day with interactions: volume, mean score, bands
 * @param channels per channel: volume, mean score, bands
 * @param alerts unresolved alerts per level and status
 * @param movers products, topics and aspects whose sentiment dropped most against their baseline
 */
record Overview(
    LocalDate from,
    LocalDate to,
    long interactions,
    double meanScore,
    double shareNegative,
    BandEdges bandEdges,
    DayCell.Bands bands,
    List<Point> days,
    List<Point> channels,
    List<AlertCount> alerts,
    List<Mover> movers) {

  /**
   * Band edges: green above {@code green}, yellow down to {@code yellow}, orange down to {@code
   * orange}, red below.
   */
  record BandEdges(double green, double yellow, double orange) {}

  /**
   * One day or one channel.
   *
   * @param key ISO day or channel name
   * @param count interactions
   * @param meanScore mean current score
   * @param shareNegative share labelled negative
   * @param bands interactions per alert band
   */
  record Point(
      String key, long count, double meanScore, double shareNegative, DayCell.Bands bands) {
    static Point of(String key, Totals t) {
      return new Point(key, t.count, t.mean(), t.shareNegative(), t.bands);
    }
  }

  static Overview of(
      LocalDate from,
      LocalDate to,
      BandEdges edges,
      List<DayCell> byChannel,
      List<AlertCount> alerts,
      List<Mover> movers) {
    Totals all = new Totals();
    Map<LocalDate, Totals> days = new TreeMap<>();
    Map<String, Totals> channels = new TreeMap<>();
    for (DayCell cell : byChannel) {
      all.add(cell);
      days.computeIfAbsent(cell.day(), d -> new Totals()).add(cell);
      channels.computeIfAbsent(cell.value(), c -> new Totals()).add(cell);
    }
    return new Overview(
        from,
        to,
        all.count,
        all.mean(),
        all.shareNegative(),
        edges,
        all.bands,
        days.entrySet().stream().map(e -> Point.of(e.getKey().toString(), e.getValue())).toList(),
        channels.entrySet().stream()
            .map(e -> Point.of(e.getKey(), e.getValue()))
            .sorted((a, b) -> Long.compare(b.count(), a.count()))
            .toList(),
        alerts,
        movers);
  }
}
