// Conversation view: the turns of one conversation in order, coloured by band, with the customer's
// trajectory (customer turns only), agent and bot tone apart, and the state.
import { get } from './api.js';
import { el, empty, fill, fmt, guarded, param, score, shell } from './ui.js';

const $ = (id) => document.getElementById(id);
const STATES = {
  escalating: ['Escalating', 'red'],
  recovering: ['Recovering', 'green'],
  steady: ['Steady', ''],
};

shell('conversation');
$('pick').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = $('conversation-id').value.trim();
  if (id) show(id);
});
const initial = param('id');
if (initial) {
  $('conversation-id').value = initial;
  show(initial);
} else {
  fill($('turns'), empty('Pick a conversation',
    'Enter its id (as sent in conversationId), or open one from an alert of kind "Conversation escalating".'));
}

async function show(id) {
  history.replaceState(null, '', `/dashboard/conversation.html?id=${encodeURIComponent(id)}`);
  await guarded($('turns'), async () => {
    const c = await get(`/api/v1/conversations/${encodeURIComponent(id)}`);
    kpis(c);
    fill($('turns-title'), `Turns of ${c.conversationId}` + (c.pending ? ` (${fmt.int(c.pending)} waiting for a score)` : ''));
    fill($('turns'), el('ol', { class: 'turns' }, c.turns.map(turn)));
  });
}

function kpis(c) {
  const t = c.trajectory;
  const [state, cls] = STATES[c.state] || [c.state, ''];
  fill($('kpis'),
    kpi('State', state, cls, 'state'),
    kpi('Customer: first → last', t.turns ? `${fmt.score(t.first)} → ${fmt.score(t.last)}` : 'no scored turn', '', 'trajectory'),
    kpi('Customer slope per turn', t.turns > 1 ? fmt.score(t.slope) : '—', t.slope < 0 ? 'red' : '', 'slope'),
    kpi('Agent tone', c.agentTone ? `${fmt.score(c.agentTone.mean)} (${fmt.int(c.agentTone.turns)} ${c.agentTone.turns === 1 ? 'turn' : 'turns'})` : '—', '', 'agent-tone'));
}

function kpi(title, value, cls, name) {
  return el('div', { class: `panel kpi ${cls}`, dataset: { kpi: name } },
    el('div', { class: 'label' }, title), el('div', { class: 'value' }, value));
}

function turn(t) {
  const band = t.band || 'none';
  return el('li', { class: `turn ${t.role} band-${band}`, dataset: { band, role: t.role } },
    el('div', { class: 'turn-head' },
      el('strong', {}, t.role),
      el('span', { class: 'muted' }, ` · ${fmt.time(t.occurredAt)} · ${t.channel}`),
      t.score === undefined || t.score === null
        ? el('span', { class: 'chip muted' }, t.scoring)
        : el('span', {}, ' · ', score(t.score))),
    // No text: the user's role may not read messages (or pulse.privacy.dashboard-text is off).
    t.text == null
      ? el('div', { class: 'turn-text muted' }, 'Message text is not shown to your role.')
      : el('div', { class: 'turn-text' }, t.text));
}
