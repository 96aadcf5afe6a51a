import { base64url } from "jose";
import { dataKey } from "./jwe";

/** HMAC-SHA256 under a server key, returned base64url; `verify` compares in constant time. */
export interface ServerHmac {
  sign(message: string): Promise<string>;
  verify(message: string, mac: string): Promise<boolean>;
}

/**
 * A purpose-bound HMAC key derived (HKDF-SHA256) from DATA_ENCRYPTION_KEY: production already has
 * to set that key, and a distinct `purpose` label keeps every derived key independent of it and of
 * each other (a CSRF token reveals nothing about the client-address key or the data key).
 * `explicitKey` (base64url) replaces the derived one where an operator must be able to rotate the
 * data key without changing this one. The key is imported once per returned object (held by the
 * closure, not the module).
 */
export function createServerHmac(
  dataEncryptionKey: string,
  purpose: string,
  explicitKey?: string,
): ServerHmac {
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= explicitKey ? importHmacKey(explicitKey) : deriveHmacKey(dataEncryptionKey, purpose);
    return key;
  };
  const encoder = new TextEncoder();
  return {
    async sign(message) {
      const mac = await crypto.subtle.sign("HMAC", await hmacKey(), encoder.encode(message));
      return base64url.encode(new Uint8Array(mac));
    },
    async verify(message, mac) {
      let bytes: Uint8Array;
      try {
        bytes = base64url.decode(mac);
      } catch {
        return false;
      }
      // Web Crypto's verify compares in constant time.
      return crypto.subtle.verify(
        "HMAC",
        await hmacKey(),
        bytes as Uint8Array<ArrayBuffer>,
        encoder.encode(message),
      );
    },
  };
}

const HMAC_SHA256 = { name: "HMAC", hash: "SHA-256", length: 256 } as const;

function importHmacKey(explicitKey: string): Promise<CryptoKey> {
  // Copied so the bytes sit in a plain ArrayBuffer, as Web Crypto's types require.
  const raw = new Uint8Array(base64url.decode(explicitKey));
  return crypto.subtle.importKey("raw", raw, HMAC_SHA256, false, ["sign", "verify"]);
}

async function deriveHmacKey(dataEncryptionKey: string, purpose: string): Promise<CryptoKey> {
  const ikm = await crypto.subtle.importKey(
    "raw",
    new Uint8Array(dataKey(dataEncryptionKey)),
    "HKDF",
    false,
    ["deriveKey"],
  );
  return crypto.subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: new Uint8Array(0),
      info: new TextEncoder().encode(`lmm-registry/${purpose}/v1`),
    },
    ikm,
    HMAC_SHA256,
    false,
    ["sign", "verify"],
  );
}
