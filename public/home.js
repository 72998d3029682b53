// @ts-check
import { $, requestJson, showError, showMessage } from './api.js';

const button = /** @type {HTMLButtonElement | null} */ (document.getElementById('import-demo'));
button?.addEventListener('click', async () => {
  const message = $('.form-message');
  button.disabled = true;
  showMessage(message, '正在导入示例文件……');
  try {
    /** @type {{ results: { status: string }[] }} */
    const { results } = await requestJson('POST', '/api/demo');
    const imported = results.filter((r) => r.status === 'imported').length;
    showMessage(message, `已导入 ${imported} 件示例文件，正在打开文件清单……`);
    window.location.href = '/documents';
  } catch (error) {
    showError(message, error);
    button.disabled = false;
  }
});
