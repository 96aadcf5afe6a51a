import { eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import type { Db } from "../../platform/db/client";
import { forbidden, invalidField } from "../../platform/errors";
import { assertCatalogCodes } from "../catalog";
import * as t from "./schema";

/** Each referenced catalog code must exist; the error names the exact array element. */
export const assertUseAreas = (deps: Pick<Deps, "db" | "prepared">, codes: string[], path = "use_areas") =>
  assertCatalogCodes(deps, "use_area", codes, (i) => `${path}.${i}`);

export async function assertActorExists(db: Db, actorId: string, path: string, role?: string) {
  const [row] = await db.select().from(t.actors).where(eq(t.actors.id, actorId));
  if (!row) throw invalidField("body", path, `no actor ${actorId}`);
  if (role && !row.roles.includes(role))
    throw invalidField("body", path, `actor ${actorId} is not registered as a ${role}`);
  return row;
}

/** The caller's own organisation must be registered before it can act for it. */
export async function assertCallerActor(db: Db, actorId: string) {
  const [row] = await db.select().from(t.actors).where(eq(t.actors.id, actorId));
  if (!row) throw forbidden("The token's actor_id is not a registered actor");
  return row;
}

export async function assertProductsExist(db: Db, ids: string[], path: (i: number) => string) {
  if (ids.length === 0) return;
  const found = new Set(
    (await db.select({ id: t.products.id }).from(t.products).where(inArray(t.products.id, ids))).map(
      (r) => r.id,
    ),
  );
  const bad = ids.findIndex((id) => !found.has(id));
  if (bad >= 0) throw invalidField("body", path(bad), `no product ${ids[bad]}`);
}
