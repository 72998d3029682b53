import type { Permission } from './roles.js';

/**
 * Who may call each route: `public` (anyone), `signedIn` (any account, even one that must still change its
 * one-time password), or a permission. A route missing here is refused for everyone, and the policy test
 * fails, so every new route needs a decision.
 */
export type RoutePolicy = 'public' | 'signedIn' | Permission;

export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  'GET /static/:name': 'public',
  'GET /sign-in': 'public',
  'POST /api/auth/sign-in': 'public',

  'POST /api/auth/sign-out': 'signedIn',
  'GET /api/auth/me': 'signedIn',
  'POST /api/auth/password': 'signedIn',
  'GET /account/password': 'signedIn',

  'GET /': 'documents:read',
  'GET /documents': 'documents:read',
  'GET /documents/compare': 'documents:read',
  'GET /documents/:id': 'documents:read',
  'GET /api/documents': 'documents:read',
  'GET /api/documents/facets': 'documents:read',
  'GET /api/documents/compare': 'documents:read',
  'GET /api/documents/:id': 'documents:read',
  'GET /api/documents/:id/text': 'documents:read',
  'GET /api/documents/:id/original': 'documents:read',
  'GET /api/documents/:id/similar': 'documents:read',
  'GET /api/search': 'documents:read',
  'GET /api/search/suggest': 'documents:read',
  'GET /search': 'documents:read',

  'GET /upload': 'documents:write',
  'POST /api/documents': 'documents:write',
  'POST /api/demo': 'documents:demo',
  'PATCH /api/documents/:id': 'documents:write',
  'POST /api/documents/:id/reparse': 'documents:write',
  'DELETE /api/documents/:id': 'documents:write',

  'GET /review': 'review:read',
  'GET /review/:id': 'review:read',
  'GET /review/dispositions/:id': 'review:read',
  'GET /api/review/rounds': 'review:read',
  'GET /api/review/rounds/:id': 'review:read',
  'GET /api/review/rounds/:id/dispositions': 'review:read',
  'GET /api/review/rounds/:id/history': 'review:read',
  'GET /api/review/dispositions/:id': 'review:read',
  'GET /api/review/documents/:id': 'review:read',
  'GET /api/review/grounds': 'review:read',
  'POST /api/review/rounds': 'review:rounds',
  'POST /api/review/rounds/:id/add-documents': 'review:rounds',
  'POST /api/review/rounds/:id/proposals': 'review:propose',
  'PATCH /api/review/dispositions/:id': 'review:propose',
  'POST /api/review/dispositions/propose': 'review:propose',
  'POST /api/review/dispositions/decide': 'review:approve',
  'POST /api/review/grounds': 'review:grounds',
  'PATCH /api/review/grounds/:id': 'review:grounds',

  'GET /checklist': 'checklist:read',
  'GET /checklist/:id': 'checklist:read',
  'GET /checklist/:id/print': 'checklist:read',
  'GET /api/checklist/rounds/:id': 'checklist:read',
  'GET /api/checklist/rounds/:id/export': 'checklist:read',
  'GET /api/checklist/rounds/:id/versions': 'checklist:read',
  'GET /api/checklist/compare': 'checklist:read',

  'GET /tracking': 'tracking:read',
  'GET /tracking/items/:id': 'tracking:read',
  'GET /api/tracking/items': 'tracking:read',
  'GET /api/tracking/items/:id': 'tracking:read',
  'GET /api/tracking/dashboard': 'tracking:read',
  'GET /api/tracking/due': 'tracking:read',
  'GET /api/tracking/briefing': 'tracking:read',
  'GET /api/tracking/briefings': 'tracking:read',
  'GET /api/tracking/briefings/:id/file': 'tracking:read',
  'POST /api/tracking/briefings': 'tracking:manage',
  'GET /api/tracking/office-settings': 'tracking:read',
  'PUT /api/tracking/office-settings': 'office:settings',
  'GET /api/tracking/attachments/:id': 'tracking:read',
  'POST /api/tracking/items/:id/reports': 'tracking:report',
  'PATCH /api/tracking/items/:id': 'tracking:manage',
  'POST /api/tracking/items/:id/links': 'tracking:manage',
  'POST /api/tracking/items': 'tracking:items',
  'PATCH /api/tracking/items/:id/definition': 'tracking:items',
  'DELETE /api/tracking/items/:id': 'tracking:items',

  'GET /admin/users': 'users:manage',
  'GET /api/users': 'users:manage',
  'POST /api/users': 'users:manage',
  'PATCH /api/users/:id': 'users:manage',
  'POST /api/users/:id/reset-password': 'users:manage',

  'GET /admin/audit': 'audit:read',
  'GET /api/audit': 'audit:read',
};
