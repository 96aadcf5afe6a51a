import { describe, expect, it } from "vitest";
import { catalog as catalogJson } from "../../src/modules/catalog";
import {
  BUNDLED_RULESET_JSON,
  findUnknownCatalogCodes,
  loadBundledRulesets,
  loadRulesets,
  parseRuleset,
  RulesetError,
} from "../../src/modules/liability";

// The §5.2 reading keeps the v1 WHO structure (fixed codes per condition) these malformations edit.
const FILE = "rulesets/who-2024-reversed-burden.json";
const valid = () => structuredClone(BUNDLED_RULESET_JSON[FILE]) as Record<string, any>;

function errorOf(fn: () => unknown): RulesetError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RulesetError) return err;
    throw err;
  }
  throw new Error("expected a RulesetError");
}

describe("bundled rulesets", () => {
  it("load, are indexed by id, carry status and source, and only name catalog codes", () => {
    const rs = loadBundledRulesets();
    expect([...rs.keys()].sort()).toEqual([
      "eu-aild-2022",
      "eu-pld-2024",
      "who-2024",
      "who-2024-reversed-burden",
      "who-2024-strict-liability",
    ]);
    expect(rs.get("eu-aild-2022")?.status).toBe("proposal_withdrawn_2025");
    expect(rs.get("eu-pld-2024")?.roles.deployer).toBeUndefined();
    for (const r of rs.values()) {
      expect(r.source.citation.length).toBeGreaterThan(0);
      expect(findUnknownCatalogCodes(r, catalogJson)).toEqual([]);
    }
  });

  it("findUnknownCatalogCodes names codes the catalog does not define", () => {
    const r = parseRuleset(valid(), FILE);
    const catalog = {
      risk_to_obligations: { R_FALSE_INFO: [] },
      obligations: [{ code: "DEPL_FIT_FOR_SETTING", actors: ["DEPLOYER"] }],
    };
    const unknown = findUnknownCatalogCodes(r, catalog);
    expect(unknown).toContainEqual({ path: "conditions.1.codes.0", code: "DEV_PREMORTEM_RED_TEAM" });
    expect(unknown).toContainEqual({
      path: "disclosure_evidence.red_team_report.0",
      code: "DEV_PREMORTEM_RED_TEAM",
    });
  });
});

describe("malformed rulesets fail with the file name and the bad path", () => {
  it("wrong condition kind", () => {
    const json = valid();
    json.conditions[1].kind = "vibes";
    const err = errorOf(() => parseRuleset(json, FILE));
    expect(err.message).toContain(`"${FILE}"`);
    expect(err.issues[0]?.path).toBe("conditions.1.kind");
    expect(err.code).toBe("invalid_causality_ruleset");
  });

  it("lower-case obligation code and unknown incident field", () => {
    const json = valid();
    json.conditions[1].codes[0] = "dev_premortem";
    json.conditions[0].tests[0].field = "mood";
    const err = errorOf(() => parseRuleset(json, FILE));
    expect(err.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["conditions.1.codes.0", "conditions.0.tests.0.field"]),
    );
  });

  it("expression naming an unknown condition", () => {
    const json = valid();
    json.roles.deployer.presumption.all[1].any[0] = "s9_missing";
    const err = errorOf(() => parseRuleset(json, FILE));
    expect(err.message).toContain('roles.deployer.presumption.all.1.any.0: unknown condition "s9_missing"');
  });

  it("duplicate condition ids, unbounded obligation sets, missing required fields", () => {
    const json = valid();
    json.conditions[2].id = json.conditions[1].id;
    json.conditions[3].restrict_to_incident_risks = false;
    delete json.conditions[3].codes;
    delete json.version;
    const paths = errorOf(() => parseRuleset(json, FILE)).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["version"]));
    const json2 = valid();
    json2.conditions[2].id = json2.conditions[1].id;
    json2.conditions[3].restrict_to_incident_risks = false;
    delete json2.conditions[3].codes;
    const paths2 = errorOf(() => parseRuleset(json2, FILE)).issues.map((i) => i.path);
    expect(paths2).toEqual(expect.arrayContaining(["conditions.2.id", "conditions.3.codes"]));
  });

  it("linkage referring to a later or unsuitable condition, and a value both met and not met", () => {
    const json = structuredClone(BUNDLED_RULESET_JSON["rulesets/eu-aild-2022.json"]) as Record<string, any>;
    const linkAt = json.conditions.findIndex(
      (c: { id: string }) => c.id === "art4_1_b_catalog_linkage_provider",
    );
    json.conditions[linkAt].fault_conditions[0] = "art4_1_c_output_caused_damage";
    json.conditions[1].tests[0].not_met_values = [true];
    const paths = errorOf(() => parseRuleset(json, "eu-aild-2022.json")).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `conditions.${linkAt}.fault_conditions.0`,
        "conditions.1.tests.0.not_met_values",
      ]),
    );
  });

  it("invalid JSON text and duplicate ids across files", () => {
    expect(() => parseRuleset("{ nope", "broken.json")).toThrow(/"broken.json": \(root\): not valid JSON/);
    expect(() => loadRulesets({ "a.json": valid(), "b.json": valid() })).toThrow(
      /"b.json": id: id "who-2024-reversed-burden" already defined by "a.json"/,
    );
    expect(parseRuleset(JSON.stringify(valid()), FILE).id).toBe("who-2024-reversed-burden");
  });
});
