import { eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client";
import { actors } from "./schema";

/** The roles the register gives an actor (one primary-key lookup), or undefined when it is unknown. */
export async function actorRoles(db: Db, actorId: string): Promise<readonly string[] | undefined> {
  const [row] = await db.select({ roles: actors.roles }).from(actors).where(eq(actors.id, actorId)).limit(1);
  return row?.roles;
}
