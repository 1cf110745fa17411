export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a request body as JSON, explaining in plain words why it could not. */
export function parseJsonBody(text: string): JsonBodyResult {
  if (text.trim() === '') {
    return { ok: false, reason: 'Body is empty; send a JSON object with meetingNumber and role' };
  }

  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'Body is not valid JSON' };
  }
}
