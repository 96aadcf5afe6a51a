import { inArray, sql } from "drizzle-orm";
import type { Deps } from "../../deps";
import type { Db } from "../../platform/db/client";
import { invalidField } from "../../platform/errors";
import * as t from "./schema";

/** The catalog vocabularies a request may refer to, and how an error names each. */
const VOCABULARIES = {
  use_area: { table: t.useAreas, label: "use area" },
  risk: { table: t.risks, label: "risk" },
  obligation: { table: t.obligations, label: "obligation" },
} as const;

export type CatalogVocabulary = keyof typeof VOCABULARIES;

/**
 * Which of a JSON array of codes a vocabulary holds: one statement for any number of codes (the
 * array is one parameter, unpacked by SQLite's json_each, on D1 too), so it is prepared once per app.
 */
const knownCodes = (table: (typeof VOCABULARIES)[CatalogVocabulary]["table"]) => ({
  build: (db: Db) =>
    db
      .select({ code: table.code })
      .from(table)
      .where(inArray(table.code, sql`(select value from json_each(${sql.placeholder("codes")}))`))
      .prepare(),
});
const KNOWN: Record<CatalogVocabulary, ReturnType<typeof knownCodes>> = {
  use_area: knownCodes(VOCABULARIES.use_area.table),
  risk: knownCodes(VOCABULARIES.risk.table),
  obligation: knownCodes(VOCABULARIES.obligation.table),
};

/**
 * The one check that referenced catalog codes exist, against the stored catalog (the same rows the
 * catalog routes publish), in one query. The error names the exact field or array element:
 * `pathOf(i)` gives the path of the i-th code (e.g. `risk_codes.2`, or just `obligation_code`).
 */
export async function assertCatalogCodes(
  deps: Pick<Deps, "db" | "prepared">,
  vocabulary: CatalogVocabulary,
  codes: readonly string[],
  pathOf: (index: number) => string,
): Promise<void> {
  if (codes.length === 0) return;
  const { label } = VOCABULARIES[vocabulary];
  const rows = await deps.prepared
    .query(deps.db, KNOWN[vocabulary])
    .all({ codes: JSON.stringify([...new Set(codes)]) });
  const known = new Set(rows.map((r) => r.code));
  const bad = codes.findIndex((code) => !known.has(code));
  if (bad >= 0) throw invalidField("body", pathOf(bad), `unknown ${label} ${codes[bad]}`);
}
