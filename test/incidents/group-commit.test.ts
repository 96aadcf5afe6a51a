import { describe, expect, it } from "vitest";
import { fileIncident, incidentBody } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

/**
 * Issue 14 (ingest): concurrent filings share one batch (group commit). Through the API: every filing
 * of a concurrent burst lands with its own id, reference, receipt and audit entries, chained in order;
 * a write that fails inside a group fails alone; idempotent replays inside a group answer as they
 * would alone. A checkpoint is signed at most once per batch (AUDIT_CHECKPOINT_EVERY=1 asks for one
 * on every batch), so fewer checkpoints than filings shows the filings did share batches.
 */
const FILINGS = 16;
const env = {
  AUDIT_CHECKPOINT_EVERY: "1",
  RATE_LIMIT_ANON_WRITES: "1000",
  RATE_LIMIT_ANON_BYTES_PER_DAY: "104857600",
};

async function auditEntries(t: Awaited<ReturnType<typeof createTestApp>>) {
  const res = await t.call("GET", "/v1/audit?limit=200", { as: "regulator" });
  expect(res.json.next_cursor).toBeNull();
  return res.json.data as {
    seq: number;
    action: string;
    entity_id: string;
    prev_hash: string;
    hash: string;
  }[];
}

describe("group commit of concurrent filings", () => {
  it("files a concurrent burst: distinct ids, references and receipts, entries in order, fewer batches than filings", async () => {
    const t = await createTestApp({ env });
    const filed = await Promise.all(
      Array.from({ length: FILINGS }, (_, i) =>
        t.call("POST", "/v1/incidents", {
          body: incidentBody({ product_name: "Group chat", description: `concurrent harm ${i}` }),
        }),
      ),
    );
    expect(filed.map((r) => r.status)).toEqual(Array(FILINGS).fill(201));
    const ids = filed.map((r) => r.json.id);
    for (const key of ["id", "reference", "receipt_token"])
      expect(new Set(filed.map((r) => r.json[key])).size).toBe(FILINGS);

    const entries = await auditEntries(t);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 2 * FILINGS }, (_, i) => i + 1));
    // Each filing's two entries are adjacent, incident first: a group never interleaves two writes.
    expect(entries.map((e) => e.action)).toEqual(
      Array.from({ length: 2 * FILINGS }, (_, i) => (i % 2 ? "incident.report.create" : "incident.file")),
    );
    const chained = entries.every((e, i) => i === 0 || e.prev_hash === entries[i - 1]?.hash);
    expect(chained).toBe(true);
    expect(new Set(entries.filter((e) => e.action === "incident.file").map((e) => e.entity_id))).toEqual(
      new Set(ids),
    );
    // Each incident's description is its own (no write got another's rows), and the reference it was
    // answered with (read from its own counter bump in the batch) is the one stored on its row.
    for (const [i, id] of ids.entries()) {
      const got = await t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
      expect(got.json.description).toBe(`concurrent harm ${i}`);
      expect(got.json.reference).toBe(filed[i]?.json.reference);
    }
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({
      ok: true,
      entries: 2 * FILINGS,
    });

    const checkpoints = (await t.call("GET", "/v1/audit/checkpoints?limit=100")).json.data as {
      seq: number;
    }[];
    expect(checkpoints.length).toBeGreaterThan(0);
    expect(checkpoints.length).toBeLessThan(FILINGS);
    // A checkpoint closes a batch, and a batch holds whole filings: it always sits after a report entry.
    expect(checkpoints.every((c) => c.seq % 2 === 0)).toBe(true);
  });

  it("fails only the write whose precondition broke: the rival transition gets 409, the filings in its group land", async () => {
    const t = await createTestApp({ env });
    const target = await fileIncident(t, { product_name: "Group chat" });
    const triage = () =>
      t.call("POST", `/v1/incidents/${target.id}/transitions`, {
        as: "regulator",
        body: { to: "triaged", reason: "plausible" },
      });
    const [first, second, ...filings] = await Promise.all([
      triage(),
      triage(),
      ...Array.from({ length: 6 }, (_, i) =>
        t.call("POST", "/v1/incidents", {
          body: incidentBody({ product_name: "Group chat", description: `beside the race ${i}` }),
        }),
      ),
    ]);
    expect([first?.status, second?.status].sort()).toEqual([201, 409]);
    expect(filings.map((r) => r.status)).toEqual(Array(6).fill(201));
    const history = await t.call("GET", `/v1/incidents/${target.id}/receipt`, {
      headers: { "x-receipt-token": target.receipt_token },
    });
    expect(history.json.history.map((e: { status: string }) => e.status)).toEqual(["received", "triaged"]);
    const entries = await auditEntries(t);
    expect(entries.filter((e) => e.action === "incident.transition")).toHaveLength(1);
    expect(entries.filter((e) => e.action === "incident.file")).toHaveLength(7);
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({
      ok: true,
      entries: 2 * 7 + 1,
    });
  });

  it("answers idempotent twins inside a group as it would alone: one filing, the same response, a reused key refused", async () => {
    const t = await createTestApp({ env });
    const key = { "idempotency-key": "group-commit-twin-key-0001" };
    const reused = { "idempotency-key": "group-commit-reused-key-002" };
    const body = incidentBody({ product_name: "Group chat", description: "filed three times at once" });
    const results = await Promise.all([
      ...[0, 1, 2].map(() => t.call("POST", "/v1/incidents", { body, headers: key })),
      t.call("POST", "/v1/incidents", {
        body: incidentBody({ product_name: "Group chat", description: "first body" }),
        headers: reused,
      }),
      t.call("POST", "/v1/incidents", {
        body: incidentBody({ product_name: "Group chat", description: "other body" }),
        headers: reused,
      }),
      ...[0, 1, 2].map((i) =>
        t.call("POST", "/v1/incidents", {
          body: incidentBody({ product_name: "Group chat", description: `unkeyed ${i}` }),
        }),
      ),
    ]);
    const twins = results.slice(0, 3);
    expect(twins.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(twins.map((r) => r.json.id)).size).toBe(1);
    expect(new Set(twins.map((r) => r.json.receipt_token)).size).toBe(1);
    expect(twins.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(2);

    // Same key, another body: exactly one is stored, the other refused as it is when it comes second.
    const [a, b] = results.slice(3, 5);
    expect([a?.status, b?.status].sort()).toEqual([201, 422]);
    expect([a, b].find((r) => r?.status === 422)?.json.type).toMatch(/idempotency-key-reused/);

    expect(results.slice(5).map((r) => r.status)).toEqual([201, 201, 201]);
    const entries = await auditEntries(t);
    // 1 (twins) + 1 (reused key) + 3 unkeyed filings.
    expect(entries.filter((e) => e.action === "incident.file")).toHaveLength(5);
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({ ok: true });
  });
});
