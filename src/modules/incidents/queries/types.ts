/**
 * The regulator query filter set (issue 6), already validated and normalised by the route schema.
 * Lists mean "any of" (SQL IN); different filters combine with AND.
 */
export interface IncidentFilters {
  product_id?: string[] | undefined;
  registration_number?: string[] | undefined;
  /** Any role in the value chain: developer/provider of the product or of a product it builds on, or deployer. */
  actor_id?: string | undefined;
  /** Every incident on a product descending from this foundation model (version lineage where known). */
  foundation_model_id?: string | undefined;
  risk_code?: string[] | undefined;
  event_type?: string[] | undefined;
  severity?: string[] | undefined;
  /** Ordinal (`severity_rank`), so "at least severe" is an index range. */
  severity_min?: number | undefined;
  outcome?: string[] | undefined;
  status?: string[] | undefined;
  country?: string[] | undefined;
  use_area?: string[] | undefined;
  setting?: string[] | undefined;
  age_band?: string[] | undefined;
  sex?: string[] | undefined;
  language?: string[] | undefined;
  disability?: string[] | undefined;
  patient_knew_ai_was_used?: string[] | undefined;
  /** Half-open ranges [from, to): consecutive ranges never count an incident twice. */
  occurred_from?: string | undefined;
  occurred_to?: string | undefined;
  reported_from?: string | undefined;
  reported_to?: string | undefined;
  q?: string | undefined;
}

/** Who is asking decides which incidents are in reach at all, before any filter. */
export type QueryScope =
  | { kind: "all" }
  /** Actors: incidents involving their products, the products built on them, or their deployments. */
  | { kind: "actor"; actorId: string };

export interface QueryOptions {
  scope: QueryScope;
  /**
   * Statistics count harms, so incidents merged into another (duplicates) are left out; listings and
   * exports are records and keep them.
   */
  countableOnly?: boolean;
  /**
   * Actors never see withheld (identifying) narratives, so their `q` only searches descriptions that
   * their views show; otherwise search hits would reveal words of a withheld text.
   */
  searchVisibleTextOnly?: boolean;
  /**
   * Set by pageIncidents for a page in sort order (see queries/strategy.ts): the sub-set filters
   * (`risk_code`, `q`) whose match set is large are checked per row while the sort index is walked,
   * instead of driving the query and sorting every match; `severity` makes `severity_min` a residual
   * check on every page; `foundationModel` checks a common model's lineage per row walked. `text:
   * "paged"` leaves the FTS match out: queries/fts-page.ts drives the page from FTS5 itself. Counts
   * leave it unset (they read every match anyway, so indexes drive them).
   */
  walk?: { riskCode?: boolean; text?: boolean | "paged"; severity?: boolean; foundationModel?: boolean };
}

/** Label of "no value" (unmatched product, no risk code, attribute not given). */
export const NONE = "(none)";

export const SORTS = ["-received_at", "received_at", "-occurred_at", "occurred_at"] as const;
export type IncidentSort = (typeof SORTS)[number];

/** The dimensions that are one column of `incidents` (each kept in incident_month_counts, drizzle/0017). */
export const COLUMN_DIMENSIONS = [
  "country",
  "severity",
  "event_type",
  "outcome",
  "age_band",
  "sex",
  "language",
  "disability",
  "use_area",
  "setting",
] as const;
