// Text and original-layout views of the same document.
const switcher = document.querySelector('.view-switch');
switcher?.addEventListener('click', (event) => {
  const target = event.target.closest('a');
  if (!target) return;
  event.preventDefault();
  for (const link of switcher.querySelectorAll('a')) link.classList.toggle('active', link === target);
  document.getElementById('text-view').hidden = target.hash !== '#text-view';
  document.getElementById('html-view').hidden = target.hash !== '#html-view';
});
