import { raw } from 'hono/html';
import type { Checklist } from '../checklist/checklist.models.js';
import { CATEGORY_LABELS } from '../review/review.models.js';
import { CATEGORIES } from '../review/review.table.js';
import { SectionTable } from './checklist.page.js';

/**
 * The checklist for printing: A4, the standard's margins, each section on a new page, the header row
 * repeated on each page, and 征求意见稿 on every page of a draft (a fixed element prints on each page).
 */
export function ChecklistPrintPage({ checklist, versionId }: { checklist: Checklist; versionId: number }) {
  const { byCategory, leftOut } = checklist.summary;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <title>{`${checklist.roundName}制度清单`}</title>
          <link rel="stylesheet" href="/static/print.css" />
          <script type="module" src="/static/print.js" />
        </head>
        <body class="print-view">
          <p class="screen-only"><button type="button" id="print">打印</button> 清单版本 #{versionId}</p>
          {checklist.draft && <div class="draft-watermark">征求意见稿</div>}
          <h1>{checklist.roundName}制度清单</h1>
          <p class="lead">共 {Object.values(byCategory).reduce((a, b) => a + b, 0)} 项：{CATEGORIES.map((c) => `${CATEGORY_LABELS[c]} ${byCategory[c]} 项`).join('，')}。
            {leftOut > 0 && `另有 ${leftOut} 项未列入。`}</p>
          {checklist.sections.map((section) => (
            <section class="print-section">
              <h2>{section.title}</h2>
              <SectionTable category={section.category} rows={section.rows} />
            </section>
          ))}
        </body>
      </html>
    </>
  );
}
