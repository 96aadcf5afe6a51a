import { inArray } from "drizzle-orm";
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
 * The one check that referenced catalog codes exist, against the stored catalog (the same rows the
 * catalog routes publish), in one query. The error names the exact field or array element:
 * `pathOf(i)` gives the path of the i-th code (e.g. `risk_codes.2`, or just `obligation_code`).
 */
export async function assertCatalogCodes(
  db: Db,
  vocabulary: CatalogVocabulary,
  codes: readonly string[],
  pathOf: (index: number) => string,
): Promise<void> {
  if (codes.length === 0) return;
  const { table, label } = VOCABULARIES[vocabulary];
  const rows = await db
    .select({ code: table.code })
    .from(table)
    .where(inArray(table.code, [...new Set(codes)]));
  const known = new Set(rows.map((r) => r.code));
  const bad = codes.findIndex((code) => !known.has(code));
  if (bad >= 0) throw invalidField("body", pathOf(bad), `unknown ${label} ${codes[bad]}`);
}
