import type { z } from "@hono/zod-openapi";
import { forbidden } from "../../../platform/errors";
import type { Patient } from "../incident-schemas";

/**
 * Who may learn each patient field, decided once for every query route (list, stats, export, signals,
 * public stats). `satisfies` makes the classification total: a field added to the Patient schema does
 * not compile until someone decides who may see it.
 *
 * - `regulator`: never shown to anyone else, so never a filter or a group_by dimension for anyone else
 *   either. A filter or breakdown over a withheld attribute is an oracle: with a narrow window around an
 *   incident an actor knows (or two queries whose difference is that incident), the answer reveals the
 *   attribute, however the cells are suppressed ("0" versus "suppressed" is already one bit).
 *   Admins and claim handlers get the same restricted incident view as actors, so they count as
 *   non-regulators here; only the regulator (the supervisory authority) works with patient attributes.
 * - `shared`: already in every actor-visible incident view (whether the patient knew AI was used is a
 *   fact about the product's transparency duty), so filtering on it reveals nothing new.
 */
export const PATIENT_FIELD_AUDIENCE = {
  age_band: "regulator",
  sex: "regulator",
  language: "regulator",
  disability: "regulator",
  ethnicity: "regulator",
  patient_knew_ai_was_used: "shared",
} as const satisfies Record<keyof z.infer<typeof Patient>, "regulator" | "shared">;

export type RegulatorOnlyAttribute = {
  [K in keyof typeof PATIENT_FIELD_AUDIENCE]: (typeof PATIENT_FIELD_AUDIENCE)[K] extends "regulator"
    ? K
    : never;
}[keyof typeof PATIENT_FIELD_AUDIENCE];

export const REGULATOR_ONLY_ATTRIBUTES = Object.entries(PATIENT_FIELD_AUDIENCE)
  .filter(([, audience]) => audience === "regulator")
  .map(([name]) => name as RegulatorOnlyAttribute);

const isRegulatorOnly = (name: string): name is RegulatorOnlyAttribute =>
  (REGULATOR_ONLY_ATTRIBUTES as readonly string[]).includes(name);

/**
 * Refuses, for non-regulators, every use of a withheld patient attribute as a filter or a group_by
 * dimension. The refusal depends only on the parameter names, never on the data, so the answer itself
 * carries nothing about any incident.
 */
export function assertPatientAttributesAllowed(
  query: Record<string, unknown>,
  regulator: boolean,
  groupBy: readonly string[] = [],
) {
  if (regulator) return;
  const errors = [
    ...REGULATOR_ONLY_ATTRIBUTES.filter((name) => query[name] !== undefined).map((path) => ({
      in: "query",
      path,
      message: "patient attributes are regulator-only filters",
    })),
    ...groupBy.filter(isRegulatorOnly).map((dimension) => ({
      in: "query",
      path: "group_by",
      message: `${dimension}: patient attributes are regulator-only dimensions`,
    })),
  ];
  if (errors.length === 0) return;
  throw forbidden("Patient attributes may only be queried by regulators", errors);
}
