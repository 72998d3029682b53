import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { UserRow } from '../auth/auth.table.js';
import { can, ROLE_LABELS, type Permission } from '../auth/roles.js';

/** Who is looking at a page: the page shows only what they may do. */
export type Viewer = { user: UserRow; csrfToken: string } | null;

/** The capabilities of the tool, each shown to the roles that may use it. */
const NAVIGATION: { href: string; label: string; permission: Permission }[] = [
  { href: '/', label: '首页', permission: 'documents:read' },
  { href: '/documents', label: '文件清单', permission: 'documents:read' },
  { href: '/upload', label: '上传导入', permission: 'documents:write' },
  { href: '/search', label: '全文检索', permission: 'documents:read' },
  { href: '/review', label: '清理审核', permission: 'review:read' },
  { href: '/checklist', label: '制度清单', permission: 'checklist:read' },
  { href: '/tracking', label: '八项制度·六项机制', permission: 'tracking:read' },
  { href: '/admin/users', label: '用户管理', permission: 'users:manage' },
  { href: '/admin/units', label: '单位管理', permission: 'units:manage' },
  { href: '/admin/audit', label: '访问日志', permission: 'audit:read' },
];

export function Layout({ title, active, viewer, children, scripts = [] }: {
  title: string; active: string; viewer: Viewer; children: Child; scripts?: string[];
}) {
  const role = viewer?.user.role;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {viewer && <meta name="csrf-token" content={viewer.csrfToken} />}
          <title>{`${title} · 制度清理工作平台`}</title>
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/static/app.css" />
          <script type="module" src="/static/app.js" />
          {scripts.map((name) => <script type="module" src={`/static/${name}`} />)}
        </head>
        <body>
          <a class="skip-link" href="#main">跳到正文</a>
          <header class="topbar">
            <a class="brand" href="/">制度清理工作平台</a>
            {viewer && (
              // On a narrow screen the menu folds behind this button (public/app.js opens it); wide, it is always shown.
              <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="site-menu">
                <span class="menu-icon" aria-hidden="true"></span>菜单
              </button>
            )}
            {viewer && (
              <div class="site-menu" id="site-menu">
                <nav aria-label="主导航">
                  {NAVIGATION.map((item) => {
                    if (!can(role, item.permission)) return null;
                    const current = item.href === active;
                    return <a href={item.href} class={current ? 'active' : ''} aria-current={current ? 'page' : undefined}>{item.label}</a>;
                  })}
                </nav>
                <form class="shell-search" method="get" action="/search" role="search">
                  <input type="search" name="q" placeholder="检索政策文件" aria-label="检索政策文件" list="title-suggestions" autocomplete="off" />
                  <datalist id="title-suggestions" />
                </form>
                <div class="account">
                  <span title={viewer.user.unit}>{viewer.user.displayName}（{ROLE_LABELS[viewer.user.role]}）</span>
                  <a href="/account/password">修改密码</a>
                  <button type="button" class="link" id="sign-out">退出</button>
                </div>
              </div>
            )}
          </header>
          {/* tabindex -1: the skip link moves the keyboard focus here, not only the scroll position. */}
          <main id="main" tabindex={-1}>{children}</main>
        </body>
      </html>
    </>
  );
}
