// Drill-down: one product, channel, topic or aspect with its trend and baseline band, the value x week
// heatmap and sample messages (redacted text, rendered as text).
import { get, url } from './api.js';
import { meanScoreSeries, SPARSE } from './daily.js';
import { chart, display, el, empty, esc, fill, fmt, guarded, loadNames, message, noInteractions, param, shell } from './ui.js';

const $ = (id) => document.getElementById(id);
const dimensionSelect = $('dimension');
const valueSelect = $('value');
const SCALE = ['#e03131', '#f08c00', '#e5b300', '#b2d98c', '#2f9e6e'];

shell('drilldown');
dimensionSelect.addEventListener('change', () => choose(dimensionSelect.value, null));
valueSelect.addEventListener('change', () => choose(dimensionSelect.value, valueSelect.value));
start();

async function start() {
  await guarded($('kpis'), async () => {
    await loadNames();
    let dimension = param('dimension');
    if (!['product', 'channel', 'topic', 'aspect'].includes(dimension)) {
      // Topics (tags) when there are any, else the aspects detected in the text, else products.
      dimension = 'product';
      for (const candidate of ['topic', 'aspect']) {
        const found = await get(url('/api/v1/dashboard/values', { dimension: candidate, limit: 1 }));
        if (found.length) {
          dimension = candidate;
          break;
        }
      }
    }
    await choose(dimension, param('value'));
  });
}

async function choose(dimension, value) {
  dimensionSelect.value = dimension;
  const values = await get(url('/api/v1/dashboard/values', { dimension, limit: 200 }));
  fill(valueSelect, values.map((v) => el('option', { value: v.value }, `${display(dimension, v.value)} (${fmt.int(v.count)})`)));
  heatmap(dimension);
  if (values.length === 0) {
    valueSelect.disabled = true;
    fill($('kpis'));
    const none = dimension === 'topic'
      ? empty('No topics yet', 'Topics are the tags of interactions, e.g. ', el('code', {}, '"tags": ["billing"]'), '. Choose aspect, product or channel instead.')
      : dimension === 'aspect'
        ? empty('No aspects yet', 'Aspects (delivery, price, staff …) are found in the text of scored messages. Choose product or channel instead.')
        : noInteractions();
    for (const id of ['trend', 'recent', 'negative']) fill($(id), id === 'trend' ? none : empty('No messages'));
    return;
  }
  valueSelect.disabled = false;
  const chosen = value && values.some((v) => v.value === value) ? value : values[0].value;
  valueSelect.value = chosen;
  history.replaceState(null, '', url('/dashboard/drilldown.html', { dimension, value: chosen }));
  await guarded($('trend'), async () => trend(await get(url('/api/v1/dashboard/drilldown', { dimension, value: chosen, days: 90 }))));
}

function trend(t) {
  fill($('trend-title'), `${capital(t.dimension)} ${display(t.dimension, t.value)}: daily mean score`);
  fill($('kpis'),
    tile('Interactions', fmt.int(t.interactions), '90 days'),
    tile('Mean sentiment', fmt.score(t.interactions ? t.meanScore : null), 'score from -1 to +1'),
    tile('Negative share', fmt.pct(t.interactions ? t.shareNegative : null), 'labelled negative'),
    tile('Latest baseline', fmt.score(lastBaseline(t.days)), 'mean of the 28 days before'));
  const days = t.days.map((d) => d.day);
  const node = el('div', { class: 'chart tall', dataset: { chart: 'trend' } });
  fill($('trend'), node);
  chart(node, {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '–' : Number(v).toFixed(2)) },
    legend: { data: ['Mean score', SPARSE, 'Baseline', 'Baseline band', 'Volume'] },
    grid: { left: 50, right: 50, top: 40, bottom: 60 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    xAxis: { type: 'category', data: days, boundaryGap: false },
    yAxis: [
      { type: 'value', min: -1, max: 1, name: 'score', splitLine: { lineStyle: { color: '#eef0f3' } } },
      { type: 'value', name: 'count', splitLine: { show: false } },
    ],
    series: [
      { name: 'band-low', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, data: t.days.map((d) => d.low) },
      { name: 'Baseline band', type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(59, 91, 219, 0.13)' }, itemStyle: { color: 'rgba(59, 91, 219, 0.35)' }, data: t.days.map((d) => (d.high === null || d.high === undefined ? null : d.high - d.low)) },
      { name: 'Baseline', type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#5c7cfa' }, itemStyle: { color: '#5c7cfa' }, data: t.days.map((d) => d.baseline) },
      ...meanScoreSeries(t.days, { color: '#141b2d', line: { showSymbol: true, symbolSize: 5 } }),
      { name: 'Volume', type: 'bar', yAxisIndex: 1, itemStyle: { color: 'rgba(152, 162, 179, 0.35)' }, data: t.days.map((d) => d.count) },
    ],
  });
  samples($('recent'), t.recent);
  samples($('negative'), t.mostNegative);
}

function samples(container, rows) {
  fill(container, rows.length ? el('div', { class: 'messages' }, rows.map(message)) : empty('No messages in this period'));
}

async function heatmap(dimension) {
  await guarded($('heatmap'), async () => {
    const h = await get(url('/api/v1/dashboard/heatmap', { dimension, weeks: 12, limit: 15 }));
    fill($('heatmap-title'), `${capital(dimension)} × week`);
    if (h.values.length === 0) {
      fill($('heatmap'), ['topic', 'aspect'].includes(dimension) ? empty(`No ${dimension}s in the last 12 weeks`) : noInteractions());
      return;
    }
    const node = el('div', { class: 'chart', dataset: { chart: 'heatmap' } });
    node.style.height = `${Math.max(220, 60 + 28 * h.values.length)}px`;
    fill($('heatmap'), node);
    const instance = chart(node, {
      tooltip: { formatter: (p) => `${esc(display(dimension, h.values[p.value[1]]))}, week of ${esc(h.weeks[p.value[0]])}<br>mean ${fmt.score(p.value[2])} · ${fmt.int(p.value[3])} messages` },
      grid: { left: 140, right: 30, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: h.weeks, splitArea: { show: true } },
      yAxis: { type: 'category', data: h.values.map((v) => display(dimension, v)), inverse: true, splitArea: { show: true } },
      visualMap: { min: -1, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, dimension: 2, inRange: { color: SCALE } },
      series: [{
        type: 'heatmap',
        data: h.cells.map((c) => [c.week, c.value, Math.round(c.meanScore * 100) / 100, c.count]),
        label: { show: true, formatter: (p) => fmt.score(p.value[2]), fontSize: 11 },
        emphasis: { itemStyle: { borderColor: '#141b2d', borderWidth: 1 } },
      }],
    });
    instance.on('click', (p) => choose(dimension, h.values[p.value[1]]));
  });
}

function tile(label, value, detail) {
  return el('div', { class: 'panel kpi' }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value), el('span', { class: 'detail' }, detail));
}

function lastBaseline(days) {
  for (let i = days.length - 1; i >= 0; i--) if (days[i].baseline !== null && days[i].baseline !== undefined) return days[i].baseline;
  return null;
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
