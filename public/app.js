import { requestJson } from './api.js';

// Sign-out, in the header of every page.
document.getElementById('sign-out')?.addEventListener('click', async () => {
  await requestJson('POST', '/api/auth/sign-out').catch(() => undefined);
  window.location.href = '/sign-in';
});
