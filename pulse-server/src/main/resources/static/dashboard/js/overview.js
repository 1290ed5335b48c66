// Overview: volume and mean sentiment over time, share per band, channels, open alerts, movers.
import { get, url } from './api.js';
import { MIN_DAY_COUNT, meanScoreSeries, SPARSE } from './daily.js';
import { COLORS, chart, chip, el, empty, esc, fill, fmt, guarded, loadNames, noInteractions, score, shell, table, drillLink } from './ui.js';

const BANDS = ['GREEN', 'YELLOW', 'ORANGE', 'RED'];
const LEVELS = ['RED', 'ORANGE', 'YELLOW', 'GREEN'];
const bandCount = (bands, band) => bands[band.toLowerCase()];
const $ = (id) => document.getElementById(id);

shell('overview');
guarded($('kpis'), async () => {
  await loadNames();
  render(await get(url('/api/v1/dashboard/overview', { days: 90 })));
});

function render(o) {
  fill($('period'), `Last 90 days of data: ${fmt.day(o.from)} to ${fmt.day(addDays(o.to, -1))}.`);
  kpis(o);
  alerts(o.alerts);
  if (o.interactions === 0) {
    for (const id of ['volume', 'bands', 'band-trend', 'channels', 'movers']) fill($(id), noInteractions());
    return;
  }
  volume(o.days);
  bands(o);
  bandTrend(o.days);
  channels(o.channels);
  movers(o.movers);
}

function kpis(o) {
  const open = o.alerts.filter((a) => a.status === 'OPEN');
  const negative = open.filter((a) => a.level === 'RED' || a.level === 'ORANGE').reduce((n, a) => n + a.count, 0);
  const overdue = open.reduce((n, a) => n + a.overdue, 0);
  fill($('kpis'),
    tile('Interactions', fmt.int(o.interactions), `${o.days.length} days with data`),
    tile('Mean sentiment', fmt.score(o.interactions ? o.meanScore : null), 'score from -1 to +1', o.meanScore < -0.2 ? 'red' : o.meanScore > 0.3 ? 'green' : ''),
    tile('Negative share', fmt.pct(o.interactions ? o.shareNegative : null), 'labelled negative'),
    tile('Open red/orange alerts', fmt.int(negative), overdue ? `${fmt.int(overdue)} overdue` : 'none overdue', overdue ? 'red' : ''));
}

function tile(label, value, detail, cls = '') {
  return el('div', { class: `panel kpi ${cls}` }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value), el('span', { class: 'detail' }, detail));
}

function volume(days) {
  fill($('volume-hint'), `Days with fewer than ${MIN_DAY_COUNT} interactions are hollow points off the line: their mean is noise, not a trend.`);
  const node = el('div', { class: 'chart', dataset: { chart: 'volume' } });
  fill($('volume'), node);
  chart(node, {
    tooltip: { trigger: 'axis' },
    legend: { data: ['Interactions', 'Mean score', SPARSE] },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    xAxis: { type: 'category', data: days.map((d) => d.key) },
    yAxis: [
      { type: 'value', name: 'count', splitLine: { lineStyle: { color: '#eef0f3' } } },
      { type: 'value', name: 'score', min: -1, max: 1, splitLine: { show: false } },
    ],
    series: [
      { name: 'Interactions', type: 'bar', data: days.map((d) => d.count), itemStyle: { color: '#c5d0fa' } },
      ...meanScoreSeries(days, { color: COLORS.brand, yAxisIndex: 1 }),
    ],
  });
}

function bands(o) {
  const e = o.bandEdges;
  fill($('band-hint'), `Green above ${fmt.score(e.green)}, yellow from ${fmt.score(e.yellow)}, orange from ${fmt.score(e.orange)}, red below.`);
  const node = el('div', { class: 'chart', dataset: { chart: 'bands' } });
  fill($('bands'), node);
  chart(node, {
    tooltip: { trigger: 'item', formatter: (p) => `${esc(p.name)}: ${fmt.int(p.value)} (${p.percent}%)` },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['45%', '72%'], center: ['50%', '45%'],
      label: { formatter: '{d}%' },
      data: BANDS.map((b) => ({ name: b.toLowerCase(), value: bandCount(o.bands, b), itemStyle: { color: COLORS[b] } })),
    }],
  });
}

