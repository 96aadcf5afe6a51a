import { z } from "@hono/zod-openapi";
import {
  Country,
  Cursor,
  Id,
  IsoDateTime,
  LanguageTag,
  Limit,
  uniqueArray,
} from "../../../../platform/http/schemas";

export const DeploymentCreate = z
  .object({
    product_version_id: Id,
    setting: z.string().trim().min(1).max(200).openapi({ example: "primary care" }),
    country: Country,
    languages: uniqueArray(LanguageTag).min(1),
    population: z.string().trim().min(1).max(2000).openapi({ example: "adults attending rural clinics" }),
    human_oversight: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ example: "every draft reviewed by a nurse" }),
    started_at: IsoDateTime,
    ended_at: IsoDateTime.optional(),
  })
  .strict()
  .refine((d) => !d.ended_at || d.ended_at >= d.started_at, {
    path: ["ended_at"],
    message: "must not precede started_at",
  })
  .openapi("DeploymentCreate");

export const Deployment = z
  .object({
    id: z.string(),
    product_id: z.string(),
    product_version_id: z.string(),
    deployer_actor_id: z.string(),
    setting: z.string(),
    country: z.string(),
    languages: z.array(z.string()),
    population: z.string(),
    human_oversight: z.string(),
    started_at: z.string(),
    ended_at: z.string().nullable(),
    recorded_at: z.string(),
  })
  .openapi("Deployment");

export const DeploymentListQuery = z.object({
  product_id: Id.optional(),
  deployer_actor_id: Id.optional(),
  limit: Limit,
  cursor: Cursor,
});
