import { count } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../../platform/db/client";
import catalog from "./catalog.json";
import * as t from "./schema";

export type Catalog = typeof catalog;
export { catalog };

// D1 binds at most 100 parameters per statement; the widest catalog insert has 5 columns (20 × 5).
const CHUNK = 20;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Imports the WHO guidance catalog (copied from shared/domain/catalog.json) into tables, once.
 * One batch, so a half-imported catalog can never be observed.
 */
export async function seedCatalog(db: Db): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(t.catalogMeta);
  if ((existing?.n ?? 0) > 0) return false;

  const statements: BatchItem<"sqlite">[] = [
    db.insert(t.catalogMeta).values([
      { key: "version", value: String(catalog.version) },
      { key: "source", value: JSON.stringify(catalog.source) },
      { key: "conventions", value: JSON.stringify(catalog.conventions) },
    ]),
  ];
  const add = <R>(rows: R[], insert: (part: R[]) => BatchItem<"sqlite">) => {
    for (const part of chunks(rows)) statements.push(insert(part));
  };
  add(
    catalog.principles.map((p) => ({ code: p.code, name: p.name, data: p })),
    (r) => db.insert(t.principles).values(r),
  );
  add(
    catalog.actors.map((a) => ({ code: a.code, name: a.name, data: a })),
    (r) => db.insert(t.catalogActors).values(r),
  );
  add(
    catalog.lifecycle_stages.map((s) => ({ code: s.code, order: s.order, name: s.name, data: s })),
    (r) => db.insert(t.lifecycleStages).values(r),
  );
  add(
    catalog.use_areas.map((u) => ({ code: u.code, name: u.name, data: u })),
    (r) => db.insert(t.useAreas).values(r),
  );
  add(
    catalog.risks.map((r) => ({ code: r.code, name: r.name, level: r.level, category: r.category, data: r })),
    (r) => db.insert(t.risks).values(r),
  );
  add(
    catalog.obligations.map((o) => ({
      code: o.code,
      title: o.title,
      stage: o.stage,
      strength: o.strength,
      data: o,
    })),
    (r) => db.insert(t.obligations).values(r),
  );
  add(
    catalog.obligations.flatMap((o) => o.actors.map((actorCode) => ({ obligationCode: o.code, actorCode }))),
    (r) => db.insert(t.obligationActors).values(r),
  );
  add(
    Object.entries(catalog.risk_to_obligations as Record<string, string[]>).flatMap(([riskCode, codes]) =>
      codes.map((obligationCode) => ({ riskCode, obligationCode })),
    ),
    (r) => db.insert(t.riskObligations).values(r),
  );
  add(
    catalog.liability_points.map((l) => ({ code: l.code, name: l.name, data: l })),
    (r) => db.insert(t.liabilityPoints).values(r),
  );
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return true;
}
