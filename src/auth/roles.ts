export const ROLES = ['admin', 'staff', 'leader', 'department', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  staff: '法制人员',
  leader: '领导',
  department: '部门',
  viewer: '查阅人员',
};

/**
 * What each role may do, from the brief. Every route names one of these (or is public / needs only a
 * sign-in) in route-policies.ts; the UI asks the same question to hide what a role cannot do.
 */
export const PERMISSIONS = {
  'documents:read': ['admin', 'staff', 'leader', 'department', 'viewer'],
  // Everyone reads and marks their own notifications (the bell in the header).
  'notifications:read': ['admin', 'staff', 'leader', 'department', 'viewer'],
  'documents:write': ['staff'],
  // A new installation's administrator can load the demo documents, to see the tool at work at once.
  'documents:demo': ['admin', 'staff'],
  // Review (清理审核): staff propose dispositions, leaders approve them; both run rounds; departments follow.
  'review:read': ['admin', 'staff', 'leader', 'department'],
  'review:rounds': ['staff', 'leader'],
  'review:propose': ['staff'],
  'review:approve': ['leader'],
  'review:grounds': ['admin'],
  // 谁制定、谁清理 (campaign rounds): departments propose for their own unit's documents and report (报送) the
  // list; the legal office launches, reassigns, reviews (agree, amend, return) and reminds; all who follow it read it.
  'campaign:read': ['admin', 'staff', 'leader', 'department'],
  'campaign:propose': ['department'],
  'campaign:manage': ['staff'],
  // The checklist (制度清单): read and exported by all who follow the review.
  'checklist:read': ['admin', 'staff', 'leader', 'department'],
  // Publishing the result (公布清理结果): the legal office drafts the 决定/通知, a leader publishes it.
  'publication:draft': ['staff'],
  'publication:publish': ['leader'],
  // Tracking the 8 + 6 items: everyone who follows the review reads it; departments report on their own
  // items, the legal office on any and assigns them; an administrator edits the list itself.
  'tracking:read': ['admin', 'staff', 'leader', 'department'],
  'tracking:report': ['staff', 'department'],
  'tracking:manage': ['staff'],
  'tracking:items': ['admin'],
  // The name of the office that issues the briefing and the checklist, set once.
  'office:settings': ['admin', 'staff'],
  'users:manage': ['admin'],
  // The managed list of units (单位), and who decides which units a document belongs to (谁制定、谁清理).
  'units:manage': ['admin'],
  'documents:units': ['admin', 'staff'],
  'audit:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
