import { z } from "@hono/zod-openapi";
import { Cursor, Id, IsoDateTime, LanguageTag, Limit, Sha256, uniqueArray } from "../../lib/schemas";

export const PRODUCT_KINDS = ["foundation_model", "application", "medical_device_software", "other"] as const;
export const LINEAGE_RELATIONS = ["fine_tune", "integration", "plugin", "distillation"] as const;
export const MODALITIES = [
  "text",
  "image",
  "audio",
  "video",
  "speech",
  "genomic",
  "sensor",
  "structured_data",
  "code",
] as const;
export const DISCLOSURE_KINDS = [
  "model_card",
  "training_data_statement",
  "red_team_report",
  "pre_release_evaluation",
  "dpia",
  "impact_assessment",
  "regulatory_approval",
  "clinical_evaluation",
  "instructions_for_use",
  "audit_report",
  "other",
] as const;

const CatalogCode = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[A-Z0-9_]+$`), `must be a ${prefix}… catalog code`);

export const ProductCreate = z
  .object({
    name: z.string().trim().min(1).max(300),
    kind: z.enum(PRODUCT_KINDS),
    intended_purpose: z.string().trim().min(1).max(5000),
    use_areas: uniqueArray(CatalogCode("U_")).min(1),
    modalities: uniqueArray(z.enum(MODALITIES)).min(1),
    languages: uniqueArray(LanguageTag).min(1),
    builds_on: uniqueArray(z.object({ product_id: Id, relation: z.enum(LINEAGE_RELATIONS) }).strict())
      .max(20)
      .default([]),
    provider_actor_id: Id.optional().openapi({ description: "Provider, when a developer registers" }),
    developer_actor_id: Id.optional().openapi({ description: "Developer, when a provider registers" }),
  })
  .strict()
  .openapi("ProductCreate");

export const ProductListQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Words in the name or intended purpose" }),
  kind: z.enum(PRODUCT_KINDS).optional(),
  stage: z
    .string()
    .regex(/^LC_[A-Z_]+$/)
    .optional(),
  actor_id: Id.optional().openapi({ description: "Developer, provider or deployer of the product" }),
  builds_on: Id.optional().openapi({
    description: "Products built on this one, directly or through descendants",
  }),
  limit: Limit,
  cursor: Cursor,
});

export const IdOrNumberParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({
      param: { name: "id", in: "path" },
      description: "Product id or registration number (LMMR-YYYY-NNNNNN)",
    }),
});

export const VersionCreate = z
  .object({
    version: z.string().trim().min(1).max(100),
    released_at: IsoDateTime.optional(),
    changelog: z.string().trim().min(1).max(20000),
    substantial_modification: z.boolean(),
    base_versions: uniqueArray(Id)
      .max(20)
      .default([])
      .openapi({ description: "Foundation-model versions this builds on" }),
  })
  .strict()
  .openapi("VersionCreate");

export const TransitionCreate = z
  .object({
    to: z.string().regex(/^LC_[A-Z_]+$/, "must be a lifecycle stage code"),
    reason: z.string().trim().min(1).max(5000),
  })
  .strict()
  .openapi("TransitionCreate");

export const DisclosureCreate = z
  .object({
    kind: z.enum(DISCLOSURE_KINDS),
    title: z.string().trim().min(1).max(500),
    uri: z.url().max(2000).optional(),
    sha256: Sha256,
    published: z.boolean(),
    summary: z.string().trim().min(1).max(20000),
  })
  .strict()
  .openapi("DisclosureCreate");

const Loose = z.record(z.string(), z.unknown());
export const ProductView = Loose.openapi("Product");
export const ProductPage = z
  .object({ data: z.array(Loose), next_cursor: z.string().nullable() })
  .openapi("ProductPage");
