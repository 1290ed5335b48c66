// Segments: RFM segment map and table, cohort retention heatmap, valuable customers turning unhappy.
import { get } from './api.js';
import { chart, chip, customerLink, el, empty, esc, fill, fmt, guarded, score, shell, table } from './ui.js';

const $ = (id) => document.getElementById(id);
const SEGMENT_COLORS = ['#fdecec', '#fde2c4', '#fff3bf', '#d3f0e1', '#8fd3b2', '#2f9e6e'];
const RETENTION = ['#f4f6fa', '#dbe4ff', '#91a7ff', '#4c6ef5', '#364fc7'];

shell('segments');
guarded($('treemap'), async () => segments(await get('/api/v1/analytics/rfm')));
guarded($('cohorts'), async () => cohorts(await get('/api/v1/analytics/cohorts')));
guarded($('unhappy'), async () => unhappy(await get('/api/v1/analytics/sentiment-rfm?recentDays=7&limit=10')));

function segments(report) {
  fill($('source'), `RFM of ${fmt.int(report.customers)} customers in ${report.transactions.source} (reference date ${report.referenceDate}), joined with stored sentiment by pseudonym.`);
  const rows = report.segments.filter((s) => s.customers > 0).sort((a, b) => b.customers - a.customers);
  if (rows.length === 0) {
    fill($('treemap'), empty('No customers with transactions'));
    fill($('segment-table'), empty('No segments'));
    return;
  }
  const means = rows.map((s) => s.monetary.mean);
  const node = el('div', { class: 'chart tall', dataset: { chart: 'treemap' } });
  fill($('treemap'), node);
  chart(node, {
    tooltip: { formatter: (p) => `${esc(p.name)}<br>${fmt.int(p.data.customers)} customers<br>mean spend ${fmt.money(p.data.mean)} · total ${fmt.money(p.data.total)}` },
    visualMap: { show: false, min: Math.min(...means), max: Math.max(...means), dimension: 1, inRange: { color: SEGMENT_COLORS } },
    series: [{
      type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
      width: '100%', height: '100%', top: 0, left: 0,
      label: { show: true, formatter: (p) => `${p.name}\n${fmt.int(p.data.customers)} customers\nspend ${fmt.money(p.data.total)}`, color: '#1d2433', fontSize: 12, lineHeight: 16 },
      itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
      data: rows.map((s) => ({ name: s.segment, value: [s.customers, s.monetary.mean], customers: s.customers, mean: s.monetary.mean, total: s.customers * s.monetary.mean })),
    }],
  });
  fill($('segment-table'), table([
    { title: 'Segment', cell: (s) => s.segment },
    { title: 'Customers', num: true, cell: (s) => fmt.int(s.customers) },
    { title: 'Share', num: true, cell: (s) => fmt.pct(s.share, 1) },
    { title: 'Recency (days)', num: true, cell: (s) => fmt.int(Math.round(s.recency.mean)) },
    { title: 'Frequency', num: true, cell: (s) => s.frequency.mean.toFixed(1) },
    { title: 'Mean spend', num: true, cell: (s) => fmt.money(s.monetary.mean) },
    { title: 'Total spend', num: true, cell: (s) => fmt.money(s.monetary.mean * s.customers) },
  ], rows));
}

function cohorts(report) {
  const rows = report.cohorts;
  if (rows.length === 0) {
    fill($('cohorts'), empty('No cohorts', 'Cohorts need transactions with customers.'));
    return;
  }
  const width = Math.max(...rows.map((c) => c.retention.length));
  const data = [];
  rows.forEach((c, y) => c.retention.forEach((r, x) => { if (x > 0) data.push([x, y, Math.round(r * 1000) / 10, c.activeCustomers[x]]); }));
  const labels = rows.map((c) => `${c.cohort} (${c.customers})`);
  const node = el('div', { class: 'chart', dataset: { chart: 'cohorts' } });
  node.style.height = `${Math.max(300, 70 + 24 * rows.length)}px`;
  fill($('cohorts'), node);
  chart(node, {
    tooltip: { formatter: (p) => `${esc(labels[p.value[1]])}, month +${p.value[0]}<br>${p.value[2]}% retained (${fmt.int(p.value[3])} customers)` },
    grid: { left: 130, right: 20, top: 10, bottom: 70 },
    xAxis: { type: 'category', name: 'months after first purchase', nameLocation: 'middle', nameGap: 28, data: Array.from({ length: width }, (_, i) => String(i)) },
    yAxis: { type: 'category', data: labels, inverse: true },
    visualMap: { min: 0, max: Math.max(...data.map((d) => d[2]), 1), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, dimension: 2, inRange: { color: RETENTION } },
    series: [{ type: 'heatmap', data, label: { show: true, fontSize: 10, formatter: (p) => `${Math.round(p.value[2])}` } }],
  });
}

function unhappy(report) {
  const rows = report.valuableTurningNegative;
  const note = report.sentimentRevenue
    ? `Sentiment vs spend over ${fmt.int(report.sentimentRevenue.n)} customers: Pearson r = ${report.sentimentRevenue.pearson.toFixed(2)} (${Math.round(100 * report.sentimentRevenue.confidence)}% CI ${report.sentimentRevenue.lower.toFixed(2)} to ${report.sentimentRevenue.upper.toFixed(2)}).`
    : (report.sentimentRevenueNote || '');
  if (report.customersWithSentiment === 0) {
    fill($('unhappy'), empty('No customer has both transactions and interactions',
      'Customers join by pseudonym: send interactions with the same customer references as the transactions file.'));
    return;
  }
  const list = rows.length === 0
    ? empty('No valuable customer is turning unhappy', `${fmt.int(report.customersWithSentiment)} customers have both transactions and interactions.`)
    : el('div', { class: 'scroll short' }, table([
      { title: 'Customer', cell: (r) => customerLink(r.customerKey) },
      { title: 'Segment', cell: (r) => chip(r.segment, 'muted') },
      { title: 'Spend', num: true, cell: (r) => fmt.money(r.monetary) },
      { title: 'Before', num: true, cell: (r) => score(r.earlierMean) },
      { title: 'Last 7 days', num: true, cell: (r) => score(r.recentMean) },
      { title: 'Change', num: true, cell: (r) => el('span', { class: 'delta neg' }, fmt.score(r.change)) },
    ], rows));
  const risk = report.churnRisk.slice(0, 5);
  fill($('unhappy'), list, el('p', { class: 'hint' }, note),
    risk.length ? el('h2', { class: 'section' }, 'Highest churn risk') : null,
    risk.length ? table([
      { title: 'Customer', cell: (r) => customerLink(r.customerKey) },
      { title: 'Segment', cell: (r) => chip(r.segment, 'muted') },
      { title: 'Spend', num: true, cell: (r) => fmt.money(r.monetary) },
      { title: 'Risk', num: true, cell: (r) => fmt.pct(r.risk) },
    ], risk) : null);
}
