import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, sql } from "drizzle-orm";
import { runAuditVerify } from "../../src/audit-verify-command";
import { entryHash } from "../../src/platform/audit/chain";
import type { Db } from "../../src/platform/db/client";
import { auditLog } from "../../src/schema";
import { createTestApp, type TestApp } from "../helpers/harness";
import { dropAppendOnlyTriggers } from "../helpers/tamper";

export const REGISTRY = "http://registry.test";

/** A test app on a database FILE, so the audit:verify CLI can also open it directly. */
export async function fileBackedApp(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "tamper-"));
  const path = join(dir, "registry.db");
  const t = await createTestApp({ databaseUrl: `file:${path}`, env });
  const cleanup = () => {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { t, path, dir, cleanup };
}

/** Runs the audit:verify command in-process; over "HTTP" it talks to the app through app.request. */
export async function auditVerify(t: TestApp, args: string[]) {
  const printed: string[] = [];
  const code = await runAuditVerify(args, {
    env: { NODE_ENV: "test", AUDIT_VERIFY_TOKEN: await t.token("regulator") },
    fetch: (url, init) => Promise.resolve(t.app.request(url.replace(REGISTRY, ""), init)),
    readFile: async (path) => readFileSync(path, "utf8"),
    writeFile: async (path, text) => writeFileSync(path, text),
    print: (line) => printed.push(line),
  });
  const output = printed.join("\n");
  let report: Record<string, unknown> = {};
  try {
    report = JSON.parse(output);
  } catch {
    report = { output };
  }
  return { code, report };
}

/**
 * Forges entry `seq` (its actor role) and re-hashes every later entry so the chain is internally
 * consistent again, as an attacker with the file (but not the signing key) would.
 */
export async function forgeAndRehash(db: Db, seq: number) {
  await dropAppendOnlyTriggers(db, "audit_log");
  const entries = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
  let prevHash = entries.find((e) => e.seq === seq - 1)?.hash ?? "0".repeat(64);
  for (const entry of entries.filter((e) => e.seq >= seq)) {
    const forged = entry.seq === seq ? { ...entry, actorRole: "regulator" } : entry;
    const hash = await entryHash(prevHash, forged);
    await db.run(
      sql`update audit_log set actor_role = ${forged.actorRole}, prev_hash = ${prevHash}, hash = ${hash} where seq = ${entry.seq}`,
    );
    prevHash = hash;
  }
}
