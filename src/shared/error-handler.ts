import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isAppError } from './errors.js';

/** The one place that turns errors into responses: `{ error: { code, message, details? } }`. */
export function handleError(error: Error, c: Context) {
  if (isAppError(error)) {
    return c.json({ error: { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) } }, error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json({ error: { code: `http.${error.status}`, message: error.message || '请求无法处理' } }, error.status);
  }
  console.error(error);
  return c.json({ error: { code: 'internal.error', message: '服务器内部错误，请稍后再试' } }, 500);
}
