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
    // IN (subquery) rather than a join: no duplicate rows for multi-risk incidents, and SQLite drives it
    // from incident_risks_code_idx then looks incidents up by primary key.
    where.push(
      sql`${t.incidents.id} in (select incident_id from incident_risks where ${inArray(t.incidentRisks.riskCode, filters.risk_code)})`,
    );
  }
  if (filters.actor_id) where.push(involvesActorSql(filters.actor_id));
  if (filters.foundation_model_id) where.push(descendsFromFoundationModelSql(filters.foundation_model_id));
  if (filters.severity_min !== undefined) {
    // Listed ranks (an IN of equalities) rather than `>=`: the planner then seeks severity_rank_idx
    // instead of guessing the range unselective and scanning all incidents in received order.
    const ranks = SEVERITIES.map((_, rank) => rank).filter((rank) => rank >= (filters.severity_min ?? 0));
    where.push(inArray(t.incidents.severityRank, ranks.length ? ranks : [-1]));
  }
  if (filters.occurred_from) where.push(gte(t.incidents.occurredAt, filters.occurred_from));
  if (filters.occurred_to) where.push(lt(t.incidents.occurredAt, filters.occurred_to));
  if (filters.reported_from) where.push(gte(t.incidents.receivedAt, filters.reported_from));
  if (filters.reported_to) where.push(lt(t.incidents.receivedAt, filters.reported_to));
  if (filters.q) where.push(...textSearch(filters.q, options.searchVisibleTextOnly === true));
  return where;
}

/**
 * Every whitespace-separated term must occur (AND), as a case- and accent-insensitive substring.
 * The route schema already cleaned `q`; cleaning again here keeps every caller of the query layer
 * (exports, signals, stats) safe from NUL and control characters, which FTS5 cannot take.
 */
function textSearch(q: string, visibleOnly: boolean): SQL[] {
  const terms = searchTerms(q);
  // A search with nothing to search for matches nothing, never everything.
  if (terms.length === 0) return [sql`0 = 1`];
  const long = terms.filter((term) => [...term].length >= TRIGRAM);
  const short = terms.filter((term) => [...term].length < TRIGRAM);
  const where: SQL[] = [];
  if (visibleOnly) where.push(sql`${t.incidents.descriptionIdentifying} = 0`);
  if (long.length) {
    // Each term quoted as an FTS5 string, so user input is never parsed as query syntax (AND, NEAR, *, …).
    const match = long.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
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
