import type { Config } from "../../config";
import { createServerHmac } from "../crypto/server-hmac";

/** Marks a stored caller identity as a keyed digest, so nobody mistakes it for a raw `sub`. */
export const SUBJECT_DIGEST_PREFIX = "hmac:";

/** Maps a token `sub` to its stable pseudonym, `hmac:<base64url HMAC-SHA256(key, sub)>`. */
export type SubjectPseudonymizer = (sub: string) => Promise<string>;

/**
 * The registry only ever needs to recognise the same caller again (audit trail, "your submissions"),
 * never to read who it was, so it stores HMAC-SHA256 of `sub` under a server key rather than the
 * claim: a database leak alone does not name the people behind the tokens. The key is
 * IDENTITY_HMAC_KEY, or, when unset, derived from DATA_ENCRYPTION_KEY with HKDF under its own label
 * (so production, which already requires the data key, needs no extra secret). Set IDENTITY_HMAC_KEY
 * explicitly before rotating the data key, or every caller gets a new pseudonym.
 */
export function createSubjectPseudonymizer(
  config: Pick<Config, "identityHmacKey" | "dataEncryptionKey">,
): SubjectPseudonymizer {
  const hmac = createServerHmac(config.dataEncryptionKey, "identity-hmac", config.identityHmacKey);
  return async (sub) => `${SUBJECT_DIGEST_PREFIX}${await hmac.sign(sub)}`;
}
