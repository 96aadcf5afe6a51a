import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Deps } from "../../../deps";
import type { Db } from "../../../platform/db/client";
import { invalidField, notFound } from "../../../platform/errors";
import { assertCatalogCodes } from "../../catalog";
import * as registry from "../../registry";
import * as t from "../schema";

export type IncidentRow = typeof t.incidents.$inferSelect;
export type ReportRow = typeof t.reports.$inferSelect;

/**
 * An incident by id or reference, with no access check: only for callers the policy in ./access.ts does
 * not cover (regulator-only writes, the reporter's receipt token, the policy itself).
 */
export async function loadIncident(db: Db, idOrReference: string): Promise<IncidentRow> {
  const [row] = await db
    .select()
    .from(t.incidents)
    .where(
      sql`${t.incidents.id} = ${idOrReference} or ${t.incidents.reference} = ${idOrReference.toUpperCase()}`,
    );
  if (!row) throw notFound("Incident");
  return row;
}

/** Just the human reference of a stored incident (what a filing's response shows), by primary key. */
export async function incidentReference(db: Db, id: string): Promise<string> {
  const [row] = await db
    .select({ reference: t.incidents.reference })
    .from(t.incidents)
    .where(eq(t.incidents.id, id));
  if (!row) throw notFound("Incident");
  return row.reference;
}

/** The incident and every incident merged into it (transitively): a merge moves no rows. */
export async function familyIds(db: Db, incidentId: string): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`
    with recursive fam(id) as (
      select ${incidentId}
      union
      select i.id from incidents i join fam on i.merged_into_id = fam.id
    ) select id from fam`);
  return rows.map((r) => r.id);
}

export async function familyReports(db: Db, incidentId: string): Promise<ReportRow[]> {
  const ids = await familyIds(db, incidentId);
  return db
    .select()
    .from(t.reports)
    .where(inArray(t.reports.incidentId, ids))
    .orderBy(t.reports.submittedAt, t.reports.id);
}

/** The report a receipt token belongs to (on this incident or one merged into it), if any. */
export async function reportForReceipt(
  db: Db,
  incidentId: string,
  tokenHash: string,
): Promise<ReportRow | undefined> {
  const ids = await familyIds(db, incidentId);
  const [row] = await db
    .select()
    .from(t.reports)
    .where(and(inArray(t.reports.incidentId, ids), eq(t.reports.receiptTokenHash, tokenHash)))
    .orderBy(asc(t.reports.submittedAt), asc(t.reports.id))
    .limit(1);
  return row;
}

export interface ProductRefs {
  product_id?: string | undefined;
  registration_number?: string | undefined;
  product_version_id?: string | undefined;
  deployment_id?: string | undefined;
}

/**
 * Resolves and cross-checks product, version and deployment references: each must exist and they
 * must agree (a deployment implies its version and product). Errors name the offending field.
 */
export async function resolveProductRefs(db: Db, refs: ProductRefs) {
  let productId: string | null = null;
  if (refs.product_id || refs.registration_number) {
    const field = refs.product_id ? "product_id" : "registration_number";
    const value = (refs.product_id ?? refs.registration_number) as string;
    const [p] = await db
      .select({ id: registry.products.id })
      .from(registry.products)
      .where(
        field === "product_id"
          ? eq(registry.products.id, value)
          : eq(registry.products.registrationNumber, value.toUpperCase()),
      );
    if (!p) throw invalidField("body", field, `no registered product ${value}`);
    productId = p.id;
  }
  let versionId: string | null = null;
  if (refs.product_version_id) {
    const [v] = await db
      .select()
      .from(registry.productVersions)
      .where(eq(registry.productVersions.id, refs.product_version_id));
    if (!v) throw invalidField("body", "product_version_id", `no product version ${refs.product_version_id}`);
    if (productId && v.productId !== productId) {
      throw invalidField("body", "product_version_id", "is a version of another product");
    }
    productId = v.productId;
    versionId = v.id;
  }
  let deploymentId: string | null = null;
  if (refs.deployment_id) {
    const [d] = await db
      .select()
      .from(registry.deployments)
      .where(eq(registry.deployments.id, refs.deployment_id));
    if (!d) throw invalidField("body", "deployment_id", `no deployment ${refs.deployment_id}`);
    if ((productId && d.productId !== productId) || (versionId && d.productVersionId !== versionId)) {
      throw invalidField("body", "deployment_id", "deploys another product or version");
    }
    productId = d.productId;
    versionId = d.productVersionId;
    deploymentId = d.id;
  }
  return { productId, versionId, deploymentId };
}

/** The incident's use area and risk codes must be catalog codes. */
export async function assertIncidentCodes(
  deps: Pick<Deps, "db" | "prepared">,
  useArea: string | undefined,
  riskCodes: string[],
) {
  await assertCatalogCodes(deps, "use_area", useArea ? [useArea] : [], () => "use_area");
  await assertCatalogCodes(deps, "risk", riskCodes, (i) => `risk_codes.${i}`);
}

/** The incident rows matching `where`: the subject of a batch `precondition`. */
export const incidentRowsWhere = (db: Db, where: SQL | undefined) =>
  db.select({ id: t.incidents.id }).from(t.incidents).where(where);
