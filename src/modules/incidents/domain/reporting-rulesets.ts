import art26v1 from "../../../../reporting-rules/eu-ai-act-art26-5-v1.json" with { type: "json" };
import art26v2 from "../../../../reporting-rules/eu-ai-act-art26-5-v2.json" with { type: "json" };
import art73v1 from "../../../../reporting-rules/eu-ai-act-art73-v1.json" with { type: "json" };
import art73v2 from "../../../../reporting-rules/eu-ai-act-art73-v2.json" with { type: "json" };
import mdr87v1 from "../../../../reporting-rules/eu-mdr-art87-v1.json" with { type: "json" };
import fda803v1 from "../../../../reporting-rules/us-fda-mdr-803-v1.json" with { type: "json" };
import { parseReportingRuleset, type ReportingRuleset } from "./deadlines";

const FILES: Record<string, unknown> = {
  "reporting-rules/eu-ai-act-art73-v1.json": art73v1,
  "reporting-rules/eu-ai-act-art73-v2.json": art73v2,
  "reporting-rules/eu-ai-act-art26-5-v1.json": art26v1,
  "reporting-rules/eu-ai-act-art26-5-v2.json": art26v2,
  "reporting-rules/eu-mdr-art87-v1.json": mdr87v1,
  "reporting-rules/us-fda-mdr-803-v1.json": fda803v1,
};

/**
 * Every registered version of every reporting ruleset, validated once at start-up (a bad data file
 * fails loudly rather than computing wrong deadlines). Which version binds an incident is chosen by
 * its date (rulesetsInForce). New jurisdictions or amendments are added here as data files.
 */
export const REPORTING_RULESETS: readonly ReportingRuleset[] = Object.entries(FILES).map(([name, json]) =>
  parseReportingRuleset(json, name),
);
