import { describe, expect, it } from "vitest";
import { endOfLocalDay, isKnownZone, localDate, localMidnight } from "../../src/domain/law/local-time";

/**
 * Calendar arithmetic in IANA zones (issue 11). Expected instants come from the zones' published rules:
 * - Europe/Berlin 2028: CET (+01:00) → CEST (+02:00) on Sunday 26 March at 01:00 UTC; back to CET on
 *   Sunday 29 October at 01:00 UTC (so 26 March has 23 hours and 29 October 25).
 * - Australia/Sydney 2028: AEDT (+11:00) → AEST (+10:00) on Sunday 2 April at 16:00 UTC on 1 April;
 *   AEST → AEDT on Sunday 1 October at 16:00 UTC on 30 September.
 */
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe("localMidnight", () => {
  it("Europe/Berlin, spring forward: the day of the change starts in CET and has 23 hours", () => {
    expect(iso(localMidnight(2028, 3, 26, "Europe/Berlin"))).toBe("2028-03-25T23:00:00.000Z");
    expect(iso(localMidnight(2028, 3, 27, "Europe/Berlin"))).toBe("2028-03-26T22:00:00.000Z");
    expect(localMidnight(2028, 3, 27, "Europe/Berlin") - localMidnight(2028, 3, 26, "Europe/Berlin")).toBe(
      23 * HOUR,
    );
  });

  it("Europe/Berlin, fall back: the day of the change starts in CEST and has 25 hours", () => {
    expect(iso(localMidnight(2028, 10, 29, "Europe/Berlin"))).toBe("2028-10-28T22:00:00.000Z");
    expect(iso(localMidnight(2028, 10, 30, "Europe/Berlin"))).toBe("2028-10-29T23:00:00.000Z");
    expect(localMidnight(2028, 10, 30, "Europe/Berlin") - localMidnight(2028, 10, 29, "Europe/Berlin")).toBe(
      25 * HOUR,
    );
  });

  it("Australia/Sydney: DST ends in April (a 25-hour day) and starts in October (23 hours)", () => {
    expect(iso(localMidnight(2028, 4, 2, "Australia/Sydney"))).toBe("2028-04-01T13:00:00.000Z");
    expect(iso(localMidnight(2028, 4, 3, "Australia/Sydney"))).toBe("2028-04-02T14:00:00.000Z");
    expect(iso(localMidnight(2028, 10, 1, "Australia/Sydney"))).toBe("2028-09-30T14:00:00.000Z");
    expect(iso(localMidnight(2028, 10, 2, "Australia/Sydney"))).toBe("2028-10-01T13:00:00.000Z");
  });

  it("UTC: midnight is the calendar date itself, leap day included", () => {
    expect(iso(localMidnight(2028, 2, 29, "UTC"))).toBe("2028-02-29T00:00:00.000Z");
    expect(iso(localMidnight(2029, 1, 1, "UTC"))).toBe("2029-01-01T00:00:00.000Z");
  });

  it("a zone west of Greenwich: midnight in New York is 05:00 UTC in winter, 04:00 in summer", () => {
    expect(iso(localMidnight(2028, 1, 15, "America/New_York"))).toBe("2028-01-15T05:00:00.000Z");
    expect(iso(localMidnight(2028, 7, 15, "America/New_York"))).toBe("2028-07-15T04:00:00.000Z");
  });
});

describe("localDate", () => {
  it("is the wall-clock date in the zone, not the UTC date", () => {
    expect(localDate(at("2028-03-25T23:30:00Z"), "Europe/Berlin")).toBe("2028-03-26");
    expect(localDate(at("2028-03-25T22:59:59.999Z"), "Europe/Berlin")).toBe("2028-03-25");
    expect(localDate(at("2028-04-01T13:30:00Z"), "Australia/Sydney")).toBe("2028-04-02");
    expect(localDate(at("2028-01-15T04:59:59Z"), "America/New_York")).toBe("2028-01-14");
    expect(localDate(at("2028-03-25T23:30:00Z"), "UTC")).toBe("2028-03-25");
  });
});

