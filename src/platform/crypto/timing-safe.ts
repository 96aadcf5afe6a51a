/**
 * Constant-time string equality for secrets and their hashes: every character is compared, so the
 * time taken does not depend on where the first difference is. Lengths are not secret here (the
 * callers compare fixed-length hex digests), so unequal lengths return early.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
