import type { z } from "@hono/zod-openapi";
import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import { rowById } from "../../../platform/db/by-id";
import { commitWithAudit } from "../../../platform/db/commit";
import type { ActorRow } from "../queries/actors";
import type { ActorCreate } from "../routes/actors/schemas";
import { actors } from "../schema";

/** Registers an organisation, written with its audit entry and idempotency record. Returns the id. */
export async function createActor(
  deps: Deps,
  principal: Principal,
  input: z.infer<typeof ActorCreate>,
  record: (id: string) => Promise<BatchItem<"sqlite">[]>,
): Promise<string> {
  const row: ActorRow = {
    id: newId(),
    name: input.name,
    roles: input.roles,
    country: input.country,
    contactEmail: input.contact_email,
    identifiers: input.identifiers ?? {},
    createdAt: deps.clock.now().toISOString(),
  };
  const recorded = await record(row.id);
  await commitWithAudit(deps, principal, () => [deps.db.insert(actors).values(row), ...recorded], [
    { action: "actor.create", entity: "actor", entityId: row.id, payload: row },
  ]);
  return row.id;
}

/** The actor just created (rendered as the 201 body, also on an idempotent replay). */
export const loadCreatedActor = (deps: Pick<Deps, "db">, id: string) => rowById(deps.db, actors, id, "Actor");
