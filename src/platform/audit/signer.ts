import {
  CompactSign,
  calculateJwkThumbprint,
  compactVerify,
  exportJWK,
  importJWK,
  importPKCS8,
  type JWK,
} from "jose";

/** What a checkpoint asserts: the audit chain had `seq` entries ending in `hash` at time `at`. */
export interface CheckpointClaim {
  seq: number;
  hash: string;
  at: string;
}

export const CHECKPOINT_TYPE = "lmm-registry-audit-checkpoint+jws";

export interface AuditSigner {
  sign: (claim: CheckpointClaim) => Promise<string>;
  publicJwk: () => Promise<JWK & { kid: string }>;
}

type SigningKey = Awaited<ReturnType<typeof importPKCS8>>;

async function importSigningKey(material: string): Promise<SigningKey> {
  const text = material.trim();
  if (text.startsWith("{")) {
    const key = await importJWK(JSON.parse(text) as JWK, "EdDSA", { extractable: true });
    if (key instanceof Uint8Array) throw new Error("AUDIT_SIGNING_KEY must be an Ed25519 private key");
    return key;
  }
  const pem = text.startsWith("-----")
    ? text
    : `-----BEGIN PRIVATE KEY-----\n${text.replace(/\s+/g, "")}\n-----END PRIVATE KEY-----`;
  return importPKCS8(pem, "EdDSA", { extractable: true });
}

/**
 * Signs checkpoints with the configured Ed25519 key (imported once, lazily: key import is async and
 * Workers may not do it at start-up). The public half is published as a JWK whose `kid` is its
 * RFC 7638 thumbprint, so a monitor can tell a key rotation from a forged signature.
 */
export function createAuditSigner(keyMaterial: string): AuditSigner {
  let keys: Promise<{ privateKey: SigningKey; jwk: JWK & { kid: string } }> | undefined;
  const load = () => {
    keys ??= (async () => {
      const privateKey = await importSigningKey(keyMaterial);
      const { kty, crv, x } = await exportJWK(privateKey);
      const publicPart = { kty, crv, x } as JWK;
      const kid = await calculateJwkThumbprint(publicPart);
      return { privateKey, jwk: { ...publicPart, alg: "EdDSA", use: "sig", kid } };
    })();
    return keys;
  };
  return {
    async sign(claim) {
      const { privateKey, jwk } = await load();
      const payload = new TextEncoder().encode(
        JSON.stringify({ seq: claim.seq, hash: claim.hash, at: claim.at }),
      );
      return new CompactSign(payload)
        .setProtectedHeader({ alg: "EdDSA", typ: CHECKPOINT_TYPE, kid: jwk.kid })
        .sign(privateKey);
    },
    publicJwk: async () => (await load()).jwk,
  };
}

/** Checks a checkpoint's signature against a public JWK; the claim it signs, or null when it does not verify. */
export async function verifyCheckpointJws(jws: string, publicJwk: JWK): Promise<CheckpointClaim | null> {
  try {
    const key = await importJWK({ ...publicJwk, alg: "EdDSA" }, "EdDSA");
    const { payload, protectedHeader } = await compactVerify(jws, key, { algorithms: ["EdDSA"] });
    if (protectedHeader.typ !== CHECKPOINT_TYPE) return null;
    const claim = JSON.parse(new TextDecoder().decode(payload)) as CheckpointClaim;
    const wellFormed =
      Number.isInteger(claim.seq) && typeof claim.hash === "string" && typeof claim.at === "string";
    return wellFormed ? claim : null;
  } catch {
    return null;
  }
}
