import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../auth/auth.middleware.js';
import { ErrorPage } from './error.page.js';
import { viewerOf } from './viewer.js';
import { isAppError } from '../shared/errors.js';

type ErrorBody = { code: string; message: string; details?: unknown };

/**
 * The one place that turns errors into responses: `{ error: { code, message, details? } }` for the API,
 * a page with the same message for people browsing.
 */
export function handleError(error: Error, c: Context<AppEnv>) {
  const [status, body] = toErrorBody(error);
  // A body refused as too large is left unread on the socket, so the connection cannot carry another request.
  if (status === 413) c.header('Connection', 'close');
  if (!c.req.path.startsWith('/api/') && c.req.header('accept')?.includes('text/html')) {
    // A person browsing is sent to sign in, or to change the one-time password, and then comes back.
    if (body.code === 'auth.unauthenticated') return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`);
    if (body.code === 'auth.password_change_required') return c.redirect('/account/password');
    return c.html(<ErrorPage status={status} message={body.message} viewer={viewerOf(c)} />, status);
  }
  return c.json({ error: body }, status);
}

function toErrorBody(error: Error): [ContentfulStatusCode, ErrorBody] {
  if (isAppError(error)) {
    return [error.status, { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) }];
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own 4xx (a body that is not valid JSON, mostly) get a stable code and a Chinese message too.
    const malformed = /malformed/i.test(error.message);
    return [error.status as ContentfulStatusCode, malformed
      ? { code: 'request.malformed', message: '请求内容不是有效的 JSON' }
      : { code: `http.${error.status}`, message: '请求无法处理' }];
  }
  console.error(error);
  return [500, { code: 'internal.error', message: '服务器内部错误，请稍后再试' }];
}
