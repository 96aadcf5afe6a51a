import { and, asc, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { Deps } from "../../../deps";
import { callerSub, type Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import type { Db } from "../../../platform/db/client";
import type { SealedWrite } from "../../../platform/db/commit";
import {
  ACCOUNT_NAMES,
  type Account,
  type Line,
  normalBalance,
  type TransactionKind,
} from "../domain/ledger";
import * as t from "../schema";
import { LEDGER_SEAL } from "../seals";

const L = t.ledgerEntries;

export interface TransactionMeta {
  kind: TransactionKind;
  claimId?: string | undefined;
  recourseId?: string | undefined;
  actorId?: string | undefined;
  reference?: string | undefined;
}

/** The sealed rows of one balanced transaction (each line its own audit entry, all in one batch). */
export function transactionWrites(
  principal: Principal,
  fundId: string,
  at: string,
  lines: Line[],
  meta: TransactionMeta,
): { transactionId: string; writes: SealedWrite[] } {
  const transactionId = newId();
  const writes = lines.map((line) => ({
    seal: LEDGER_SEAL,
    action: `ledger.${meta.kind}`,
    row: {
      id: newId(),
      fundId,
      transactionId,
      kind: meta.kind,
      account: line.account,
      debitMinor: line.debit_minor,
      creditMinor: line.credit_minor,
      claimId: meta.claimId ?? null,
      recourseId: meta.recourseId ?? null,
      actorId: meta.actorId ?? null,
      reference: meta.reference ?? null,
      at,
      recordedBySub: callerSub(principal),
    },
  }));
  return { transactionId, writes };
}

/** SQL for an account's normal-side balance, evaluated where it stands (e.g. inside a batch guard). */
export function balanceSql(account: Account, where: SQL): SQL<number> {
  const side =
    normalBalance(account, 1, 0) === 1
      ? sql`${L.debitMinor} - ${L.creditMinor}`
      : sql`${L.creditMinor} - ${L.debitMinor}`;
  return sql<number>`(select coalesce(sum(${side}), 0) from ${L} where ${L.account} = ${account} and ${where})`;
}

export const fundCash = (fundId: string) => balanceSql("cash", sql`${L.fundId} = ${fundId}`);
/** What the fund still owes the claimant: awards decided less payments made. */
export const claimPayable = (claimId: string) => balanceSql("awards_payable", sql`${L.claimId} = ${claimId}`);
/** The claim's net award so far (awards less reductions on appeal). */
export const claimAwarded = (claimId: string) => balanceSql("awards_expense", sql`${L.claimId} = ${claimId}`);

export async function readBalance(db: Db, expression: SQL<number>): Promise<number> {
  const [row] = await db.all<{ v: number }>(sql`select ${expression} as v`);
  return Number(row?.v ?? 0);
}

/** Awards (net) the fund decided in a calendar year (UTC): what its annual cap limits. */
export const awardedInYear = (fundId: string, year: number) =>
  balanceSql(
    "awards_expense",
    sql`${L.fundId} = ${fundId} and ${L.at} >= ${`${year}-01-01T00:00:00.000Z`} and ${L.at} < ${`${year + 1}-01-01T00:00:00.000Z`}`,
  );

export async function accountBalances(db: Db, fundId: string) {
  const rows = await db
    .select({
      account: L.account,
      debit: sql<number>`coalesce(sum(${L.debitMinor}), 0)`,
      credit: sql<number>`coalesce(sum(${L.creditMinor}), 0)`,
    })
    .from(L)
    .where(eq(L.fundId, fundId))
    .groupBy(L.account);
  const by = new Map(rows.map((r) => [r.account, r]));
  return ACCOUNT_NAMES.map((account) => {
    const r = by.get(account);
    const debit = Number(r?.debit ?? 0);
    const credit = Number(r?.credit ?? 0);
    return {
      account,
      debit_minor: debit,
      credit_minor: credit,
      balance_minor: normalBalance(account, debit, credit),
    };
  });
}

/**
 * A page of ledger lines in posting order, each with its account's running balance after it (a window
 * over the whole fund, so the figure is right on every page), plus the fund's totals.
 */
export async function ledgerPage(
  deps: Pick<Deps, "db">,
  fundId: string,
  options: { account?: Account | undefined; after?: { at: string; id: string } | undefined; limit: number },
) {
  const { db } = deps;
  const running = sql<number>`sum(${L.debitMinor} - ${L.creditMinor}) over (partition by ${L.account} order by ${L.at}, ${L.id} rows unbounded preceding)`;
  const inner = db
    .select({
      id: L.id,
      transactionId: L.transactionId,
      kind: L.kind,
      account: L.account,
      debitMinor: L.debitMinor,
      creditMinor: L.creditMinor,
      claimId: L.claimId,
      recourseId: L.recourseId,
      actorId: L.actorId,
      reference: L.reference,
      at: L.at,
      net: running.as("net"),
    })
    .from(L)
    .where(eq(L.fundId, fundId))
    .as("lines");
  const conditions: SQL[] = [];
  if (options.account) conditions.push(eq(inner.account, options.account));
  if (options.after) {
    const { at, id } = options.after;
    conditions.push(or(gt(inner.at, at), and(eq(inner.at, at), gt(inner.id, id))) as SQL);
  }
  const rows = await db
    .select()
    .from(inner)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(inner.at), asc(inner.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const accounts = await accountBalances(db, fundId);
  const debits = accounts.reduce((n, a) => n + a.debit_minor, 0);
  const credits = accounts.reduce((n, a) => n + a.credit_minor, 0);
  return {
    rows: page.map((r) => ({
      id: r.id,
      transaction_id: r.transactionId,
      kind: r.kind,
      account: r.account,
      debit_minor: r.debitMinor,
      credit_minor: r.creditMinor,
      // The window sums debit − credit; shown on the account's normal side.
      balance_minor: normalBalance(r.account as Account, Number(r.net), 0),
      claim_id: r.claimId,
      recourse_id: r.recourseId,
      actor_id: r.actorId,
      reference: r.reference,
      at: r.at,
    })),
    more: rows.length > options.limit,
    accounts,
    totals: { debit_minor: debits, credit_minor: credits, balanced: debits === credits },
  };
}
