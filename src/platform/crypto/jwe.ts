import { createHash } from "node:crypto";
import { base64url, CompactEncrypt, compactDecrypt } from "jose";

/**
 * Small JWE helpers for personal data at rest (reporter and claimant contact). `dir` + A256GCM: one
 * symmetric key from config, authenticated encryption, a standard compact format other tools can open.
 */
const PROTECTED_HEADER = { alg: "dir", enc: "A256GCM", cty: "application/json" } as const;

/** Decodes the base64url 32-byte key from config (`dataEncryptionKey`). */
export function dataKey(base64urlKey: string): Uint8Array {
  const key = base64url.decode(base64urlKey);
  if (key.length !== 32) throw new Error("The data encryption key must be 32 bytes");
  return key;
}

/**
 * The data key imported once as an AES-GCM CryptoKey, on first use (one per app, see deps.ts). Given
 * raw bytes, jose imports the key again on every seal: per filing that was a Web Crypto job of its own.
 */
export function createDataKeyring(base64urlKey: string): () => Promise<CryptoKey> {
  let imported: Promise<CryptoKey> | undefined;
  return () => {
    imported ??= crypto.subtle.importKey("raw", new Uint8Array(dataKey(base64urlKey)), "AES-GCM", false, [
      "encrypt",
      "decrypt",
    ]);
    return imported;
  };
}

/** A 32-byte key derived from several secrets (e.g. the data key and a client-held idempotency key). */
export async function deriveKey(...parts: (string | Uint8Array)[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p));
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length + 1, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    // A separator byte keeps ("ab","c") and ("a","bc") from deriving the same key.
    offset += chunk.length + 1;
  }
  // Synchronous node:crypto hash, as in hash.ts (an async Web Crypto job costs far more per call).
  return new Uint8Array(createHash("sha256").update(joined).digest());
}

export async function sealJson(key: Uint8Array | CryptoKey, value: unknown): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(value)))
    .setProtectedHeader(PROTECTED_HEADER)
    .encrypt(key);
}

export async function openJson<T>(key: Uint8Array | CryptoKey, jwe: string): Promise<T> {
  const { plaintext } = await compactDecrypt(jwe, key, {
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  return JSON.parse(new TextDecoder().decode(plaintext)) as T;
}

/** An unguessable bearer secret (256 bits), e.g. a reporter's receipt token. */
export function randomToken(prefix: string): string {
  return `${prefix}${base64url.encode(crypto.getRandomValues(new Uint8Array(32)))}`;
}
