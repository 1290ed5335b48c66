// Model: version, confusion matrix and per-class metrics of the model in service; live agreement
// with reviewers when the learning loop provides it.
import { ApiError, get } from './api.js';
import { chart, el, empty, esc, fill, fmt, guarded, shell, table, code } from './ui.js';

const $ = (id) => document.getElementById(id);
const HEAT = ['#f4f6fa', '#dbe4ff', '#91a7ff', '#4c6ef5', '#364fc7'];

shell('model');
guarded($('kpis'), async () => {
  const capabilities = await get('/api/v1/dashboard/capabilities');
  render(capabilities.models ? await active() : { version: 'unknown' });
  await agreement(capabilities);
});

/** The model in service with its manifest, from the model registry (no 404 when unregistered). */
async function active() {
  const registry = await get('/api/v1/models');
  const entry = registry.versions.find((v) => v.version === registry.active);
  const manifest = (entry && entry.manifest) || {};
  return {
    version: registry.active,
    status: entry ? entry.status : null,
    createdAt: manifest.createdAt,
    architecture: manifest.architecture,
    trainingData: manifest.trainingData,
    metrics: manifest.metrics,
    gate: entry ? entry.gate : null,
  };
}

function render(model) {
  fill($('version'), `Model in service: ${model.version}` + (model.createdAt ? `, trained ${fmt.time(model.createdAt)}` : ''));
  const metrics = model.metrics || {};
  const split = metrics.test ? 'test' : metrics.dev ? 'dev' : null;
  if (!split) {
    fill($('kpis'));
    fill($('confusion'), empty('No evaluation for this model', 'Its manifest.json was not found or holds no metrics. Train with ', code('./pulse train'), ' to get one.'));
    fill($('classes'), empty('No per-class metrics'));
    fill($('training'), empty('No training record'));
    return;
  }
  const m = metrics[split];
  fill($('kpis'),
    tile('Accuracy', fmt.pct(m.accuracy, 1), `${split} split`),
    tile('Macro-F1', m.macroF1.toFixed(3), 'mean F1 over the classes'),
    tile('Examples', fmt.int(m.examples), `${split} split`),
    tile('Calibration error', m.expectedCalibrationError === undefined ? '–' : m.expectedCalibrationError.toFixed(3), 'expected calibration error'));
  const labels = m.classes.map((c) => c.label);
  fill($('confusion-title'), `Confusion matrix (${split})`);
  confusion($('confusion'), 'confusion', labels, m.confusion);
  classes(m.classes);
  training(model);
}

function tile(label, value, detail) {
  return el('div', { class: 'panel kpi' }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value), el('span', { class: 'detail' }, detail));
}

function confusion(container, name, labels, matrix) {
  const data = [];
  matrix.forEach((row, t) => row.forEach((n, p) => data.push([p, t, n])));
  const node = el('div', { class: 'chart', dataset: { chart: name } });
  fill(container, node);
  chart(node, {
    tooltip: { formatter: (p) => `true ${esc(labels[p.value[1]])}, predicted ${esc(labels[p.value[0]])}: ${fmt.int(p.value[2])}` },
    grid: { left: 100, right: 20, top: 10, bottom: 95 },
    xAxis: { type: 'category', data: labels, name: 'predicted', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'category', data: labels, name: 'true', nameLocation: 'middle', nameGap: 80, inverse: true },
    visualMap: { min: 0, max: Math.max(1, ...data.map((d) => d[2])), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, dimension: 2, inRange: { color: HEAT } },
    series: [{ type: 'heatmap', data, label: { show: true, fontSize: 13, fontWeight: 'bold' } }],
  });
}

function classes(rows) {
  const node = el('div', { class: 'chart short', dataset: { chart: 'classes' } });
  fill($('classes'), node, table([
    { title: 'Class', cell: (c) => c.label },
    { title: 'Precision', num: true, cell: (c) => c.precision.toFixed(3) },
    { title: 'Recall', num: true, cell: (c) => c.recall.toFixed(3) },
    { title: 'F1', num: true, cell: (c) => c.f1.toFixed(3) },
    { title: 'Support', num: true, cell: (c) => fmt.int(c.support) },
  ], rows));
  chart(node, {
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 10, top: 35, bottom: 25 },
    xAxis: { type: 'category', data: rows.map((c) => c.label) },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: ['precision', 'recall', 'f1'].map((k, i) => ({
      name: k, type: 'bar', data: rows.map((c) => Math.round(c[k] * 1000) / 1000),
      itemStyle: { color: ['#91a7ff', '#4c6ef5', '#141b2d'][i] },
    })),
  });
}

function training(model) {
  const files = Object.entries(model.trainingData || {});
  fill($('training'), el('dl', { class: 'facts' },
    el('dt', {}, 'Version'), el('dd', {}, model.version),
    el('dt', {}, 'Trained'), el('dd', {}, fmt.time(model.createdAt)),
    el('dt', {}, 'Architecture'), el('dd', {}, model.architecture || '–'),
    el('dt', {}, 'Training data'), el('dd', {}, files.length ? files.map(([f]) => el('div', {}, f)) : '–')));
}

async function agreement(capabilities) {
  const container = $('agreement');
  if (!capabilities.agreement) {
    fill(container, empty('No reviewer agreement yet', 'When reviewers label spot-checked interactions, their agreement with the model shows here.'));
    return;
  }
  let a;
  try {
    a = await get('/api/v1/feedback/agreement');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      fill(container, empty('No reviewer agreement yet', 'Reviewers have not labelled any interaction.'));
      return;
    }
    throw error;
  }
  const overall = a && a.overall;
  if (!overall || !overall.n) {
    fill(container, empty('No reviewer agreement yet', 'Reviewers have not labelled any interaction.'));
    return;
  }
  const series = a.series || [];
  const trend = el('div', { class: 'chart short', dataset: { chart: 'agreement' } });
  const matrix = el('div');
  fill(container,
    el('section', { class: 'grid cols-4' },
      tile('Reviewed', fmt.int(overall.n), 'interactions with a reviewer label'),
      tile('Agreement', fmt.pct(overall.accuracy, 1), 'model label = reviewer label'),
      tile('Macro-F1', overall.macroF1 === undefined || overall.macroF1 === null ? '–' : overall.macroF1.toFixed(3), 'against reviewer labels'),
      tile('Periods', fmt.int(series.length), 'with reviews')),
    el('section', { class: 'grid cols-2 section' }, el('div', {}, el('h2', {}, 'Agreement over time'), series.length ? trend : empty('No periods yet')), el('div', {}, el('h2', {}, 'Model vs reviewers'), matrix)));
  if (series.length) {
    chart(trend, {
      tooltip: { trigger: 'axis' },
      grid: { left: 45, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: series.map((s) => s.period) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [{ name: 'agreement', type: 'line', data: series.map((s) => s.accuracy), itemStyle: { color: '#4c6ef5' } }],
    });
  }
  if (overall.confusion && overall.confusion.length) {
    confusion(matrix, 'agreement-confusion', overall.labels || ['negative', 'neutral', 'positive'], overall.confusion);
  } else {
    fill(matrix, empty('No confusion matrix yet'));
  }
}
