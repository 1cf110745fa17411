// The shared host access token: a password the backend's operator gives to the people who may
// start meetings. It is compared in constant time, so response timing tells an attacker
// nothing about how much of a guess was right.

/** True when `presented` equals `expected`; false when either is missing. */
export async function isHostTokenValid(
  presented: string | undefined,
  expected: string | undefined,
): Promise<boolean> {
  if (presented === undefined || expected === undefined) return false;

  // Hashing first gives two 32-byte values, so the comparison's time depends on neither the
  // tokens' lengths nor where they first differ.
  const [a, b] = await Promise.all([sha256(presented), sha256(expected)]);
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }

  return difference === 0;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function readBearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
