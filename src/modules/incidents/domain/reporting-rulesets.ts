import art73v1 from "../../../../reporting-rules/eu-ai-act-art73-v1.json";
import { parseReportingRuleset, type ReportingRuleset } from "./deadlines";

/**
 * The reporting rulesets in force, validated once at start-up (a bad data file fails loudly rather
 * than computing wrong deadlines). New jurisdictions or versions are added here as data files.
 */
export const REPORTING_RULESETS: readonly ReportingRuleset[] = [
  parseReportingRuleset(art73v1, "reporting-rules/eu-ai-act-art73-v1.json"),
];
