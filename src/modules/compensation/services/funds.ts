import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Unsealed } from "../../../platform/audit/seal";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import type { Db } from "../../../platform/db/client";
import { commitSealedInserts, precondition } from "../../../platform/db/commit";
import { invalidField, notFound } from "../../../platform/errors";
import { assertCatalogCodes } from "../../catalog";
import { assertManages } from "../access";
import type { FundRules } from "../domain/types";
import * as t from "../schema";
import { FUND_RULES_SEAL, FUND_SEAL } from "../seals";

export type FundRow = typeof t.funds.$inferSelect;
export type RulesRow = typeof t.fundRuleVersions.$inferSelect;

export const fundExists = async (db: Db, id: string) =>
  (await db.select({ id: t.funds.id }).from(t.funds).where(eq(t.funds.id, id))).length > 0;

export const loadFund = (db: Db, id: string) => rowById(db, t.funds, id, "Fund");

/** Rules name catalog codes (risks, use areas): they must exist, and the error names the exact element. */
async function checkRuleCodes(deps: Pick<Deps, "db" | "prepared">, rules: FundRules) {
  for (const [i, entry] of rules.harm_table.entries()) {
    await assertCatalogCodes(deps, "risk", entry.risk_codes, (k) => `rules.harm_table.${i}.risk_codes.${k}`);
    await assertCatalogCodes(
      deps,
      "use_area",
      entry.use_areas ?? [],
      (k) => `rules.harm_table.${i}.use_areas.${k}`,
    );
  }
}

const rulesRow = (fundId: string, version: number, rules: FundRules, at: string, sub: string) => ({
  id: newId(),
  fundId,
  version,
  rules,
  effectiveFrom: at,
  publishedBySub: sub,
});

export async function createFund(
  deps: Deps,
  principal: Principal,
  input: { name: string; jurisdiction: string; currency: string; rules: FundRules },
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  await checkRuleCodes(deps, input.rules);
  const at = deps.clock.now().toISOString();
  const fund = {
    id: newId(),
    name: input.name,
    jurisdiction: input.jurisdiction,
    currency: input.currency,
    createdAt: at,
    createdBySub: callerSub(principal),
  };
  await commitSealedInserts(
    deps,
    principal,
    [
      { seal: FUND_SEAL, row: fund, action: "fund.create" },
      {
        seal: FUND_RULES_SEAL,
        row: rulesRow(fund.id, 1, input.rules, at, callerSub(principal)),
        action: "fund.rules_publish",
      },
    ],
    { after: await record(fund.id) },
  );
  return fund.id;
}

/**
 * A new rules version, in force from now. Claims already filed keep the version they were filed under.
 * The batch checks that no other version was published meanwhile (the unique index would also refuse it).
 */
export async function publishRules(deps: Deps, principal: Principal, fundId: string, rules: FundRules) {
  await loadFund(deps.db, fundId);
  assertManages(principal, fundId);
  await checkRuleCodes(deps, rules);
  const [latest] = await deps.db
    .select({ version: t.fundRuleVersions.version })
    .from(t.fundRuleVersions)
    .where(eq(t.fundRuleVersions.fundId, fundId))
    .orderBy(desc(t.fundRuleVersions.version))
    .limit(1);
  const version = (latest?.version ?? 0) + 1;
  const row = rulesRow(fundId, version, rules, deps.clock.now().toISOString(), callerSub(principal));
  await commitSealedInserts(deps, principal, [{ seal: FUND_RULES_SEAL, row, action: "fund.rules_publish" }], {
    before: [
      precondition(
        deps,
        deps.db
          .select({ id: t.fundRuleVersions.id })
          .from(t.fundRuleVersions)
          .where(and(eq(t.fundRuleVersions.fundId, fundId), eq(t.fundRuleVersions.version, version - 1))),
      ),
    ],
  });
  return row;
}

export const rulesHistory = (db: Db, fundId: string) =>
  db
    .select()
    .from(t.fundRuleVersions)
    .where(eq(t.fundRuleVersions.fundId, fundId))
    .orderBy(asc(t.fundRuleVersions.version));

/** The version in force at `at` (the latest published no later than it). */
export async function rulesInForce(db: Db, fundId: string, at: string): Promise<RulesRow> {
  const [row] = await db
    .select()
    .from(t.fundRuleVersions)
    .where(and(eq(t.fundRuleVersions.fundId, fundId), lte(t.fundRuleVersions.effectiveFrom, at)))
    .orderBy(desc(t.fundRuleVersions.version))
    .limit(1);
  if (!row) throw notFound("Rules in force");
  return row;
}

export async function rulesVersion(db: Db, fundId: string, version: number): Promise<RulesRow> {
  const [row] = await db
    .select()
    .from(t.fundRuleVersions)
    .where(and(eq(t.fundRuleVersions.fundId, fundId), eq(t.fundRuleVersions.version, version)));
  if (!row) throw notFound("Rules version");
  return row;
}

export const listFunds = (db: Db) =>
  db.select().from(t.funds).orderBy(asc(t.funds.createdAt), asc(t.funds.id));

export const rulesView = (r: Unsealed<RulesRow>) => ({
  version: r.version,
  effective_from: r.effectiveFrom,
  rules: r.rules as FundRules,
});

export const fundSummary = (f: FundRow) => ({
  id: f.id,
  name: f.name,
  jurisdiction: f.jurisdiction,
  currency: f.currency,
  created_at: f.createdAt,
});

export async function fundView(db: Db, id: string) {
  const fund = await loadFund(db, id);
  const history = await rulesHistory(db, id);
  const current = history.at(-1);
  if (!current) throw invalidField("path", "id", "the fund has no rules");
  return {
    ...fundSummary(fund),
    rules: rulesView(current),
    history: history.map((r) => ({ version: r.version, effective_from: r.effectiveFrom })),
  };
}
