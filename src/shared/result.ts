import type { Failure, Result } from './protocol.ts';

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(
  code: Failure['code'],
  extra: Omit<Failure, 'code'> = {},
): Result<T> {
  return { ok: false, error: { code, ...extra } };
}
