import { z } from "@hono/zod-openapi";
import type { Db } from "../../../../platform/db/client";
import {
  Cursor,
  Id,
  IsoDateTime,
  LanguageTag,
  Limit,
  Sha256,
  uniqueArray,
  WebUri,
} from "../../../../platform/http/schemas";
import { searchText } from "../../../../platform/http/search-text";
import { catalog } from "../../../catalog";

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
/**
 * A disclosure is one of the kinds of evidence the catalog says prove an obligation (model_card,
 * datasheet, red_team_report, dpia_report, impact_assessment_report, regulatory_approval_decision…),
 * so a published disclosure can be matched to the duties it evidences; anything else is "other".
 */
export const DISCLOSURE_KINDS: ReadonlySet<string> = new Set([
  ...catalog.obligations.flatMap((o) => o.evidence),
  "other",
]);

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

export type ProductCreateInput = z.infer<typeof ProductCreate>;

export const ProductListQuery = z.object({
  q: searchText({
    maxLength: 200,
    maxTerms: 8,
    description: "Words (at most 8) in the name or intended purpose",
  }).optional(),
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
    kind: z
      .string()
      .refine(
        (k) => DISCLOSURE_KINDS.has(k),
        "must be an evidence kind listed by GET /v1/catalog/evidence-kinds, or other",
      )
      .openapi({ enum: [...DISCLOSURE_KINDS].sort(), example: "red_team_report" }),
    title: z.string().trim().min(1).max(500),
    uri: WebUri.optional(),
    sha256: Sha256,
    published: z.boolean(),
    summary: z.string().trim().min(1).max(20000),
  })
  .strict()
  .openapi("DisclosureCreate");

export const ProductSummary = z
  .object({
    id: z.string(),
    registration_number: z.string().openapi({ example: "LMMR-2026-000042" }),
    name: z.string(),
    kind: z.string(),
    intended_purpose: z.string(),
    use_areas: z.array(z.string()),
    modalities: z.array(z.string()),
    languages: z.array(z.string()),
    developer_actor_id: z.string(),
    provider_actor_id: z.string().nullable(),
    stage: z.string(),
    registered_at: z.string(),
  })
  .openapi("ProductSummary");

const LineageEdge = z.object({
  product_id: z.string(),
  registration_number: z.string().optional(),
  name: z.string().optional(),
  kind: z.string().optional(),
  relation: z.string(),
  depth: z.number().int(),
  via: z.string(),
});

export const VersionView = z
  .object({
    id: z.string(),
    product_id: z.string(),
    version: z.string(),
    released_at: z.string().nullable(),
    changelog: z.string(),
    substantial_modification: z.boolean(),
    base_versions: z.array(z.string()),
    recorded_at: z.string(),
  })
  .openapi("ProductVersion");

export const DisclosureView = z
  .object({
    id: z.string(),
    product_id: z.string(),
    actor_id: z.string().nullable(),
    kind: z.string(),
    title: z.string(),
    uri: z.string().nullable(),
    sha256: z.string(),
    published: z.boolean(),
    summary: z.string(),
    recorded_at: z.string(),
  })
  .openapi("Disclosure");

export const TransitionView = z
  .object({
    product_id: z.string().optional(),
    from: z.string().nullable(),
    to: z.string(),
    reason: z.string(),
    at: z.string(),
    by_role: z.string(),
  })
  .openapi("StageTransition");

const Figure = z.union([z.object({ count: z.number().int() }), z.object({ suppressed: z.literal(true) })]);

export const ProductIncidentCounts = z
  .object({
    k: z.number().int(),
    total: Figure,
    by_severity: z.array(z.intersection(z.object({ severity: z.string() }), Figure)),
  })
  .openapi("ProductIncidentCounts", {
    description: "Incidents on this product (merged duplicates excluded); 0 < n < k suppressed",
  });
export type ProductIncidentCounts = z.infer<typeof ProductIncidentCounts>;

export const ProductView = ProductSummary.extend({
  lineage: z.object({ ancestors: z.array(LineageEdge), descendants: z.array(LineageEdge) }),
  versions: z.array(VersionView),
  stage_history: z.array(TransitionView),
  disclosures: z.array(DisclosureView),
  deployments_count: z.number().int(),
  incident_counts: ProductIncidentCounts,
}).openapi("Product");

export const ProductPage = z
  .object({ data: z.array(ProductSummary), next_cursor: z.string().nullable() })
  .openapi("ProductPage");

/**
 * A product's suppressed incident counts, for its public record. The registry shows them but does not
 * count incidents itself: the incidents module provides this (wired in deps.ts), so dependencies run
 * one way (incidents → registry).
 */
export type ProductIncidentCountsOf = (
  db: Db,
  productId: string,
  k: number,
) => Promise<ProductIncidentCounts>;
