// The one logger. It redacts secrets itself, so no call site can leak them:
// keys that name a secret lose their value, and anything shaped like a JWT, or
// a secret in a link's query (a Zoom link's `pwd`), is replaced wherever it
// appears in text.

/* eslint-disable no-console -- this module is the one place allowed to write to the console. */

export type Surface = 'background' | 'popup' | 'options' | 'join';

// `tk` is the SDK's name for a registrant token; as part of a longer name it means nothing.
const SECRET_KEYS =
  /signature|zak|token|passcode|password|passwd|pwd|secret|authorization|session|cookie|^tk$/i;
const JWT_SHAPE = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/g;
const SECRET_PARAMETER = /([?&#](?:pwd|passcode|password|zak|token|signature|tk)=)[^&#\s]+/gi;
const REDACTED = '[redacted]';
const MAX_DEPTH = 4;

/** A copy of `value` with every secret replaced, safe to print. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.replace(JWT_SHAPE, REDACTED).replace(SECRET_PARAMETER, `$1${REDACTED}`);
  }

  if (value instanceof Error) return redact(`${value.name}: ${value.message}`, depth);

  if (typeof value !== 'object' || value === null) return value;

  if (depth >= MAX_DEPTH) return '[…]';

  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));

  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEYS.test(key) ? REDACTED : redact(item, depth + 1),
    ]),
  );
}

export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** A logger whose lines start with the surface's name, e.g. `[background]`. */
export function createLogger(surface: Surface): Logger {
  const prefix = `[${surface}]`;
  const line = (message: string, details: unknown[]): unknown[] => [
    prefix,
    redact(message),
    ...details.map((detail) => redact(detail)),
  ];

  return {
    // Debug lines exist only in development builds; Vite drops the branch in release.
    debug: (message, ...details) => {
      if (import.meta.env.DEV) console.debug(...line(message, details));
    },
    info: (message, ...details) => console.info(...line(message, details)),
    warn: (message, ...details) => console.warn(...line(message, details)),
    error: (message, ...details) => console.error(...line(message, details)),
  };
}
