import { z } from "@hono/zod-openapi";
import { IsoDateTime } from "../../../../platform/http/schemas";

/** `<actor> is <relation> <of_actor>`: e.g. an importer_of the provider that makes the product. */
export const ACTOR_RELATIONS = [
  "authorised_representative_of",
  "importer_of",
  "fulfilment_service_provider_for",
  "distributor_of",
] as const;

export const RelationCreate = z
  .object({
    relation: z.enum(ACTOR_RELATIONS),
    of_actor_id: z.string().min(1).max(64),
    product_id: z.string().min(1).max(64).optional().openapi({ description: "Only for this product" }),
    effective_from: IsoDateTime,
    effective_to: IsoDateTime.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.effective_to !== undefined && b.effective_to <= b.effective_from) {
      ctx.addIssue({ code: "custom", path: ["effective_to"], message: "must be after effective_from" });
    }
  })
  .openapi("ActorRelationCreate");
export type RelationInput = z.infer<typeof RelationCreate>;

export const RelationView = z
  .object({
    id: z.string(),
    actor_id: z.string(),
    relation: z.enum(ACTOR_RELATIONS),
    of_actor_id: z.string(),
    product_id: z.string().nullable(),
    effective_from: z.string(),
    effective_to: z.string().nullable(),
    recorded_at: z.string(),
  })
  .openapi("ActorRelation");
