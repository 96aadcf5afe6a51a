import canonicalize from "canonicalize";

/** RFC 8785 canonical JSON, so the same value always hashes the same on every runtime. */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) ?? "null";
}

/** Hex SHA-256 through Web Crypto, available on Node 20 and in Workers alike. */
export async function sha256Hex(input: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
