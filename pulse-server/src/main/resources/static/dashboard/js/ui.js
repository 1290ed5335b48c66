// Building blocks of the dashboard pages. All text goes into the page through textContent (el,
// text children) and chart labels through ECharts' own escaping: nothing from the API is ever
// parsed as HTML.
import { get, signOut } from './api.js';

export const PAGES = [
  ['overview', 'Overview', '/dashboard/'],
  ['alerts', 'Alerts', '/dashboard/alerts.html'],
  ['drilldown', 'Drill-down', '/dashboard/drilldown.html'],
  ['customer', 'Customers', '/dashboard/customer.html'],
  ['conversation', 'Conversations', '/dashboard/conversation.html'],
  ['segments', 'Segments', '/dashboard/segments.html'],
  ['model', 'Model', '/dashboard/model.html'],
  ['review', 'Review', '/dashboard/review.html'],
];

export const COLORS = {
  GREEN: '#2f9e6e',
  YELLOW: '#e5b300',
  ORANGE: '#f08c00',
  RED: '#e03131',
  positive: '#2f9e6e',
  neutral: '#98a2b3',
  negative: '#e03131',
  brand: '#3b5bdb',
  muted: '#98a2b3',
};

/**
 * Creates an element. `props`: class, text, title, href, dataset {..}, on {event: handler}, and
 * any other attribute. Children: nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of `node` by `children`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Renders the top bar with `active` highlighted. */
export function shell(active) {
  const links = PAGES.map(([id, title, href]) =>
    el('a', { href, class: id === active ? 'active' : null, 'aria-current': id === active ? 'page' : null }, title));
  const header = document.getElementById('topbar');
  fill(header,
    el('a', { class: 'brand', href: '/dashboard/' }, el('span', { class: 'dot' }), 'Pulse'),
    el('nav', {}, links),
    el('button', { class: 'signout', type: 'button', on: { click: () => signOut() } }, 'Sign out'));
}

/** A friendly empty state: a bold title and a hint (strings or nodes). */
export function empty(title, ...hint) {
  return el('div', { class: 'empty' }, el('strong', {}, title), ...hint);
}

/** An error box for a failed request. */
export function failure(error) {
  return el('div', { class: 'error', role: 'alert' }, 'Could not load this part: ', error.message || String(error));
}

/** `<code>` helper for hints. */
export const code = (text) => el('code', {}, text);

/** The standard hint when no interactions are stored. */
export function noInteractions() {
  return empty('No interactions yet',
    'Send some with ', code('POST /api/v1/interactions'), ' or start the server with ',
    code('./pulse serve --demo'), ' to load the sample data.');
}

const charts = new Set();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

/**
 * Draws an ECharts chart in `container` (replacing what was there). The container gets
 * data-points = number of data points over all series, for tests and for empty checks.
 */
export function chart(container, option) {
  const existing = window.echarts.getInstanceByDom(container);
  if (existing) {
    charts.delete(existing);
    existing.dispose();
  }
  container.replaceChildren();
  const instance = window.echarts.init(container, null, { renderer: 'canvas' });
  instance.setOption({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
  const series = Array.isArray(option.series) ? option.series : [option.series];
  container.dataset.points = String(series.reduce((n, s) => n + ((s && s.data) ? s.data.length : 0), 0));
  charts.add(instance);
  return instance;
}

/** HTML-escapes text for ECharts tooltip formatters (which render HTML). */
export const esc = (text) => window.echarts.format.encodeHTML(String(text ?? ''));

export const fmt = {
  int: (n) => Number(n || 0).toLocaleString('en-US'),
  score: (x) => (x === null || x === undefined ? '–' : (x > 0 ? '+' : '') + Number(x).toFixed(2)),
  pct: (x, digits = 0) => (x === null || x === undefined ? '–' : (100 * x).toFixed(digits) + '%'),
  day: (iso) => (iso ? String(iso).slice(0, 10) : '–'),
  time: (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace('T', ' ') : '–'),
  money: (x) => Number(x || 0).toLocaleString('en-US', { maximumFractionDigits: 0 }),
  duration(ms) {
    const abs = Math.abs(ms);
    const minutes = Math.round(abs / 60000);
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.round(minutes / 6) / 10;
    if (hours < 48) return `${hours} h`;
    return `${Math.round(hours / 24)} d`;
  },
};

/** A score as coloured text. */
export function score(value) {
  const cls = value < -0.2 ? 'score neg' : value > 0.3 ? 'score pos' : 'score';
  return el('span', { class: cls }, fmt.score(value));
}

/** A label or level chip. */
export function chip(text, cls = text) {
  return el('span', { class: `chip ${cls}` }, text);
}

/** A link to a customer's view (pseudonym only). */
export function conversationLink(id) {
  return el('a', { class: 'conversation-link', href: `/dashboard/conversation.html?id=${encodeURIComponent(id)}` }, id);
}

export function customerLink(pseudonym) {
  return el('a', { class: 'pseudonym', href: `/dashboard/customer.html?c=${encodeURIComponent(pseudonym)}` }, pseudonym);
}

let displayNames = {};

/** Loads the display names of slice values (aspect ids -> names); pages call it once at start. */
export async function loadNames() {
  displayNames = await get('/api/v1/dashboard/names');
}

/** The name to show for a slice value: the aspect's name for aspects, the value otherwise. */
export function display(dimension, value) {
  return (displayNames[dimension] || {})[value] ?? value;
}

/** A link to the drill-down of a channel, product, topic or aspect. */
export function drillLink(dimension, value, text = display(dimension, value)) {
  const href = `/dashboard/drilldown.html?dimension=${encodeURIComponent(dimension)}&value=${encodeURIComponent(value)}`;
  return el('a', { href }, text);
}

/** Query parameter of the page URL. */
export const param = (name) => new URLSearchParams(window.location.search).get(name);

/**
 * One message: meta line and the redacted text, as text. `m`: {id, occurredAt, channel, product,
 * customer, label, score, text}.
 */
export function message(m) {
  const meta = el('div', { class: 'meta' },
    chip(m.label),
    score(m.score),
    el('span', {}, fmt.time(m.occurredAt)),
    el('span', {}, m.channel),
    m.product ? el('span', {}, m.product) : null,
    (m.topics || []).map((t) => chip(t, 'muted')),
    m.customer ? customerLink(m.customer) : null);
  // No text: the user's role may not read messages (or pulse.privacy.dashboard-text is off).
  const text = m.text == null
    ? el('div', { class: 'text muted' }, 'Message text is not shown to your role.')
    : el('div', { class: 'text' }, m.text);
  return el('div', { class: 'message', dataset: { id: String(m.id) } }, meta, text);
}

/** A simple table: columns [{title, num, cell(row) -> node|string}]. */
export function table(columns, rows, onRow) {
  const head = el('tr', {}, columns.map((c) => el('th', { class: c.num ? 'num' : null }, c.title)));
  const body = rows.map((row) =>
    el('tr', { class: onRow ? 'clickable' : null, on: onRow ? { click: () => onRow(row) } : null },
      columns.map((c) => el('td', { class: c.num ? 'num' : null }, c.cell(row)))));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
}

/** Shows a short message at the bottom right. */
export function toast(text) {
  const node = el('div', { class: 'toast', role: 'status' }, text);
  document.body.append(node);
  setTimeout(() => node.remove(), 2500);
}

/** Runs `load` and shows its failure in `container` instead of throwing. */
export async function guarded(container, load) {
  try {
    await load();
  } catch (error) {
    if (error && error.status === 401) return;
    fill(container, failure(error));
  }
}
