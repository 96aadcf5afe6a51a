import { z } from "zod";
import catalogJson from "../../../../law/binding-requirements.json" with { type: "json" };
import { VALUE_CHAIN_ROLES } from "../../../platform/auth/roles";

/**
 * Binding legal requirements (law/binding-requirements.json): AI Act and MDR duties a finding may cite
 * as its obligation_code. Only these satisfy PLD Art. 10(2)(b) / AILD Art. 4(2)
 * (requirement_non_compliance); the WHO catalog obligations stay recommendations. Validated once, at
 * import: a malformed data file stops start-up instead of silently narrowing what a finding may cite.
 */

const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be an upper-case code");
const text = z.string().trim().min(1);

const RequirementSchema = z.strictObject({
  code,
  instrument: text,
  citation: text,
  title: text,
  duty_bearers: z.array(z.enum(VALUE_CHAIN_ROLES)).min(1),
  risks: z.array(z.string().regex(/^R_[A-Z0-9_]+$/, "must be a catalog risk code")).min(1),
  note: text.optional(),
});

const CatalogSchema = z
  .strictObject({ note: text, requirements: z.array(RequirementSchema).min(1) })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.requirements.forEach((r, i) => {
      if (seen.has(r.code))
        ctx.addIssue({ code: "custom", path: ["requirements", i, "code"], message: `duplicate ${r.code}` });
      seen.add(r.code);
    });
  });

export type BindingRequirement = z.infer<typeof RequirementSchema>;

export function parseBindingRequirements(json: unknown, name = "law/binding-requirements.json") {
  const parsed = CatalogSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid binding-requirements catalog "${name}": ${issues}`);
  }
  return parsed.data;
}

const parsed = parseBindingRequirements(catalogJson);

/** The catalog's own note: sources checked, what is verified, and that the risk mapping is a reading. */
export const BINDING_REQUIREMENTS_NOTE: string = parsed.note;
export const BINDING_REQUIREMENTS: readonly BindingRequirement[] = parsed.requirements;

const CODES: ReadonlySet<string> = new Set(BINDING_REQUIREMENTS.map((r) => r.code));

export function isBindingRequirement(code: string): boolean {
  return CODES.has(code);
}
