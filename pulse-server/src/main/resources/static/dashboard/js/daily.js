// Daily mean scores that a manager can read as a trend. The mean of one or two interactions swings
// between -1 and +1, so days with fewer than MIN_DAY_COUNT interactions are drawn as hollow points
// that the line does not join; the line runs through the days with enough interactions.

/** Interactions a day needs before its mean is drawn on the line. */
export const MIN_DAY_COUNT = 10;

/** Legend and tooltip name of the hollow points. */
export const SPARSE = `Days under ${MIN_DAY_COUNT} interactions`;

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 1000) / 1000);

/**
 * Splits days ({count, meanScore}) into the line's values (null on days under `min`) and the
 * hollow points' values (null on the others and on days without interactions).
 */
export function splitByCount(days, min = MIN_DAY_COUNT) {
  return {
    line: days.map((d) => (d.count >= min ? round(d.meanScore) : null)),
    sparse: days.map((d) => (d.count > 0 && d.count < min ? round(d.meanScore) : null)),
  };
}

/** The ECharts series of a daily mean score: the line and the hollow points of sparse days. */
export function meanScoreSeries(days, { color, yAxisIndex = 0, line = {} }) {
  const { line: values, sparse } = splitByCount(days);
  return [
    { name: 'Mean score', type: 'line', yAxisIndex, connectNulls: true, showSymbol: false, data: values, lineStyle: { width: 2.5, color }, itemStyle: { color }, ...line },
    { name: SPARSE, type: 'scatter', yAxisIndex, symbol: 'emptyCircle', symbolSize: 6, data: sparse, itemStyle: { color, opacity: 0.55 } },
  ];
}
