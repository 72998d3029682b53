import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the user should see: a stable dotted code for the API and a Chinese message for people. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: ContentfulStatusCode,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Makes a factory for one kind of error, so every place that raises it says the same thing. */
export function createErrorFactory({ code, message, status }: { code: string; message: string; status: ContentfulStatusCode }) {
  return (options: { message?: string; details?: unknown } = {}) =>
    new AppError(code, options.message ?? message, status, options.details);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const createNotFoundError = createErrorFactory({ code: 'route.not_found', message: '页面或接口不存在', status: 404 });
export const createValidationError = createErrorFactory({ code: 'request.invalid', message: '请求内容不符合要求', status: 400 });
export const createMalformedRequestError = createErrorFactory({ code: 'request.malformed', message: '请求内容不是有效的 JSON', status: 400 });
