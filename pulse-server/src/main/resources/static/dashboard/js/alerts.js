// Alert board: unresolved alerts per level with deadlines and overdue marks; acknowledge, resolve.
import { get, post, url } from './api.js';
import { chip, conversationLink, customerLink, drillLink, el, empty, fill, fmt, guarded, score, shell, toast } from './ui.js';

const LEVELS = ['RED', 'ORANGE', 'YELLOW', 'GREEN'];
const PER_LEVEL = 100;
const SHOWN = 8;
const FILTERS = [['open,acknowledged', 'Open + acknowledged'], ['open', 'Open'], ['acknowledged', 'Acknowledged']];
const KINDS = {
  NEGATIVE_INTERACTION: 'Negative interaction',
  SUCCESS_STORY: 'Success story',
  AGGREGATE_BAND: 'Low average',
  TREND_DROP: 'Trend drop',
  NEGATIVE_SHARE: 'Negative share up',
  NEGATIVE_COUNT: 'Many negatives',
  CONVERSATION_ESCALATING: 'Conversation escalating',
};
const board = document.getElementById('board');
let status = 'open,acknowledged';

shell('alerts');
filters();
load();

function filters() {
  fill(document.getElementById('status-filter'), FILTERS.map(([value, title]) =>
    el('button', { type: 'button', class: value === status ? 'active' : null, on: { click: () => { status = value; filters(); load(); } } }, title)));
}

function load() {
  guarded(board, async () => {
    const pages = await Promise.all(LEVELS.map((level) =>
      get(url('/api/v1/alerts', { level: level.toLowerCase(), status, size: PER_LEVEL }))));
    const total = pages.reduce((n, p) => n + p.total, 0);
    const overdue = pages.reduce((n, p) => n + p.items.filter((a) => a.overdue).length, 0);
    fill(document.getElementById('board-summary'), `${fmt.int(total)} alerts` + (overdue ? `, ${fmt.int(overdue)} overdue among those shown` : ''));
    if (total === 0) {
      fill(board, el('div', { class: 'span-3' }, empty('Nothing to handle',
        'No alerts with this status. Alerts are raised when an interaction or a product, channel or topic turns negative.')));
      return;
    }
    fill(board, LEVELS.map((level, i) => column(level, pages[i])));
  });
}

function column(level, page) {
  const items = [...page.items].sort(urgency);
  const cards = el('div', {}, items.slice(0, SHOWN).map(card));
  const rest = items.slice(SHOWN);
  const more = rest.length
    ? el('button', { type: 'button', class: 'btn more-button', on: { click: () => { cards.append(...rest.map(card)); more.remove(); } } }, `Show ${fmt.int(rest.length)} more`)
    : null;
  return el('section', { class: `column ${level}`, dataset: { level } },
    el('header', {}, el('span', {}, level.toLowerCase()), el('span', { class: 'count' }, fmt.int(page.total))),
    items.length ? cards : el('div', { class: 'more' }, 'none'),
    more,
    page.total > items.length ? el('div', { class: 'more' }, `${fmt.int(page.total - items.length)} older not listed`) : null);
}

function urgency(a, b) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.status !== b.status) return a.status === 'OPEN' ? -1 : 1;
  const da = a.reviewBy ? Date.parse(a.reviewBy) : Infinity;
  const db = b.reviewBy ? Date.parse(b.reviewBy) : Infinity;
  return da !== db ? da - db : Date.parse(b.raisedAt) - Date.parse(a.raisedAt);
}

function card(alert) {
  const node = el('article', {
    class: `card ${alert.level}${alert.overdue ? ' overdue' : ''}`,
    dataset: { id: alert.id, status: alert.status },
  });
  return render(node, alert);
}

function render(node, a) {
  node.dataset.status = a.status;
  node.className = `card ${a.level}${a.overdue ? ' overdue' : ''}`;
  return fill(node,
    el('div', { class: 'row' }, el('span', { class: 'kind' }, KINDS[a.kind] || a.kind), statusChip(a)),
    el('div', {}, series(a.series)),
    el('div', { class: 'row' }, el('span', {}, `raised ${fmt.time(a.raisedAt)}`), deadline(a)),
    el('div', { class: 'row' },
      el('span', {}, 'score ', score(a.score)),
      el('span', {}, a.count > 1 ? `${a.negatives}/${a.count} negative` : 'one message'),
      a.zScore !== undefined && a.zScore !== null ? el('span', {}, `z ${a.zScore.toFixed(1)}`) : null,
      a.occurrences > 1 ? el('span', {}, `×${a.occurrences}`) : null),
    a.acknowledgedBy ? el('div', { class: 'row' }, el('span', {}, `acknowledged by ${a.acknowledgedBy}`), el('span', {}, fmt.time(a.acknowledgedAt))) : null,
    actions(node, a));
}

function statusChip(a) {
  if (a.overdue) return chip('overdue', 'overdue');
  return chip(a.status.toLowerCase(), a.status === 'OPEN' ? a.level : 'muted');
}

function series(text) {
  const eq = text.indexOf('=');
  const dimension = text.slice(0, eq);
  const value = text.slice(eq + 1);
  if (dimension === 'customer') return el('span', {}, 'customer ', customerLink(value));
  if (dimension === 'conversation') return el('span', {}, 'conversation ', conversationLink(value));
  return el('span', {}, `${dimension} `, drillLink(dimension, value));
}

function deadline(a) {
  if (!a.reviewBy) return el('span', {}, 'no deadline');
  const ms = Date.parse(a.reviewBy) - Date.now();
  if (a.status !== 'OPEN') return el('span', {}, `was due ${fmt.time(a.reviewBy)}`);
  return ms < 0
    ? el('span', { class: 'delta neg' }, `overdue by ${fmt.duration(ms)}`)
    : el('span', {}, `due in ${fmt.duration(ms)}`);
}

function actions(node, a) {
  const action = a.status === 'OPEN' ? ['acknowledge', 'Acknowledge'] : a.status === 'ACKNOWLEDGED' ? ['resolve', 'Resolve'] : null;
  if (!action) return null;
  const button = el('button', {
    type: 'button', class: 'btn primary', dataset: { action: action[0] },
    on: { click: async () => {
      button.disabled = true;
      try {
        const updated = await post(`/api/v1/alerts/${encodeURIComponent(a.id)}/${action[0]}`);
        render(node, updated);
        toast(`Alert ${action[0] === 'acknowledge' ? 'acknowledged' : 'resolved'}`);
      } catch (error) {
        button.disabled = false;
        toast(`Could not ${action[0]}: ${error.message}`);
      }
    } },
  }, action[1]);
  return el('div', { class: 'actions' }, button);
}
