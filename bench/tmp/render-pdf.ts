import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/e2e/browser.js';
const [pdfFile, pages = '1,2'] = process.argv.slice(2);
const root = path.resolve('node_modules/pdfjs-dist/build');
const server = http.createServer((req, res) => {
  const url = req.url!;
  if (url === '/doc.pdf') { res.setHeader('content-type', 'application/pdf'); res.end(fs.readFileSync(pdfFile!)); return; }
  if (url.startsWith('/page')) {
    const n = Number(url.slice(5));
    res.setHeader('content-type', 'text/html');
    res.end(`<canvas id=c></canvas><script type=module>
import * as pdfjs from '/pdf.mjs'; pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const doc = await pdfjs.getDocument('/doc.pdf').promise; const page = await doc.getPage(${n});
const vp = page.getViewport({ scale: 1.3 }); const c = document.getElementById('c'); c.width = vp.width; c.height = vp.height;
await page.render({ canvasContext: c.getContext('2d'), viewport: vp }).promise; document.title = 'done';
</script>`); return;
  }
  const file = path.join(root, url.slice(1));
  if (fs.existsSync(file)) { res.setHeader('content-type', 'text/javascript'); res.end(fs.readFileSync(file)); return; }
  res.statusCode = 404; res.end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as any).port;
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1200, height: 1200 } });
for (const n of pages.split(',')) {
  await page.goto(`http://127.0.0.1:${port}/page${n}`);
  await page.waitForFunction(() => document.title === 'done', null, { timeout: 30000 });
  await page.locator('#c').screenshot({ path: `${pdfFile}.p${n}.png` });
}
await browser.close(); server.close();
