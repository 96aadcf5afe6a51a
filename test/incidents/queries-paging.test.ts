import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";

const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

describe("keyset paging through > 1,000 rows while inserts happen", () => {
  it.each(["-received_at", "received_at", "-occurred_at"])(
    "sort=%s: every pre-existing row exactly once, in order, no duplicates or gaps",
    async (sort) => {
      const t = await createTestApp();
      // Many rows share a timestamp (every 3), so the id tie-breaker is exercised at page boundaries.
      const base: SeedIncident[] = Array.from({ length: 1_234 }, (_, i) => ({
        receivedAt: at(Math.floor(i / 3)),
        occurredAt: at(5_000 - Math.floor(i / 3)),
      }));
      const baseIds = await seedIncidents(t, base);
      const existing = new Set(baseIds);
      const key = (i: number) => (sort.endsWith("received_at") ? base[i]!.receivedAt! : base[i]!.occurredAt!);
      const order = baseIds
        .map((id, i) => ({ id, k: key(i) }))
        .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.id < b.id ? -1 : 1))
        .map((r) => r.id);
      if (sort.startsWith("-")) order.reverse();
      const seen: string[] = [];
      let cursor: string | null = null;
      let round = 0;
      do {
        const res = await t.call(
          "GET",
          `/v1/incidents?sort=${sort}&limit=97${cursor ? `&cursor=${cursor}` : ""}`,
          {
            as: "regulator",
          },
        );
        expect(res.status).toBe(200);
        seen.push(...res.json.data.map((d: { id: string }) => d.id));
        cursor = res.json.next_cursor;
        // Concurrent filings between pages: newer than all (received now), and with old and new occurrence times.
        round += 1;
        await seedIncidents(t, [
          { receivedAt: at(10_000 + round), occurredAt: at(-round) },
          { receivedAt: at(10_000 + round), occurredAt: at(20_000 + round) },
        ]);
      } while (cursor);
      const fromBase = seen.filter((id) => existing.has(id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(fromBase).toEqual(order);
      expect(round).toBeGreaterThan(10);
    },
  );
});
