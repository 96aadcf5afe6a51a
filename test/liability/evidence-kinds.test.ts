import { describe, expect, it } from "vitest";
import {
  BUNDLED_RULESET_JSON,
  CATALOG_FACTS,
  findUnknownCatalogCodes,
  parseRuleset,
} from "../../src/modules/liability";

describe("ruleset disclosure evidence uses the catalog's evidence kinds", () => {
  it("accepts every bundled ruleset and flags a kind no disclosure can have", () => {
    for (const [name, json] of Object.entries(BUNDLED_RULESET_JSON)) {
      expect(findUnknownCatalogCodes(parseRuleset(json, name), CATALOG_FACTS), name).toEqual([]);
    }
    const [name, json] = Object.entries(BUNDLED_RULESET_JSON)[0] as [string, Record<string, unknown>];
    const bad = parseRuleset(
      { ...json, disclosure_evidence: { press_release: ["DEV_PREMORTEM_RED_TEAM"] } },
      name,
    );
    expect(findUnknownCatalogCodes(bad, CATALOG_FACTS)).toEqual([
      { path: "disclosure_evidence.press_release", code: "press_release" },
    ]);
  });
});