describe("endOfLocalDay", () => {
  it("Europe/Berlin across spring forward: ends at the next local midnight, now at +02:00", () => {
    // Day of 25 March 11:00 CET not counted; day 1 is 26 March, ending 27 March 00:00 CEST.
    expect(iso(endOfLocalDay(at("2028-03-25T10:00:00Z"), 1, "Europe/Berlin"))).toBe(
      "2028-03-26T21:59:59.999Z",
    );
    // On the day of the change itself (01:30 CET), days = 0 is the end of that same 23-hour day.
    expect(iso(endOfLocalDay(at("2028-03-26T00:30:00Z"), 0, "Europe/Berlin"))).toBe(
      "2028-03-26T21:59:59.999Z",
    );
    // A period wholly before the change still ends at +01:00.
    expect(iso(endOfLocalDay(at("2028-03-10T10:00:00Z"), 15, "Europe/Berlin"))).toBe(
      "2028-03-25T22:59:59.999Z",
    );
  });

  it("Europe/Berlin across fall back: ends at the next local midnight, back at +01:00", () => {
    expect(iso(endOfLocalDay(at("2028-10-28T10:00:00Z"), 1, "Europe/Berlin"))).toBe(
      "2028-10-29T22:59:59.999Z",
    );
    // 02:30 happens twice on 29 October (00:30 UTC in CEST, 01:30 UTC in CET): the same local day.
    for (const start of ["2028-10-29T00:30:00Z", "2028-10-29T01:30:00Z"]) {
      expect(iso(endOfLocalDay(at(start), 0, "Europe/Berlin"))).toBe("2028-10-29T22:59:59.999Z");
    }
  });

  it("the start day follows the zone: 23:30 UTC is already the next day in Berlin", () => {
    // 00:30 CET on 11 March: day 15 is 26 March, which ends in CEST.
    expect(iso(endOfLocalDay(at("2028-03-10T23:30:00Z"), 15, "Europe/Berlin"))).toBe(
      "2028-03-26T21:59:59.999Z",
    );
    expect(iso(endOfLocalDay(at("2028-03-10T23:30:00Z"), 15, "UTC"))).toBe("2028-03-25T23:59:59.999Z");
  });

  it("Australia/Sydney across both changes", () => {
    // 23:00 AEDT on 1 April; day 1 is 2 April (25 hours), ending 3 April 00:00 AEST (+10:00).
    expect(iso(endOfLocalDay(at("2028-04-01T12:00:00Z"), 1, "Australia/Sydney"))).toBe(
      "2028-04-02T13:59:59.999Z",
    );
    // 00:30 AEDT on 2 April, days = 0: the same day's end.
    expect(iso(endOfLocalDay(at("2028-04-01T13:30:00Z"), 0, "Australia/Sydney"))).toBe(
      "2028-04-02T13:59:59.999Z",
    );
    // 22:00 AEST on 30 September; day 1 is 1 October (23 hours), ending 2 October 00:00 AEDT (+11:00).
    expect(iso(endOfLocalDay(at("2028-09-30T12:00:00Z"), 1, "Australia/Sydney"))).toBe(
      "2028-10-01T12:59:59.999Z",
    );
  });

  it("UTC: whole calendar days, across a leap day and a year end", () => {
    expect(iso(endOfLocalDay(at("2028-02-28T23:59:59.999Z"), 1, "UTC"))).toBe("2028-02-29T23:59:59.999Z");
    expect(iso(endOfLocalDay(at("2028-02-28T00:00:00Z"), 2, "UTC"))).toBe("2028-03-01T23:59:59.999Z");
    expect(iso(endOfLocalDay(at("2028-12-31T12:00:00Z"), 1, "UTC"))).toBe("2029-01-01T23:59:59.999Z");
    expect(iso(endOfLocalDay(at("2028-12-17T12:00:00Z"), 30, "UTC"))).toBe("2029-01-16T23:59:59.999Z");
  });
});

describe("isKnownZone", () => {
  it("accepts zones known to ICU and rejects others", () => {
    expect(isKnownZone("Europe/Berlin")).toBe(true);
    expect(isKnownZone("Australia/Sydney")).toBe(true);
    expect(isKnownZone("UTC")).toBe(true);
    expect(isKnownZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownZone("Europe/Berlin ")).toBe(false);
    expect(isKnownZone("")).toBe(false);
  });

  it("the calendar functions refuse an unknown zone instead of falling back to UTC", () => {
    expect(() => localMidnight(2028, 1, 1, "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => endOfLocalDay(at("2028-01-01T00:00:00Z"), 1, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
