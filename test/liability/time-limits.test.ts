import { describe, expect, it } from "vitest";
import { timeLimits } from "../../src/modules/liability/domain/causality";
import { incident, rulesets } from "./causality-fixtures";

const pld = rulesets.get("eu-pld-2024");
if (!pld) throw new Error("eu-pld-2024");

const dates = (limitation: string | null, expiry: string | null) => ({
  limitation_start: limitation ? { at: limitation, basis: "court" } : null,
  expiry_start: expiry ? { at: expiry, basis: "market fact" } : null,
});

describe("PLD Art. 16 and 17 computed dates, at their boundaries", () => {
  it("three years from the day of awareness end at the end of that calendar day (UTC)", () => {
    const inc = incident({ dates: dates("2028-02-05T10:00:00Z", "2027-06-01T08:00:00Z") });
    const last = timeLimits(pld, inc, "2031-02-05T23:59:59.999Z");
    expect(last?.limitation).toMatchObject({ ends_at: "2031-02-05T23:59:59.999Z", passed: false });
    expect(last?.time_barred).toBe(false);
    const after = timeLimits(pld, inc, "2031-02-06T00:00:00.000Z");
    expect(after?.limitation?.passed).toBe(true);
    expect(after?.time_barred).toBe(true);
  });

  it("10-year expiry from the placing on the market; 25 years for a latent personal injury (Art. 17(2))", () => {
    const inc = incident({ dates: dates("2028-02-05T10:00:00Z", "2027-06-01T08:00:00Z") });
    expect(timeLimits(pld, inc, "2037-06-01T23:59:59.999Z")?.expiry).toMatchObject({
      years: 10,
      ends_at: "2037-06-01T23:59:59.999Z",
      passed: false,
    });
    expect(timeLimits(pld, inc, "2037-06-02T00:00:00.000Z")?.expiry?.passed).toBe(true);
    const latent = incident({ latent_personal_injury: true, dates: inc.dates });
    expect(timeLimits(pld, latent, "2040-01-01T00:00:00Z")?.expiry).toMatchObject({
      years: 25,
      ends_at: "2052-06-01T23:59:59.999Z",
      passed: false,
    });
  });

  it("a period starting on 29 February ends on 1 March of a common year (no earlier end is given by the text)", () => {
    const inc = incident({ dates: dates("2028-02-29T12:00:00Z", null) });
    expect(timeLimits(pld, inc, "2029-01-01T00:00:00Z")?.limitation?.ends_at).toBe(
      "2031-03-01T23:59:59.999Z",
    );
  });

  it("an unknown start leaves the limit and the time bar unknown, never silently open", () => {
    const r = timeLimits(
      pld,
      incident({ dates: dates(null, "2027-06-01T08:00:00Z") }),
      "2028-03-01T00:00:00Z",
    );
    expect(r?.limitation).toMatchObject({ starts_at: null, ends_at: null, passed: "unknown" });
    expect(r?.time_barred).toBe("unknown");
    const any = rulesets.get("who-2024");
    expect(any && timeLimits(any, incident(), "2028-03-01T00:00:00Z")).toBeUndefined();
  });
});
