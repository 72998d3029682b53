import { requestJson, showMessage } from './api.js';

const button = document.getElementById('import-demo');
button?.addEventListener('click', async () => {
  const message = document.querySelector('.form-message');
  button.disabled = true;
  showMessage(message, '正在导入示例文件……');
  try {
    const { results } = await requestJson('POST', '/api/demo');
    const imported = results.filter((r) => r.status === 'imported').length;
    showMessage(message, `已导入 ${imported} 件示例文件，正在打开文件清单……`);
    window.location.href = '/documents';
  } catch (error) {
    showMessage(message, error.message, true);
    button.disabled = false;
  }
});
