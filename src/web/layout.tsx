import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

/** The capabilities of the tool; those not built yet are shown, greyed, so users see what is coming. */
const NAVIGATION = [
  { href: '/', label: '首页', ready: true },
  { href: '/documents', label: '文件清单', ready: true },
  { href: '/upload', label: '上传导入', ready: true },
  { href: '/search', label: '全文检索', ready: false },
  { href: '/review', label: '清理审核', ready: false },
  { href: '/checklist', label: '制度清单', ready: false },
  { href: '/tracking', label: '八项制度·六项机制', ready: false },
];

export function Layout({ title, active, children, scripts = [] }: { title: string; active: string; children: Child; scripts?: string[] }) {
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · 制度清理工作平台`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/app.css" />
        {scripts.map((name) => <script type="module" src={`/static/${name}`} />)}
      </head>
      <body>
        <header class="topbar">
          <a class="brand" href="/">制度清理工作平台</a>
          <nav>
            {NAVIGATION.map((item) =>
              item.ready
                ? <a href={item.href} class={item.href === active ? 'active' : ''}>{item.label}</a>
                : <span class="disabled" title="建设中">{item.label}</span>,
            )}
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
    </>
  );
}
