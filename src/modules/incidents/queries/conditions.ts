import { gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { searchTerms } from "../../../platform/http/search-text";
import { SEVERITIES } from "../domain/fhir/codes";
import * as t from "../schema";
import { descendsFromFoundationModelSql, involvesActorSql } from "./lineage-sql";
import type { IncidentFilters, QueryOptions } from "./types";

type ListFilter = Exclude<
  {
    [K in keyof IncidentFilters]-?: NonNullable<IncidentFilters[K]> extends string[] ? K : never;
  }[keyof IncidentFilters],
  "registration_number" | "risk_code"
>;

/** List filters that are plain columns of `incidents`: one IN (…) each, which SQLite turns into index seeks. */
const COLUMNS: Record<ListFilter, SQLiteColumn> = {
  product_id: t.incidents.productId,
  event_type: t.incidents.eventType,
  severity: t.incidents.severity,
  outcome: t.incidents.outcome,
  status: t.incidents.status,
  country: t.incidents.country,
  use_area: t.incidents.useArea,
  setting: t.incidents.setting,
  age_band: t.incidents.ageBand,
  sex: t.incidents.sex,
  language: t.incidents.language,
  disability: t.incidents.disability,
  patient_knew_ai_was_used: t.incidents.patientKnewAiWasUsed,
};

/** Trigram search cannot match terms shorter than 3 characters; those fall back to LIKE. */
const TRIGRAM = 3;

/**
 * Turns the filter set into SQL conditions on `incidents` (AND-ed by the caller). Scope and
 * countability come first so no filter can ever widen what the caller may see.
 */
export function incidentConditions(filters: IncidentFilters, options: QueryOptions): SQL[] {
  const where: SQL[] = [];
  if (options.scope.kind === "actor") where.push(involvesActorSql(options.scope.actorId));
  if (options.countableOnly) where.push(sql`${t.incidents.mergedIntoId} is null`);

  for (const [name, column] of Object.entries(COLUMNS) as [ListFilter, SQLiteColumn][]) {
    const values = filters[name];
    if (values?.length) where.push(inArray(column, values));
  }
  if (filters.registration_number?.length) {
    where.push(
      sql`${t.incidents.productId} in (select id from products where registration_number in (${sql.join(
        filters.registration_number.map((n) => sql`${n}`),
        sql`, `,
      )}))`,
    );
  }
  if (filters.risk_code?.length) {
    const codes = inArray(t.incidentRisks.riskCode, filters.risk_code);
    // A common code on a page: probe (incident_id, risk_code) per row walked in sort order, which stops
    // after a page; a rare one: IN (subquery), driven from incident_risks_code_idx, then sorted (few rows).
    where.push(
      options.walk?.riskCode
        ? sql`exists (select 1 from incident_risks where incident_risks.incident_id = ${t.incidents.id} and ${codes})`
        : sql`${t.incidents.id} in (select incident_id from incident_risks where ${codes})`,
    );
  }
  if (filters.actor_id) where.push(involvesActorSql(filters.actor_id));
  if (filters.foundation_model_id) {
    where.push(
      descendsFromFoundationModelSql(filters.foundation_model_id, options.walk?.foundationModel === true),
    );
  }
  if (filters.severity_min !== undefined) {
    // Listed ranks (an IN of equalities) rather than `>=`, so counts seek severity_rank_idx. On a page
    // it is a residual check instead (the unary + hides the column from the planner): at 1M rows,
    // seeking the index and sorting every severe incident took 390 ms, while walking the sort index
    // and checking the rank stops after a page (even "fatal" is ~3% of incidents).
    const ranks = SEVERITIES.map((_, rank) => rank).filter((rank) => rank >= (filters.severity_min ?? 0));
    const listed = sql.join(
      (ranks.length ? ranks : [-1]).map((r) => sql`${r}`),
      sql`, `,
    );
    where.push(
      options.walk?.severity
        ? sql`+${t.incidents.severityRank} in (${listed})`
        : sql`${t.incidents.severityRank} in (${listed})`,
    );
  }
  if (filters.occurred_from) where.push(gte(t.incidents.occurredAt, filters.occurred_from));
  if (filters.occurred_to) where.push(lt(t.incidents.occurredAt, filters.occurred_to));
  if (filters.reported_from) where.push(gte(t.incidents.receivedAt, filters.reported_from));
  if (filters.reported_to) where.push(lt(t.incidents.receivedAt, filters.reported_to));
  if (filters.q)
    where.push(...textSearch(filters.q, options.searchVisibleTextOnly === true, options.walk?.text ?? false));
  return where;
}

/**
 * The FTS5 query for the terms of `q` long enough for trigrams, or null when there are none. Each term
 * quoted as an FTS5 string, so user input is never parsed as query syntax (AND, NEAR, *, …).
 */
export function ftsMatch(q: string): string | null {
  const long = searchTerms(q).filter((term) => [...term].length >= TRIGRAM);
  return long.length ? long.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ") : null;
}

/**
 * Every whitespace-separated term must occur (AND), as a case- and accent-insensitive substring.
 * The route schema already cleaned `q`; cleaning again here keeps every caller of the query layer
 * (exports, signals, stats) safe from NUL and control characters, which FTS5 cannot take.
 */
function textSearch(q: string, visibleOnly: boolean, walk: boolean | "paged"): SQL[] {
  const terms = searchTerms(q);
  // A search with nothing to search for matches nothing, never everything.
  if (terms.length === 0) return [sql`0 = 1`];
  const short = terms.filter((term) => [...term].length < TRIGRAM);
  const where: SQL[] = [];
  if (visibleOnly) where.push(sql`${t.incidents.descriptionIdentifying} = 0`);
  const match = ftsMatch(q);
  if (match && walk === "paged") {
    // The caller drives the query from incidents_fts in rowid order (queries/fts-page.ts).
  } else if (match && walk) {
    // Many matches: the FTS rowids become one in-memory set (integers, no join to incidents) and the
    // sort index is walked, each row checked by its search key, so no match is fetched or sorted.
    // The + keeps the planner from driving the query from that set.
    where.push(sql`+(select k.rowid from incident_search_keys k where k.incident_id = ${t.incidents.id}) in (
      select rowid from incidents_fts where incidents_fts match ${match})`);
  } else if (match) {
    where.push(sql`${t.incidents.id} in (
      select k.incident_id from incidents_fts f join incident_search_keys k on k.rowid = f.rowid
      where incidents_fts match ${match})`);
  }
  for (const term of short) {
    const pattern = `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(sql`${t.incidents.description} like ${pattern} escape '\\'`);
  }
  return where;
}
