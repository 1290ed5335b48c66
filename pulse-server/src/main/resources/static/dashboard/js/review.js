// Review: the spot-check queue of the learning loop; each answer confirms or corrects the model.
import { get, post, url } from './api.js';
import { chip, el, empty, fill, fmt, guarded, shell, toast } from './ui.js';

const $ = (id) => document.getElementById(id);
const LABELS = ['negative', 'neutral', 'positive'];

shell('review');
load();

async function load() {
  await guarded($('queue'), async () => {
    const capabilities = await get('/api/v1/dashboard/capabilities');
    if (!capabilities.reviewQueue) {
      fill($('queue'), empty('No review queue on this server', 'The learning loop is not part of this server.'));
      return;
    }
    const queue = await get(url('/api/v1/review/queue', { limit: 20 }));
    fill($('pending'), `${fmt.int(queue.pending)} waiting for review`);
    fill($('queue'), queue.items.length
      ? queue.items.map(item)
      : empty('Nothing to review', 'Spot checks appear here as scored messages arrive.'));
  });
}

function item(i) {
  const node = el('article', { class: 'message', dataset: { id: String(i.interactionId) } });
  const buttons = LABELS.map((label) => el('button', {
    type: 'button',
    class: label === i.modelLabel ? 'btn primary' : 'btn',
    dataset: { label },
    on: { click: () => answer(node, i, label) },
  }, label));
  return fill(node,
    el('div', { class: 'meta' },
      el('span', {}, 'model says'), chip(i.modelLabel),
      el('span', {}, `confidence ${fmt.pct(i.confidence)}`),
      el('span', {}, fmt.time(i.occurredAt)),
      el('span', {}, i.channel),
      i.product ? el('span', {}, i.product) : null),
    el('div', { class: 'text' }, i.text ?? ''),
    el('div', { class: 'actions card-actions' }, buttons));
}

async function answer(node, i, label) {
  for (const b of node.querySelectorAll('button')) b.disabled = true;
  try {
    const result = await post(`/api/v1/review/${encodeURIComponent(i.interactionId)}`, { label });
    fill(node.querySelector('.actions'), chip(result.status === 'confirmed' ? 'confirmed' : `corrected to ${label}`, result.status === 'confirmed' ? 'positive' : 'neutral'));
    node.dataset.status = result.status;
    toast(result.status === 'confirmed' ? 'Model label confirmed' : `Corrected to ${label}`);
  } catch (error) {
    for (const b of node.querySelectorAll('button')) b.disabled = false;
    toast(`Could not save: ${error.message}`);
  }
}
