/**
 * The catalog risks a patient or carer can recognise, grouped in plain words for the form. The other
 * catalog risks (education, research, labour, environment, …) are still offered, behind "more".
 */
export const PATIENT_RISK_GROUPS = [
  {
    key: "report.groupWrongInfo",
    codes: [
      "R_FALSE_INFO",
      "R_POOR_DATA_QUALITY",
      "R_PROMPT_INCONSISTENCY",
      "R_TOXIC_CONTENT",
      "R_CONTEXTUAL_BIAS",
    ],
  },
  {
    key: "report.groupUnfair",
    codes: [
      "R_BIAS",
      "R_DISABILITY_BIAS",
      "R_CHILD_SAFETY",
      "R_TECH_FACILITATED_GBV",
      "R_UNAUTHORIZED_EXPERIMENTAL_USE",
    ],
  },
  { key: "report.groupPrivacy", codes: ["R_PRIVACY", "R_INFORMED_CONSENT", "R_DATA_RIGHTS_VIOLATION"] },
  {
    key: "report.groupTrust",
    codes: [
      "R_AUTOMATION_BIAS",
      "R_MANIPULATION",
      "R_ANTHROPOMORPHISM",
      "R_DEGRADED_CARE_RELATIONSHIP",
      "R_EPISTEMIC_INJUSTICE",
      "R_CARE_OUTSIDE_HEALTH_SYSTEM",
      "R_OPACITY",
      "R_REDRESS_GAP",
    ],
  },
] as const;

const GROUPED: ReadonlySet<string> = new Set(PATIENT_RISK_GROUPS.flatMap((g) => g.codes));

/** Catalog risks not in a patient group, in catalog order: the form's "more" list. */
export const otherRisks = (catalogCodes: readonly string[]) => catalogCodes.filter((c) => !GROUPED.has(c));
