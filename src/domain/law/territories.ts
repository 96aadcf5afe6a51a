import data from "../../../law/territories.json" with { type: "json" };

/**
 * Territories the rulesets name and the zone each country's day ends in (law/territories.json, with
 * the treaty articles it was checked against). A territory is either a country code or a named group
 * such as `EU`.
 */
const GROUPS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(data.territories).map(([code, t]) => [code, t.members]),
);
const ZONES: Record<string, string> = data.zones;

export const territoryCitation = (code: string): string | undefined =>
  (data.territories as Record<string, { citation: string }>)[code]?.citation;

/** Is `country` (ISO 3166-1 alpha-2) in `territory` (a country code or a group such as EU)? */
export const inTerritory = (country: string, territory: string): boolean =>
  territory === country || (GROUPS[territory]?.includes(country) ?? false);

export const inAnyTerritory = (country: string, territories: readonly string[]): boolean =>
  territories.some((t) => inTerritory(country, t));

/** Established or occurring in a Member State (or an outermost region). */
export const inUnion = (country: string): boolean => inTerritory(country, "EU");

/** A placement recorded for `EU` or for one of its Member States is a placement on the Union market. */
export const placementCounts = (placedIn: string, territories: readonly string[]): boolean =>
  territories.some((t) => t === placedIn || inTerritory(placedIn, t));

/** The IANA zone a day ends in for deadlines about `country`, or undefined when none is recorded. */
export const zoneOf = (country: string): string | undefined => ZONES[country];
