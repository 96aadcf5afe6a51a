import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { seedCatalog } from "../../src/modules/catalog";
import { createSubjectPseudonymizer } from "../../src/platform/auth/identity";
import { createTokenVerifier, signToken } from "../../src/platform/auth/tokens";
import { systemClock } from "../../src/platform/clock";
import { openNodeDb } from "../../src/platform/db/node-client";
import { seedDemo } from "../../src/seed/demo";

const run = promisify(execFile);

describe("start-up on the embedded database", () => {
  it("creates the file, migrates, imports the catalog and seeds demo data only when empty", async () => {
    const dir = mkdtempSync(join(tmpdir(), "registry-"));
    try {
      const url = `file:${join(dir, "nested", "registry.db")}`;
      const config = parseConfig({ DATABASE_URL: url, NODE_ENV: "test" });
      const open = async () => {
        const { db, close } = await openNodeDb(url);
        const deps = makeDeps(db, config, { logError: () => {} });
        return { deps, close };
      };
      const first = await open();
      expect(await seedCatalog(first.deps.db)).toBe(true);
      expect(await seedDemo(first.deps)).toBe(true);
      first.close();

      const second = await open();
      expect(await seedCatalog(second.deps.db)).toBe(false);
      expect(await seedDemo(second.deps)).toBe(false);
      const app = createApp(second.deps);
      const products = (await (await app.request("/v1/products")).json()) as { data: { name: string }[] };
      expect(products.data.map((p) => p.name).sort()).toEqual([
        "Aurora-Med 2",
        "CareLine Scribe",
        "TriageMate",
      ]);
      const regulator = { authorization: `Bearer ${await signToken(config.jwt, { role: "regulator" })}` };
      const incidents = (await (await app.request("/v1/incidents", { headers: regulator })).json()) as {
        data: { id: string; reference: string; country: string; occurred_at: string }[];
      };
      expect(incidents.data.map((i) => i.reference).sort()).toEqual([
        "INC-2026-000001",
        "INC-2026-000002",
        "INC-2026-000003",
        "INC-2026-000004",
        "INC-2026-000005",
      ]);
      // The German TriageMate harm: an MDR device's health harm runs MDR Art. 87 deadlines, and AI Act
      // Art. 73(10) leaves it to the MDR, so there is no Art. 73 deadline.
      const german = incidents.data.filter(
        (i) => i.country === "DE" && i.occurred_at.startsWith("2026-11-20"),
      );
      expect(german).toHaveLength(1);
      const deadlinesRes = await app.request(`/v1/incidents/${german[0]?.id}/deadlines`, {
        headers: regulator,
      });
      expect(deadlinesRes.status).toBe(200);
      const deadlines = (await deadlinesRes.json()) as { data: { ruleset: string }[] };
      const rulesets = deadlines.data.map((d) => d.ruleset);
      expect(rulesets).toContain("eu-mdr-art87");
      expect(rulesets).not.toContain("eu-ai-act-art73");
      // Issue 13: one fund with a published harm table, one claim approved and paid, one denied with reasons.
      const funds = (await (await app.request("/v1/funds")).json()) as { data: { id: string }[] };
      expect(funds.data).toHaveLength(1);
      const fundId = funds.data[0]?.id as string;
      const fund = (await (await app.request(`/v1/funds/${fundId}`)).json()) as any;
      expect(fund.rules.rules.harm_table.map((e: { id: string }) => e.id)).toEqual(["HT-1", "HT-2"]);
      const claims = (await (
        await app.request(`/v1/claims?fund_id=${fundId}`, { headers: regulator })
      ).json()) as any;
      expect(claims.data.map((c: any) => c.status).sort()).toEqual(["denied", "paid"]);
      expect(claims.data.find((c: any) => c.status === "denied").decision.reasons).toMatch(/near miss/);
      const ledger = (await (
        await app.request(`/v1/funds/${fundId}/ledger`, { headers: regulator })
      ).json()) as any;
      expect(ledger.totals.balanced).toBe(true);
      const verify = await (await app.request("/v1/audit/verify", { headers: regulator })).json();
      expect(verify).toMatchObject({ ok: true });
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("dev token CLI (the compiled build, as `npm run token` runs it)", () => {
  it("prints one token that the server's verifier accepts, and refuses bad arguments", async () => {
    const env = { ...process.env, JWT_SECRET: "s".repeat(40), JWT_ISSUER: "iss-x", JWT_AUDIENCE: "aud-x" };
    const { stdout } = await run("npm", ["run", "-s", "token", "--", "--role", "regulator"], { env });
    const token = stdout.trim();
    expect(token.split(".")).toHaveLength(3);
    const config = parseConfig(env);
    const actorChecks: [string, string][] = [];
    const verify = createTokenVerifier(config.jwt, {
      clock: systemClock,
      pseudonymize: createSubjectPseudonymizer(config),
      checkActor: async (actorId, role) => {
        actorChecks.push([actorId, role]);
      },
      fundExists: async () => true,
    });
    expect(await verify(token)).toMatchObject({ kind: "user", role: "regulator" });

    const actor = await run(
      "npm",
      ["run", "-s", "token", "--", "--role", "deployer", "--actor", "a-1", "--ttl", "5m"],
      { env },
    );
    expect(await verify(actor.stdout.trim())).toMatchObject({ role: "deployer", actorId: "a-1" });
    expect(actorChecks).toEqual([["a-1", "deployer"]]);

    await expect(
      run("npm", ["run", "-s", "token", "--", "--role", "developer"], { env }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--actor/),
    });
    await expect(
      run("npm", ["run", "-s", "token", "--", "--role", "regulator", "--ttl", "2d"], { env }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/JWT_MAX_TTL_SECONDS \(86400 s\)/) });
  }, 30_000);
});
