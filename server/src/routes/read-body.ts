import type { Context } from 'hono';
import type { z } from 'zod';

import { errorReply } from '../error-reply.ts';
import { parseJsonBody } from '../parse-json-body.ts';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The request's JSON body checked against `schema`, or the `400` reply that says why not. */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<BodyResult<T>> {
  const body = parseJsonBody(await c.req.text());
  if (!body.ok) return { ok: false, response: c.json(errorReply('body', body.reason), 400) };

  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, value: parsed.data };

  // The property's name is enough: its value may be a code or a sealed session.
  const property = String(parsed.error.issues[0]?.path[0] ?? 'body');
  return { ok: false, response: c.json(errorReply(property, 'Value is missing or invalid'), 400) };
}
