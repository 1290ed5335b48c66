// Customer view: a pseudonymous customer's interactions and scores over time and RFM segment.
import { get, url } from './api.js';
import { COLORS, chart, el, empty, esc, fill, fmt, guarded, message, noInteractions, param, score, shell, table } from './ui.js';

const $ = (id) => document.getElementById(id);
const SORTS = [['negative', 'Most negative'], ['recent', 'Most recent']];
let sort = 'negative';
let selected = param('c');
let rfm = null;

shell('customer');
list();

function sorts() {
  fill($('sort'), SORTS.map(([value, title]) =>
    el('button', { type: 'button', class: value === sort ? 'active' : null, on: { click: () => { sort = value; list(); } } }, title)));
}

async function list() {
  sorts();
  await guarded($('customers'), async () => {
    const customers = await get(url('/api/v1/dashboard/customers', { sort, limit: 200 }));
    if (customers.length === 0) {
      fill($('customers'), noInteractions());
      for (const id of ['timeline', 'interactions']) fill($(id), empty('No customer to show'));
      return;
    }
    if (!selected) selected = customers[0].customer;
    fill($('customers'), table([
      { title: 'Customer', cell: (c) => el('span', { class: 'pseudonym' }, c.customer) },
      { title: 'n', num: true, cell: (c) => fmt.int(c.interactions) },
      { title: 'Mean', num: true, cell: (c) => score(c.meanScore) },
    ], customers, (c) => show(c.customer)));
    mark();
    await show(selected);
  });
}

function mark() {
  for (const row of $('customers').querySelectorAll('tbody tr')) {
    row.classList.toggle('selected', row.querySelector('.pseudonym').textContent === selected);
  }
}

async function show(pseudonym) {
  selected = pseudonym;
  mark();
  history.replaceState(null, '', url('/dashboard/customer.html', { c: pseudonym }));
  await guarded($('timeline'), async () => {
    const [page, segment] = await Promise.all([
      get(url(`/api/v1/customers/${encodeURIComponent(pseudonym)}/timeline`, { size: 500 })),
      segmentOf(pseudonym),
    ]);
    const items = page.items.map((i) => ({
      id: i.id, occurredAt: i.occurredAt, channel: i.channel, product: i.product, topics: i.tags,
      customer: null, label: i.score.label, score: i.score.score, text: i.text,
    }));
    kpis(page.total, items, segment);
    fill($('timeline-title'), `Timeline of ${pseudonym}`);
    timeline(items);
    fill($('interactions'), items.length
      ? el('div', { class: 'messages scroll' }, items.slice().reverse().map(message))
      : empty('No interactions stored for this customer'));
  });
}

function kpis(total, items, segment) {
  const mean = items.length ? items.reduce((s, i) => s + i.score, 0) / items.length : null;
  const negative = items.filter((i) => i.label === 'negative').length;
  fill($('kpis'),
    tile('Interactions', fmt.int(total), items.length ? `${fmt.day(items[0].occurredAt)} to ${fmt.day(items[items.length - 1].occurredAt)}` : ''),
    tile('Mean sentiment', fmt.score(mean), 'score from -1 to +1'),
    tile('Negative', fmt.int(negative), items.length ? fmt.pct(negative / items.length) + ' of interactions' : ''),
    segment
      ? tile('RFM segment', segment.segment, `RFM ${segment.recencyScore}${segment.frequencyScore}${segment.monetaryScore} · spend ${fmt.money(segment.monetary)} · last purchase ${fmt.day(segment.lastPurchase)}`)
      : tile('RFM segment', '–', 'no transactions of this customer in the RFM data'));
}

function tile(label, value, detail) {
  return el('div', { class: 'panel kpi' }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value), el('span', { class: 'detail' }, detail));
}

function timeline(items) {
  if (items.length === 0) {
    fill($('timeline'), empty('No interactions stored for this customer'));
    return;
  }
  const node = el('div', { class: 'chart', dataset: { chart: 'timeline' } });
  fill($('timeline'), node);
  const running = [];
  let sum = 0;
  items.forEach((item, i) => {
    sum += item.score;
    if (i >= 5) sum -= items[i - 5].score;
    running.push([item.occurredAt, Math.round((sum / Math.min(i + 1, 5)) * 100) / 100]);
  });
  chart(node, {
    tooltip: { trigger: 'item', formatter: (p) => `${esc(fmt.time(p.value[0]))}<br>${esc(p.seriesName)}: ${fmt.score(p.value[1])}` },
    legend: {},
    grid: { left: 45, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: -1, max: 1 },
    series: [
      ...['negative', 'neutral', 'positive'].map((label) => ({
        name: label, type: 'scatter', symbolSize: 9, itemStyle: { color: COLORS[label] },
        data: items.filter((i) => i.label === label).map((i) => [i.occurredAt, Math.round(i.score * 100) / 100]),
      })),
      { name: 'mean of last 5', type: 'line', smooth: true, showSymbol: false, lineStyle: { color: '#141b2d', width: 2 }, itemStyle: { color: '#141b2d' }, data: running },
    ],
  });
}

async function segmentOf(pseudonym) {
  try {
    if (!rfm) {
      const report = await get(url('/api/v1/analytics/rfm', { includeCustomers: true }));
      rfm = new Map((report.customerScores || []).map((c) => [c.customerId, c]));
    }
    return rfm.get(pseudonym) || null;
  } catch (error) {
    return null;
  }
}
