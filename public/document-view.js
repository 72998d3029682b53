// @ts-check
import { byId, targetOf } from './api.js';

// Text and original-layout views of the same document.
const switcher = document.querySelector('.view-switch');
switcher?.addEventListener('click', (event) => {
  const target = targetOf(event).closest('a');
  if (!target) return;
  event.preventDefault();
  for (const link of switcher.querySelectorAll('a')) link.classList.toggle('active', link === target);
  byId('text-view').hidden = target.hash !== '#text-view';
  byId('html-view').hidden = target.hash !== '#html-view';
});
