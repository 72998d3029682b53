import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { AppEnv } from '../../auth/auth.middleware.js';
import { isAppError } from '../../shared/errors.js';
import type { BulkProgress } from '../review.usecases.js';
import type { BulkOutcome } from './bulk.usecases.js';

export const NDJSON = 'application/x-ndjson';
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A bulk action's response: its outcome as JSON, or, when the client accepts `application/x-ndjson`, one
 * line per chunk done (`{"progress":{"done","total"}}`) and then `{"result":…}` (or `{"error":…}`), so a page
 * can show a progress bar. Between chunks the server serves other requests.
 */
export async function respondWithBulk(c: Context<AppEnv>, run: (onProgress: ((progress: BulkProgress) => Promise<void>) | undefined, pause: () => Promise<void>) => Promise<BulkOutcome>) {
  if (!c.req.header('accept')?.includes(NDJSON)) return c.json(await run(undefined, nextTurn));
  c.header('Content-Type', NDJSON);
  c.header('Cache-Control', 'no-store');
  return stream(c, async (out) => {
    // A page closed mid-run does not stop it: the chunks go on, and what was refused is still remembered.
    const line = async (value: unknown) => {
      if (!out.aborted) await out.write(`${JSON.stringify(value)}\n`).catch(() => undefined);
    };
    try {
      const result = await run((progress) => line({ progress }), nextTurn);
      await line({ result });
    } catch (error) {
      if (!isAppError(error)) console.error(error);
      await line({ error: isAppError(error) ? { code: error.code, message: error.message } : { code: 'internal.error', message: '服务器内部错误，请稍后再试' } });
    }
  });
}
