import type { ValidationTargets } from 'hono';
import { validator } from 'hono/validator';
import type { z } from './zod.js';
import { createValidationError } from './errors.js';

/**
 * Validates one part of a request with a zod schema; every invalid request gets the same 400 body
 * with `details: [{ path, message }]`.
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return validator(target, (value) => parseWith(schema, value));
}

/** Parses a value with a schema, throwing the same 400 as `validate` (for forms read by hand, query parts read by other features). */
export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw createValidationError({
      details: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return result.data as z.output<Schema>;
}
