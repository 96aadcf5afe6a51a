import type { JWK } from "jose";
import type { ChainedAuditEntry } from "../../../platform/audit/chain";
import type { CheckpointRow } from "../../../platform/audit/checkpoints";

export type Fetch = (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>;

/** A registry seen over its public API (and, for the audit log itself, a regulator token). */
export interface HttpRegistry {
  base: string;
  fetch: Fetch;
  token: string | undefined;
}

async function getJson<T>(registry: HttpRegistry, path: string, authenticated = false): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (authenticated && registry.token) headers.authorization = `Bearer ${registry.token}`;
  const res = await registry.fetch(`${registry.base}${path}`, { headers });
  if (!res.ok)
    throw new Error(
      `GET ${path}: HTTP ${res.status}${res.status === 401 ? " (set AUDIT_VERIFY_TOKEN)" : ""}`,
    );
  return (await res.json()) as T;
}

async function* pages<T>(registry: HttpRegistry, path: string, authenticated: boolean): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  do {
    const query: string = `${path}?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: { data: T[]; next_cursor: string | null } = await getJson(registry, query, authenticated);
    yield page.data;
    cursor = page.next_cursor;
  } while (cursor);
}

async function allPages<T>(registry: HttpRegistry, path: string, authenticated: boolean): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages<T>(registry, path, authenticated)) items.push(...page);
  return items;
}

export const publishedKey = (registry: HttpRegistry) =>
  getJson<JWK & { kid: string }>(registry, "/v1/audit/checkpoints/key");

export const publishedCheckpoints = (registry: HttpRegistry) =>
  allPages<CheckpointRow>(registry, "/v1/audit/checkpoints", false);

interface ApiEntry {
  seq: number;
  at: string;
  actor: { sub: string; role: string };
  action: string;
  entity: string;
  entity_id: string;
  payload_sha256: string;
  prev_hash: string;
  hash: string;
}

/**
 * The audit log page by page (constant memory however long it is), to recompute the chain here
 * rather than trust the registry's own verdict.
 */
export async function* auditEntryPages(registry: HttpRegistry): AsyncGenerator<ChainedAuditEntry[]> {
  for await (const page of pages<ApiEntry>(registry, "/v1/audit", true)) yield page.map(fromApi);
}

const fromApi = (e: ApiEntry): ChainedAuditEntry => ({
  seq: e.seq,
  at: e.at,
  actorSub: e.actor.sub,
  actorRole: e.actor.role,
  action: e.action,
  entity: e.entity,
  entityId: e.entity_id,
  payloadSha256: e.payload_sha256,
  prevHash: e.prev_hash,
  hash: e.hash,
});

/** The registry's own full verification (row seals need the database, so only it can check them). */
export const serverVerdict = (registry: HttpRegistry) =>
  getJson<{ ok: boolean; reason?: string; first_bad_seq?: number }>(registry, "/v1/audit/verify", true);
