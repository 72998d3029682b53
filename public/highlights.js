// @ts-check
import { byId } from './api.js';

// The document page opened from a search hit marks every occurrence of the search's terms; these buttons
// step through them (n / N), starting from the hit's own place (the article in the address) when there is one.
const marks = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('#text-view mark.hit')]);
const counter = byId('hit-counter');
let current = -1;

/** @param {number} index */
function show(index) {
  if (marks.length === 0) return;
  marks[current]?.classList.remove('current');
  current = (index + marks.length) % marks.length;
  const mark = marks[current];
  if (!mark) return;
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  counter.textContent = `${current + 1} / ${marks.length}`;
}

byId('hit-next').addEventListener('click', () => show(current + 1));
byId('hit-prev').addEventListener('click', () => show(current - 1));
document.addEventListener('keydown', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
  if (event.key === 'n') show(current + 1);
  if (event.key === 'N' || event.key === 'p') show(current - 1);
});

// The hit's article (from the address) holds the first mark to show; without one, the first in the text.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const start = target ? marks.findIndex((mark) => target.contains(mark) || Boolean(target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0;
if (marks.length > 0) {
  if (target) {
    // Keep the browser's scroll to the article; mark the place without moving.
    current = Math.max(0, start);
    marks[current]?.classList.add('current');
    counter.textContent = `${current + 1} / ${marks.length}`;
  } else {
    show(0);
  }
}