function bandTrend(days) {
  const weeks = new Map();
  for (const d of days) {
    const week = monday(d.key);
    const w = weeks.get(week) || { green: 0, yellow: 0, orange: 0, red: 0, total: 0 };
    for (const b of BANDS) w[b.toLowerCase()] += bandCount(d.bands, b);
    w.total += d.count;
    weeks.set(week, w);
  }
  const keys = [...weeks.keys()].sort();
  const node = el('div', { class: 'chart', dataset: { chart: 'band-trend' } });
  fill($('band-trend'), node);
  chart(node, {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
    legend: {},
    grid: { left: 45, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: keys.map((k) => `wk ${k}`) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: BANDS.slice().reverse().map((b) => ({
      name: b.toLowerCase(), type: 'bar', stack: 'share', itemStyle: { color: COLORS[b] },
      data: keys.map((k) => round(100 * weeks.get(k)[b.toLowerCase()] / weeks.get(k).total, 1)),
    })),
  });
}

function channels(rows) {
  const node = el('div', { class: 'chart short', dataset: { chart: 'channels' } });
  fill($('channels'), node, table([
    { title: 'Channel', cell: (r) => drillLink('channel', r.key) },
    { title: 'Interactions', num: true, cell: (r) => fmt.int(r.count) },
    { title: 'Mean', num: true, cell: (r) => score(r.meanScore) },
    { title: 'Negative', num: true, cell: (r) => fmt.pct(r.shareNegative) },
  ], rows));
  chart(node, {
    tooltip: { trigger: 'axis' },
    grid: { left: 80, right: 20, top: 10, bottom: 25 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.key).reverse() },
    series: BANDS.map((b) => ({
      name: b.toLowerCase(), type: 'bar', stack: 'n', itemStyle: { color: COLORS[b] },
      data: rows.map((r) => bandCount(r.bands, b)).reverse(),
    })),
  });
}

function alerts(counts) {
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, { open: 0, acknowledged: 0, overdue: 0 }]));
  for (const c of counts) {
    const entry = byLevel[c.level];
    if (!entry) continue;
    if (c.status === 'OPEN') entry.open += c.count; else entry.acknowledged += c.count;
    entry.overdue += c.overdue;
  }
  if (counts.length === 0) {
    fill($('alerts'), empty('No unresolved alerts', 'Alerts appear here when sentiment drops. ', el('a', { href: '/dashboard/alerts.html' }, 'Open the alert board')));
    return;
  }
  const node = el('div', { class: 'chart short', dataset: { chart: 'alerts' } });
  fill($('alerts'), node, el('p', {}, el('a', { href: '/dashboard/alerts.html' }, 'Open the alert board →')));
  chart(node, {
    tooltip: { trigger: 'axis' },
    legend: { data: ['open', 'acknowledged', 'overdue'] },
    grid: { left: 60, right: 20, top: 35, bottom: 25 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: LEVELS.slice().reverse().map((l) => l.toLowerCase()) },
    series: [
      { name: 'open', type: 'bar', stack: 'a', data: LEVELS.slice().reverse().map((l) => ({ value: byLevel[l].open, itemStyle: { color: COLORS[l] } })) },
      { name: 'acknowledged', type: 'bar', stack: 'a', itemStyle: { color: '#c9ced8' }, data: LEVELS.slice().reverse().map((l) => byLevel[l].acknowledged) },
      { name: 'overdue', type: 'scatter', symbol: 'diamond', symbolSize: 12, itemStyle: { color: '#141b2d' }, data: LEVELS.slice().reverse().map((l) => byLevel[l].overdue || null) },
    ],
  });
}

function movers(rows) {
  if (rows.length === 0) {
    fill($('movers'), empty('No product, topic or aspect got worse',
      'None with at least 3 interactions in the last 7 days and 10 in the 28 days before scored lower than its baseline.'));
    return;
  }
  fill($('movers'), table([
    { title: 'What', cell: (r) => el('span', {}, chip(r.dimension, 'muted'), ' ', drillLink(r.dimension, r.value)) },
    { title: 'Baseline', num: true, cell: (r) => score(r.baselineMean) },
    { title: 'Last 7 days', num: true, cell: (r) => score(r.recentMean) },
    { title: 'Change', num: true, cell: (r) => el('span', { class: 'delta neg' }, fmt.score(r.change)) },
    { title: 'Recent n', num: true, cell: (r) => fmt.int(r.recentCount) },
  ], rows));
}

function round(x, digits = 3) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function monday(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}
