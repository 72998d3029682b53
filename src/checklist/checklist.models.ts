import { createHash } from 'node:crypto';
import type { Category, DispositionRow } from '../review/review.table.js';
import { DEFAULT_OFFICE } from '../shared/official-layout.js';

/** By default only approved dispositions; `includeUnapproved` makes a draft for comments (征求意见稿). */
export type ChecklistOptions = { includeUnapproved: boolean };

/** One line of the checklist, as printed; `key` identifies what it is about across versions. */
export type ChecklistRow = {
  key: string;
  category: Category;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  /** 清理意见: the action and ground, then the reason. */
  opinion: string;
  basis: string;
  responsibleUnit: string | null;
  deadline: string | null;
  items: string;
  approved: boolean;
};

export const SECTION_TITLES: Record<Category, string> = {
  keep: '一、坚持（继续有效）的制度',
  improve: '二、完善（修改）的制度',
  abolish: '三、废止（宣布失效）的制度',
  create: '四、新建的制度',
};

/**
 * The columns of every section, in order; 完成时限 only where there is work to do. `width` is the spreadsheet
 * width in characters; `nowrap` marks what must never break (序号, dates), `weight` gives titles the room.
 */
export function columnsOf(category: Category) {
  const columns: { key: keyof ChecklistRow | 'no'; label: string; width: number; nowrap?: boolean; weight?: number; date?: boolean }[] = [
    { key: 'no', label: '序号', width: 6, nowrap: true },
    { key: 'title', label: '名称', width: 34, weight: 1.2 },
    { key: 'docNumber', label: '文号', width: 18 },
    { key: 'issuer', label: '发文机关', width: 18 },
    { key: 'issuedOn', label: '成文日期', width: 16, nowrap: true, date: true },
    { key: 'opinion', label: '清理意见', width: 48 },
    { key: 'basis', label: '依据', width: 22 },
    { key: 'responsibleUnit', label: '责任单位', width: 14 },
  ];
  if (category === 'improve' || category === 'create') columns.push({ key: 'deadline', label: '完成时限', width: 16, nowrap: true, date: true });
  columns.push({ key: 'items', label: '对应制度/机制', width: 20 });
  return columns;
}

/**
 * 依据 as the checklist prints it: each document of the legal basis by title and 文号, each citation as written;
 * without a legal basis, the documents behind the accepted suggestion (the newer version, the repealing act).
 */
export function basisText(d: Pick<DispositionRow, 'legalBasis' | 'acceptedReasons'>, documents: Map<number, { title: string; docNumber: string | null }>): string {
  const cite = (id: number) => {
    const document = documents.get(id);
    return document ? `《${document.title.replace(/^《|》$/g, '')}》${document.docNumber ? `（${document.docNumber}）` : ''}` : `文件#${id}`;
  };
  if (d.legalBasis.length > 0) return d.legalBasis.map((b) => ('documentId' in b ? cite(b.documentId) : b.text)).join('；');
  return [...new Set(d.acceptedReasons.flatMap((r) => r.relatedIds))].map(cite).join('；');
}

export type Checklist = {
  roundName: string;
  /** The office that issues the checklist (its cover and 落款). */
  office: string;
  generatedAt: Date;
  draft: boolean;
  sections: { category: Category; title: string; rows: ChecklistRow[] }[];
  summary: {
    byCategory: Record<Category, number>;
    byIssuer: { issuer: string; counts: Record<Category, number>; total: number }[];
    /** Dispositions left out: undecided, or (for the final version) not yet approved. */
    leftOut: number;
  };
};

const CATEGORY_ORDER: Category[] = ['keep', 'improve', 'abolish', 'create'];


/**
 * Where an issuer stands in the order offices list them: the Party committee, the people's congress, the
 * government, its general office, then the departments; an unknown issuer last.
 */
export function issuerRank(issuer: string | null): number {
  if (!issuer) return 9;
  if (/^中共|党委|[省市县区州]委(办公[室厅])?$/.test(issuer)) return 0;
  if (/人民代表大会/.test(issuer)) return 1;
  if (/人民政府办公[室厅]$/.test(issuer)) return 3;
  if (/人民政府$/.test(issuer)) return 2;
  return 4;
}

/** The rows of a section as offices list them: by issuer (in rank, then by name), then oldest first, undated last. */
export function orderRows<T extends Pick<ChecklistRow, 'issuer' | 'issuedOn' | 'title'>>(rows: T[]): T[] {
  return [...rows].sort((a, b) =>
    issuerRank(a.issuer) - issuerRank(b.issuer)
    || (a.issuer ?? '').localeCompare(b.issuer ?? '', 'zh-CN')
    || (a.issuedOn ? 0 : 1) - (b.issuedOn ? 0 : 1)
    || (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '')
    || a.title.localeCompare(b.title, 'zh-CN'));
}

/** The checklist as officials read it: four numbered sections and a summary. */
export function buildChecklist({ roundName, office = DEFAULT_OFFICE, rows, leftOut, options, generatedAt }: {
  roundName: string; office?: string; rows: ChecklistRow[]; leftOut: number; options: ChecklistOptions; generatedAt: Date;
}): Checklist {
  const zero = () => ({ keep: 0, improve: 0, abolish: 0, create: 0 });
  const byCategory = zero();
  const issuers = new Map<string, Record<Category, number>>();
  for (const row of rows) {
    byCategory[row.category]++;
    const issuer = row.issuer ?? (row.category === 'create' ? '（新建）' : '（未识别）');
    const counts = issuers.get(issuer) ?? zero();
    counts[row.category]++;
    issuers.set(issuer, counts);
  }
  return {
    roundName,
    office,
    generatedAt,
    draft: options.includeUnapproved,
    sections: CATEGORY_ORDER.map((category) => ({ category, title: SECTION_TITLES[category], rows: orderRows(rows.filter((row) => row.category === category)) })),
    summary: {
      byCategory,
      byIssuer: [...issuers].map(([issuer, counts]) => ({ issuer, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }))
        .sort((a, b) => b.total - a.total || a.issuer.localeCompare(b.issuer, 'zh-CN')),
      leftOut,
    },
  };
}

export function checklistHash(rows: ChecklistRow[], options: ChecklistOptions): string {
  return createHash('sha256').update(JSON.stringify({ rows, options })).digest('hex');
}

export type ChecklistComparison = {
  added: ChecklistRow[];
  removed: ChecklistRow[];
  moved: { row: ChecklistRow; from: Category; to: Category }[];
  changed: { row: ChecklistRow; fields: string[] }[];
};

const COMPARED_FIELDS = ['title', 'docNumber', 'opinion', 'basis', 'responsibleUnit', 'deadline', 'items'] as const;

/** What changed from one version to the next: rows added, removed, moved between categories, or reworded. */
export function compareChecklists(before: ChecklistRow[], after: ChecklistRow[]): ChecklistComparison {
  const old = new Map(before.map((row) => [row.key, row]));
  const current = new Map(after.map((row) => [row.key, row]));
  const result: ChecklistComparison = { added: [], removed: [], moved: [], changed: [] };
  for (const row of after) {
    const previous = old.get(row.key);
    if (!previous) result.added.push(row);
    else if (previous.category !== row.category) result.moved.push({ row, from: previous.category, to: row.category });
    else {
      const fields = COMPARED_FIELDS.filter((field) => previous[field] !== row[field]);
      if (fields.length > 0) result.changed.push({ row, fields });
    }
  }
  for (const row of before) if (!current.has(row.key)) result.removed.push(row);
  return result;
}
