import { z } from "@hono/zod-openapi";
import { Country, IsoDateTime } from "../../../../platform/http/schemas";
import {
  AI_ACT_CLASSES,
  DECIDERS,
  DEVICE_CLASSES,
  HIGH_RISK_BASES,
  MEDICAL_DEVICE_REGIMES,
} from "../../domain/regulatory-profile";

/** `EU` for the Union market as a whole, else the Member State or third country (ISO 3166-1 alpha-2). */
const Territory = z
  .string()
  .transform((v) => v.toUpperCase())
  .pipe(z.union([z.literal("EU"), Country]))
  .openapi({ type: "string", example: "DE", description: "EU, or ISO 3166-1 alpha-2" });

const common = {
  version_id: z.string().min(1).max(64).optional().openapi({ description: "Only this version" }),
  source: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .openapi({ example: "EU declaration of conformity DoC-2027-014, section 2" }),
  /** Only a regulator may say a court decided; an owner's statement is always its own declaration. */
  decided_by: z.enum(["regulator", "court"]).optional(),
};

const Market = z
  .object({
    fact: z.literal("market"),
    territory: Territory,
    placed_at: IsoDateTime.openapi({ description: "Placed on the market or put into service there" }),
    ...common,
  })
  .strict();

const RiskClass = z
  .object({
    fact: z.literal("ai_act_risk_class"),
    value: z.enum(AI_ACT_CLASSES),
    basis: z.enum(HIGH_RISK_BASES).optional().openapi({ description: "Required for high_risk" }),
    effective_from: IsoDateTime,
    ...common,
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.value === "high_risk" && b.basis === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message: "is required for high_risk (Art. 6(1) or 6(2))",
      });
    }
    if (b.value !== "high_risk" && b.basis !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "is only meaningful for high_risk" });
    }
  });

const MedicalDevice = z
  .object({
    fact: z.literal("medical_device"),
    value: z.enum(MEDICAL_DEVICE_REGIMES),
    device_class: z.string().max(8).optional(),
    effective_from: IsoDateTime,
    ...common,
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.value === "none") {
      if (b.device_class !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["device_class"],
          message: "must be absent when value is none",
        });
      }
      return;
    }
    const allowed: readonly string[] = DEVICE_CLASSES[b.value];
    if (b.device_class === undefined || !allowed.includes(b.device_class)) {
      ctx.addIssue({
        code: "custom",
        path: ["device_class"],
        message: `must be one of ${allowed.join(", ")} for ${b.value}`,
      });
    }
  });

const Flag = (fact: "open_source" | "commercial_activity") =>
  z.object({ fact: z.literal(fact), value: z.boolean(), effective_from: IsoDateTime, ...common }).strict();

const FdaDevice = z
  .object({
    fact: z.literal("us_fda_device"),
    value: z.boolean(),
    device_class: z.enum(DEVICE_CLASSES.us_fda).optional(),
    effective_from: IsoDateTime,
    ...common,
  })
  .strict();

export const RegulatoryFactCreate = z
  .discriminatedUnion("fact", [
    Market,
    RiskClass,
    MedicalDevice,
    Flag("open_source"),
    Flag("commercial_activity"),
    FdaDevice,
  ])
  .openapi("RegulatoryFactCreate", {
    description:
      "One fact deciding which instruments apply. Open source and commercial activity: PLD Art. 2(2) and " +
      "recital 14; AI Act class: Art. 6; medical device: MDR/IVDR; US FDA device: 21 CFR 803.",
  });
export type RegulatoryFactInput = z.infer<typeof RegulatoryFactCreate>;

export const RegulatoryFactView = z
  .object({
    id: z.string(),
    product_id: z.string(),
    version_id: z.string().nullable(),
    fact: z.string(),
    value: z.string(),
    qualifier: z.string().nullable(),
    territory: z.string().nullable(),
    effective_from: z.string(),
    source: z.string(),
    decided_by: z.enum(DECIDERS),
    recorded_at: z.string(),
  })
  .openapi("RegulatoryFact");

const Entry = z
  .object({
    value: z.union([z.string(), z.boolean()]),
    qualifier: z.string().nullable(),
    decided_by: z.string(),
    fact_id: z.string(),
    effective_from: z.string(),
  })
  .nullable();

export const RegulatoryProfileView = z
  .object({
    markets: z.array(
      z.object({ territory: z.string(), placed_at: z.string(), decided_by: z.string(), fact_id: z.string() }),
    ),
    ai_act_risk_class: Entry,
    medical_device: Entry,
    open_source: Entry,
    commercial_activity: Entry,
    us_fda_device: Entry,
  })
  .openapi("RegulatoryProfile");

export const RegulatoryFactsQuery = z.object({
  version_id: z.string().min(1).max(64).optional(),
  as_of: IsoDateTime.optional().openapi({ description: "Profile as it stood then (default now)" }),
});
