import { inArray } from "drizzle-orm";
import type { Deps } from "../../../deps";
import { byIdChunks } from "../../../platform/db/chunks";
import { type PublishedFigure, suppressSmallCells } from "../../incidents";
import { type ClaimFacts, counts, inCell, MEASURES, median } from "../domain/report";
import * as t from "../schema";
import { claimsOfFund } from "./claims";
import { claimEligibility } from "./eligibility";
import { loadFund } from "./funds";

const DAY_MS = 86_400_000;
const OFF_TABLE = "off_table";

/**
 * The public report of a fund: claims received, decided, approved and paid, per year of filing and per
 * harm-table entry, with the registry's small-cell suppression (primary and complementary), and the median
 * days to a first decision where enough decided claims stand behind it. No amount and no claimant appears.
 */
export async function fundReport(deps: Pick<Deps, "db" | "config" | "clock">, fundId: string) {
  const { db } = deps;
  const fund = await loadFund(db, fundId);
  const claims = await claimsOfFund(db, fund.id);
  const ids = claims.map((c) => c.id);
  const [decisions, payments] = await Promise.all([
    byIdChunks(ids, (part) =>
      db.select().from(t.claimDecisions).where(inArray(t.claimDecisions.claimId, part)),
    ),
    byIdChunks(ids, (part) =>
      db.select().from(t.ledgerEntries).where(inArray(t.ledgerEntries.claimId, part)),
    ),
  ]);
  const paid = new Set(payments.filter((p) => p.kind === "payment").map((p) => p.claimId));
  const facts: ClaimFacts[] = [];
  for (const claim of claims) {
    const own = decisions
      .filter((d) => d.claimId === claim.id)
      .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
    const first = own[0];
    const latest = own.at(-1);
    const entry = (await claimEligibility(db, claim)).harm_table_entry ?? OFF_TABLE;
    facts.push({
      year: claim.filedAt.slice(0, 4),
      entry,
      decided: first !== undefined,
      approved: latest !== undefined && latest.decision !== "denied",
      paid: paid.has(claim.id),
      days_to_decision: first ? (Date.parse(first.decidedAt) - Date.parse(claim.filedAt)) / DAY_MS : null,
    });
  }
  const rows = [...new Set(facts.map((f) => f.entry))].sort();
  const years = [...new Set(facts.map((f) => f.year))].sort();
  const k = deps.config.suppressionK;
  const tables = Object.fromEntries(
    MEASURES.map((measure) => {
      const cells = rows.flatMap((row) =>
        years.map((bucket) => ({
          row,
          bucket,
          count: counts(facts, measure).filter((f) => inCell(f, row, bucket)).length,
        })),
      );
      return [measure, suppressSmallCells({ rows, timeBuckets: years, cells }, { k }).figures];
    }),
  ) as Record<(typeof MEASURES)[number], PublishedFigure[]>;
  const medians = (tables.decided ?? []).map((figure) => {
    const shown = !figure.value.suppressed && figure.value.count >= k;
    const days = facts
      .filter((f) => f.days_to_decision !== null && inCell(f, figure.row, figure.bucket ?? null))
      .map((f) => f.days_to_decision as number);
    const m = shown ? median(days) : null;
    const none = !figure.value.suppressed && figure.value.count === 0;
    return {
      harm_table_entry: figure.row,
      year: figure.bucket ?? null,
      value:
        none || m !== null
          ? { suppressed: false as const, days: m === null ? null : Math.round(m * 10) / 10 }
          : { suppressed: true as const },
    };
  });
  return {
    fund_id: fund.id,
    generated_at: deps.clock.now().toISOString(),
    k,
    harm_table_entries: rows,
    years,
    received: tables.received,
    decided: tables.decided,
    approved: tables.approved,
    paid: tables.paid,
    median_days_to_decision: medians,
  };
}
