import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import { signToken } from "../../src/platform/auth/tokens";
import { incidentBody } from "../helpers/factories";

/**
 * Issue 9 item 3: two server processes on ONE database file. Before the fix, ~16% of concurrent
 * writes answered 500 (SQLITE_BUSY / BUSY_SNAPSHOT). A second process may be slower, never an error.
 */
const FILINGS = Number(process.env.TWO_PROCESS_FILINGS ?? 240);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

function startServer(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(join("node_modules", ".bin", "tsx"), ["src/node.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      // With the demo data (as `npm start` runs) the defect showed: an empty database hid it.
      SEED_DEMO: "1",
      // The anonymous-filing rate limit (issue 9 item 4) is not what this test measures.
      RATE_LIMIT_ANON_WRITES: "1000000",
      RATE_LIMIT_ANON_BYTES_PER_DAY: "1073741824",
      RATE_LIMIT_RECEIPT_LOOKUPS: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

describe("two server processes on one database file", () => {
  const dir = mkdtempSync(join(tmpdir(), "two-process-"));
  const databaseUrl = `file:${join(dir, "registry.db")}`;
  const servers: ChildProcess[] = [];
  const ports: number[] = [];

  beforeAll(async () => {
    // Sequential start: the first process applies the migrations, the second finds them applied.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      servers.push(await startServer(port, databaseUrl));
      ports.push(port);
    }
  }, 90_000);

  afterAll(() => {
    for (const server of servers) server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });

  it(`accepts ${FILINGS} concurrent filings split across both with no 5xx, and the chain verifies`, async () => {
    const results = await Promise.all(
      Array.from({ length: FILINGS }, async (_, i) => {
        const res = await fetch(`http://127.0.0.1:${ports[i % 2]}/v1/incidents`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(incidentBody({ product_name: "Shared-file model", description: `harm ${i}` })),
        });
        return { status: res.status, body: (await res.json()) as { id?: string } };
      }),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(results.filter((r) => r.status !== 201)).toEqual([]);

    const config = parseConfig({ NODE_ENV: "development" });
    const token = await signToken(config.jwt, { role: "regulator" }, new Date());
    const auth = { authorization: `Bearer ${token}` };
    // Every acknowledged filing is readable through either process.
    const missing = [];
    for (const [i, { body }] of results.entries()) {
      const res = await fetch(`http://127.0.0.1:${ports[(i + 1) % 2]}/v1/incidents/${body.id}`, {
        headers: auth,
      });
      if (res.status !== 200) missing.push(`${body.id} ${res.status} ${await res.text()}`);
    }
    expect(missing).toEqual([]);

    const verify = await fetch(`http://127.0.0.1:${ports[0]}/v1/audit/verify`, { headers: auth });
    const verdict = (await verify.json()) as { ok: boolean; entries: number };
    expect(verdict.ok).toBe(true);
    // Each filing appends two entries (incident + report): nothing was lost or forked.
    expect(verdict.entries).toBeGreaterThanOrEqual(2 * FILINGS);
  }, 120_000);
});
