import type { z } from "@hono/zod-openapi";
import { and, asc, eq, like, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";
import { afterKey } from "../../../platform/db/keyset";
import { notFound } from "../../../platform/errors";
import { CursorKey } from "../../../platform/http/cursor";
import type { ActorListQuery } from "../routes/actors/schemas";
import { actors } from "../schema";

export type ActorRow = typeof actors.$inferSelect;

/** One page of actors by name, fetching `limit + 1` rows so the caller can tell if there is more. */
export async function listActors(db: Db, query: z.infer<typeof ActorListQuery>): Promise<ActorRow[]> {
  const { role, country, q, limit, cursor } = query;
  const where: (SQL | undefined)[] = [];
  if (role) where.push(sql`exists (select 1 from json_each(${actors.roles}) where value = ${role})`);
  if (country) where.push(eq(actors.country, country));
  if (q) where.push(like(actors.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`));
  if (cursor) {
    where.push(afterKey(cursor, actors.name, actors.id, "asc", CursorKey.nameId));
  }
  return db
    .select()
    .from(actors)
    .where(and(...where))
    .orderBy(asc(actors.name), asc(actors.id))
    .limit(limit + 1);
}

export async function loadActor(db: Db, id: string): Promise<ActorRow> {
  const [row] = await db.select().from(actors).where(eq(actors.id, id));
  if (!row) throw notFound("Actor");
  return row;
}
