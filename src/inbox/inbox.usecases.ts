import type { Actor } from '../auth/auth.models.js';
import { can, type Role } from '../auth/roles.js';
import type { AppDatabase } from '../db/database.js';
import { todayIso } from '../documents/documents.models.js';
import { createNotificationsRepository } from '../notifications/notifications.repository.js';
import type { ComputedNotices } from '../notifications/notifications.usecases.js';
import { addDays, dueItems, ownsItem } from '../tracking/tracking.models.js';
import { createCampaignRepository } from '../review/campaign.repository.js';
import { createTrackingRepository, type TrackingRepository } from '../tracking/tracking.repository.js';
import type { TrackingItemRow } from '../tracking/tracking.table.js';
import { deadlineNotices, DUE_SOON_DAYS, nextReportDue, REPORT_SOON_DAYS } from './inbox.models.js';
import type { InboxRepository } from './inbox.repository.js';
import type { RefusedLastTime } from './inbox.refused.js';

/** The round page with a filter: the link of a count, which opens exactly the dispositions counted. */
export function roundHref(roundId: number, filter: Record<string, string>) {
  return `/review/${roundId}?${new URLSearchParams(filter).toString()}`;
}

const RETURNED_SHOWN = 20;
const DISPOSITION_DEADLINES_MAX = 1000;
const AUDIT_SHOWN = 8;

/** The tracked items an account hears about: a department those of its unit, the legal office and leaders all of them. */
export function itemsConcerning(user: Pick<Actor, 'role' | 'unitId'>, items: TrackingItemRow[]): TrackingItemRow[] {
  if (user.role === 'department') return items.filter((item) => ownsItem(item, user));
  return user.role === 'staff' || user.role === 'leader' ? items : [];
}

/** Tracked items overdue and due within `DUE_SOON_DAYS`, each list complete (there are a few dozen items at most). */
function dueTracked(items: TrackingItemRow[], today: string) {
  const { overdue, dueSoon } = dueItems(items, today, DUE_SOON_DAYS);
  return { overdue, dueSoon };
}

/** Dispositions whose completion deadline falls within the next `DUE_SOON_DAYS` days, earliest first. */
export function dispositionDeadlines({ inboxRepository, today = todayIso() }: { inboxRepository: InboxRepository; today?: string }) {
  const { rows, total } = inboxRepository.dispositionDeadlines({ from: today, until: addDays(today, DUE_SOON_DAYS), limit: DISPOSITION_DEADLINES_MAX });
  return { from: today, until: addDays(today, DUE_SOON_DAYS), dispositions: rows, total };
}

/** Legal staff: what is undecided, what leaders returned (with their comments), what a bulk action refused, what is due soon. */
function staffInbox({ user, inboxRepository, trackingRepository, refusedLastTime, today }: InboxContext) {
  return {
    role: 'staff' as const,
    undecided: inboxRepository.undecidedByRound().map((r) => ({ ...r, href: roundHref(r.roundId, { category: 'undecided' }) })),
    returned: {
      byRound: inboxRepository.statusByRound('returned').map((r) => ({ ...r, href: roundHref(r.roundId, { status: 'returned' }) })),
      latest: inboxRepository.returned(RETURNED_SHOWN),
    },
    refused: refusedLastTime(user.id),
    tracked: dueTracked(trackingRepository.items(), today),
    dispositionDeadlines: { total: dispositionDeadlines({ inboxRepository, today }).total, href: '/inbox/deadlines' },
  };
}

/** Leaders: what waits for their approval, the overdue tracked items, the progress reports they have not read. */
function leaderInbox({ user, inboxRepository, trackingRepository, today, db }: InboxContext) {
  const notificationsRepository = createNotificationsRepository({ db });
  return {
    role: 'leader' as const,
    awaitingApproval: inboxRepository.statusByRound('submitted').map((r) => ({ ...r, href: roundHref(r.roundId, { status: 'submitted' }) })),
    overdue: dueTracked(trackingRepository.items(), today).overdue,
    newReports: { count: notificationsRepository.count(user.id, { kind: 'progress_report', unread: true }), href: '/notifications?kind=progress_report&unread=1' },
  };
}

/** Departments: the tracked items of their unit, and when each must next report its progress. */
function departmentInbox({ user, db, inboxRepository, trackingRepository, today }: InboxContext) {
  // 谁制定、谁清理: the campaign rounds in which the unit must still propose or correct its documents' dispositions.
  const campaigns = user.unitId === null ? [] : createCampaignRepository({ db }).openForUnit(user.unitId)
    .map((round) => ({ ...round, href: `/campaign/${round.roundId}`, late: round.submitBy !== null && round.submitBy < today }));
  const items = itemsConcerning(user, trackingRepository.items());
  const lastReports = inboxRepository.lastReportDates();
  const horizon = addDays(today, REPORT_SOON_DAYS);
  const withReports = items.map((item) => {
    const lastReportedOn = lastReports.get(item.id) ?? null;
    return { ...item, lastReportedOn, nextReportDue: nextReportDue(item, lastReportedOn, today) };
  });
  return {
    role: 'department' as const,
    unit: user.unit,
    campaigns,
    items: withReports,
    mustReport: withReports.filter((item) => item.nextReportDue !== null && item.nextReportDue <= horizon)
      .sort((a, b) => a.nextReportDue!.localeCompare(b.nextReportDue!)),
    tracked: dueTracked(items, today),
  };
}

/** Administrators: the accounts by role and the latest entries of the access log. */
function adminInbox({ inboxRepository }: InboxContext) {
  const rows = inboxRepository.accountsByRole();
  return {
    role: 'admin' as const,
    accounts: {
      total: rows.reduce((n, r) => n + r.count, 0),
      disabled: rows.filter((r) => r.disabled).reduce((n, r) => n + r.count, 0),
      byRole: rows.reduce((byRole, r) => ({ ...byRole, [r.role]: (byRole[r.role] ?? 0) + r.count }), {} as Partial<Record<Role, number>>),
    },
    recentAudit: inboxRepository.recentAudit(AUDIT_SHOWN),
  };
}

type InboxContext = { user: Actor; db: AppDatabase; inboxRepository: InboxRepository; trackingRepository: TrackingRepository; refusedLastTime: RefusedLastTime; today: string };

/** The home page's inbox for the account's role (a viewer has none: the home page offers search). */
export function homeInbox({ today = todayIso(), ...context }: Omit<InboxContext, 'today'> & { today?: string }) {
  const full = { ...context, today };
  switch (context.user.role) {
    case 'staff': return staffInbox(full);
    case 'leader': return leaderInbox(full);
    case 'department': return departmentInbox(full);
    case 'admin': return adminInbox(full);
    default: return null;
  }
}
export type HomeInbox = NonNullable<ReturnType<typeof homeInbox>>;

/** The deadline notices of the tracked items that concern each account, computed when its notifications are read. */
export function createDeadlineNotices({ db }: { db: AppDatabase }): ComputedNotices {
  const trackingRepository = createTrackingRepository({ db });
  return (recipient, now) => {
    if (!can(recipient.role, 'tracking:read')) return [];
    return deadlineNotices(itemsConcerning(recipient, trackingRepository.items()), todayIso(now)).map((notice) => ({
      recipientId: recipient.id, kind: 'deadline' as const, subjectHref: `/tracking/items/${notice.itemId}`, text: notice.text, dedupeKey: notice.dedupeKey,
    }));
  };
}
