import { desc } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../deps";
import type { Db } from "../db/client";
import type { ReadPreparer } from "../db/row-reader";
import { auditLog } from "../db/schema";
import { preparedResponse } from "./response-headers";

/**
 * A rendered read model: its JSON as UTF-8 bytes, encoded once. Answering with bytes spares every
 * response measuring and encoding the text again (the catalog's risk list is 19 KB), and Node
 * writes them as they are.
 */
interface Rendered {
  version: string;
  body: Uint8Array<ArrayBuffer>;
}

/**
 * Bounded memo of rendered read models by key, owned by the app's deps so each app (and each test)
 * has its own. Oldest entry out first once full; an entry is valid only for the state version it was
 * rendered at, so nothing here can ever be served stale.
 */
export interface ReadCache {
  get(key: string): Rendered | undefined;
  set(key: string, entry: Rendered): void;
}

const utf8 = new TextEncoder();

export function createReadCache(maxEntries = 2_000): ReadCache {
  const entries = new Map<string, Rendered>();
  return {
    get: (key) => entries.get(key),
    set(key, entry) {
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/**
 * The version of everything the registry stores: the audit chain head. Every write that changes
 * state commits its audit entry in the same transaction (platform/db/commit.ts), in this process or
 * any other sharing the database, so an unchanged head means unchanged state. One index lookup, its
 * query built once per app (building it each time cost more than running it).
 */
export function createStateVersion(db: Db, prepare: ReadPreparer): () => Promise<string> {
  const head = prepare(
    db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).getSQL(),
  );
  return async () => String((await head())?.[0] ?? 0);
}

/** FNV-1a, hex: distinguishes viewers inside an ETag without putting who they are in it. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  (ifNoneMatch ?? "").split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t.replace(/^W\//, "") === etag.replace(/^W\//, "");
  });

/**
 * A GET answered from a read model that changes only when stored state does: `ETag` (the state
 * version and the viewer class), `304 Not Modified` for a matching `If-None-Match`, and the rendered
 * JSON kept in deps.readCache until the state moves on. `render` runs only on a miss; what it throws
 * (404 …) is answered as usual and not cached. Public answers say `Cache-Control: public, no-cache`
 * (store, but revalidate each time); credentialed ones are made no-store by private-responses.ts.
 */
export async function conditionalJson(
  c: Context<AppEnv>,
  key: string,
  render: () => Promise<unknown>,
): Promise<Response> {
  const deps = c.get("deps");
  const principal = c.get("principal");
  const viewer =
    principal.kind === "anonymous" ? "public" : shortHash(`${principal.role}:${principal.actorId ?? ""}`);
  const version = await deps.stateVersion();
  const etag = `W/"${version}-${viewer}-${shortHash(key)}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": principal.kind === "anonymous" ? "public, no-cache" : "private, no-cache",
  };
  if (matches(c.req.header("if-none-match"), etag)) return preparedResponse(c, null, 304, headers);
  const cacheKey = `${viewer} ${key}`;
  const hit = deps.readCache.get(cacheKey);
  const body = hit?.version === version ? hit.body : utf8.encode(JSON.stringify(await render()));
  if (hit?.version !== version) deps.readCache.set(cacheKey, { version, body });
  return preparedResponse(c, body, 200, { ...headers, "Content-Type": "application/json" });
}

const JSON_CONTENT = { "Content-Type": "application/json" } as const;

/** Read-cache version of an answer that stays right for the life of the process (see writeOnceJson). */
const WRITE_ONCE = "write-once";

/**
 * A GET over data written once and never changed by any route (the WHO catalog: imported in one
 * batch into empty tables at start-up, catalog/seed.ts), rendered once per app and then answered
 * from deps.readCache with no database round trip. An empty answer is not kept: it may only mean
 * the import has not run yet.
 */
export function writeOnceJson(
  c: Context<AppEnv>,
  key: string,
  render: () => Promise<{ data: unknown[] }>,
): Response | Promise<Response> {
  const { readCache } = c.get("deps");
  const kept = readCache.get(key)?.body;
  // A kept answer is returned as it is, not wrapped in a promise: this is the whole of the request.
  if (kept !== undefined) return preparedResponse(c, kept, 200, JSON_CONTENT);
  return render().then((value) => {
    const body = utf8.encode(JSON.stringify(value));
    if (value.data.length > 0) readCache.set(key, { version: WRITE_ONCE, body });
    return preparedResponse(c, body, 200, JSON_CONTENT);
  });
}
