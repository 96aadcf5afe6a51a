import { cosine, textSimilarity, trigramCounts } from "./text";

/**
 * Duplicate scoring for incident reports: the same harm is often reported several times (patient,
 * clinician, deployer), in different words and languages. The score only ranks candidates for a human
 * to merge; it never merges by itself, so it favours explainability over cleverness.
 */

export interface DuplicateReport {
  id: string;
  /** Registry product the report was matched to, if any. */
  product_id: string | null;
  /** Ancestors and descendants of product_id in the lineage DAG (e.g. the foundation model under an app). */
  lineage_product_ids: string[];
  /** Free-text product name as reported (or the registered name when matched). */
  product_name_text: string | null;
  occurred_at: string;
  country: string | null;
  event_type: string;
  risk_codes: string[];
  description: string;
}

/**
 * Weights sum to 1 so the score is in [0, 1]. Product identity and narrative text dominate because
 * they are the most specific signals; date is strong but reporters misremember it; event type and
 * risk codes are coarse catalog values shared by many unrelated incidents; country alone says little.
 */
export const DEFAULT_WEIGHTS = {
  product_identity: 0.3,
  text: 0.3,
  date: 0.15,
  event_type: 0.1,
  risk_codes: 0.1,
  country: 0.05,
} as const;
export type WeightName = keyof typeof DEFAULT_WEIGHTS;

/**
 * Share of the product-identity weight each kind of product evidence earns. Same registered product is
 * certain; a lineage relation means the harm may come from a shared component (medium); a similar
 * free-text name is good but unconfirmed evidence.
 */
export const PRODUCT_EVIDENCE_CREDIT = { same_product: 1, lineage: 0.5, product_name: 0.8 } as const;

export interface ScoreOptions {
  /** Overrides; the result is re-normalised to sum to 1 so scores stay in [0, 1]. */
  weights?: Partial<Record<WeightName, number>>;
  /** Date component = exp(-days apart / dateDecayDays); default 7 (a week apart ≈ 0.37). */
  dateDecayDays?: number;
  /** rankCandidates drops candidates scoring below this (default 0 keeps all). */
  threshold?: number;
  /** rankCandidates returns at most this many (after sorting). */
  limit?: number;
}

export interface SimilarityComponents {
  product: number;
  lineage: number;
  product_name: number;
  product_identity: number;
  date: number;
  country: number;
  event_type: number;
  risk_codes: number;
  text: number;
}

export interface ScoredCandidate {
  id: string;
  score: number;
  /** Raw similarities in [0, 1]; product_identity is the best of the three product signals after credit. */
  components: SimilarityComponents;
  /** weight × component per weighted signal; they add up to score (up to rounding). */
  contributions: Record<WeightName, number>;
}

const DAY_MS = 86_400_000;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function resolveDecay(days: number | undefined): number {
  const d = days ?? 7;
  if (!(Number.isFinite(d) && d > 0)) throw new RangeError("dateDecayDays must be a positive number");
  return d;
}

function resolveWeights(overrides: ScoreOptions["weights"]): Record<WeightName, number> {
  const merged: Record<WeightName, number> = { ...DEFAULT_WEIGHTS, ...overrides };
  const total = Object.values(merged).reduce((s, w) => s + w, 0);
  if (!Object.values(merged).every((w) => Number.isFinite(w) && w >= 0) || total <= 0) {
    throw new RangeError("duplicate score weights must be finite, non-negative and not all zero");
  }
  for (const k of Object.keys(merged) as WeightName[]) merged[k] /= total;
  return merged;
}

/** 1 = one product is an ancestor/descendant of the other; 0.5 = siblings sharing a lineage product. */
function lineageRelation(a: DuplicateReport, b: DuplicateReport): number {
  if (a.product_id !== null && b.lineage_product_ids.includes(a.product_id)) return 1;
  if (b.product_id !== null && a.lineage_product_ids.includes(b.product_id)) return 1;
  const other = new Set(b.lineage_product_ids);
  return a.lineage_product_ids.some((p) => other.has(p)) ? 0.5 : 0;
}

function jaccard(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 0;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

function dateProximity(a: string, b: string, decayDays: number): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
  return Math.exp(-Math.abs(ta - tb) / DAY_MS / decayDays);
}

function components(
  a: DuplicateReport,
  b: DuplicateReport,
  text: number,
  decayDays: number,
): SimilarityComponents {
  const product = a.product_id !== null && a.product_id === b.product_id ? 1 : 0;
  const lineage = product === 1 ? 0 : lineageRelation(a, b);
  // Names are compared only when a side is unmatched: when both are matched to different registry
  // products, the ids are authoritative and a similar name (e.g. "MedChat" vs "MedChat Pro") must
  // not override them.
  const unmatched = a.product_id === null || b.product_id === null;
  const product_name = unmatched ? textSimilarity(a.product_name_text, b.product_name_text) : 0;
  const product_identity = Math.max(
    product * PRODUCT_EVIDENCE_CREDIT.same_product,
    lineage * PRODUCT_EVIDENCE_CREDIT.lineage,
    product_name * PRODUCT_EVIDENCE_CREDIT.product_name,
  );
  // Country codes arrive as "fr", "FR " etc.; blank means unknown, which is not agreement.
  const sameCode = (x: string | null, y: string | null) =>
    x !== null && y !== null && x.trim() !== "" && x.trim().toUpperCase() === y.trim().toUpperCase() ? 1 : 0;
  return {
    product,
    lineage,
    product_name,
    product_identity,
    date: dateProximity(a.occurred_at, b.occurred_at, decayDays),
    country: sameCode(a.country, b.country),
    event_type: a.event_type === b.event_type ? 1 : 0,
    risk_codes: jaccard(a.risk_codes, b.risk_codes),
    text,
  };
}

function combine(id: string, c: SimilarityComponents, weights: Record<WeightName, number>): ScoredCandidate {
  const contributions = {} as Record<WeightName, number>;
  let score = 0;
  for (const k of Object.keys(weights) as WeightName[]) {
    const v = weights[k] * c[k];
    contributions[k] = round6(v);
    score += v;
  }
  const roundedComponents = Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, round6(v)]),
  ) as unknown as SimilarityComponents;
  // Rounding to 1e-6 makes equal evidence give exactly equal scores, so ties are broken by id rather
  // than by floating-point noise from summation order.
  return { id, score: Math.min(1, round6(score)), components: roundedComponents, contributions };
}

/** Similarity of b to a, explained per component. Symmetric in a and b. */
export function scoreSimilarity(
  a: DuplicateReport,
  b: DuplicateReport,
  opts: ScoreOptions = {},
): ScoredCandidate {
  const weights = resolveWeights(opts.weights);
  const text = textSimilarity(a.description, b.description);
  return combine(b.id, components(a, b, text, resolveDecay(opts.dateDecayDays)), weights);
}

/**
 * Candidates sorted by score descending, ties by id ascending (code-unit order, not locale order, so
 * the ranking is identical on every machine). The target itself is never its own duplicate.
 */
export function rankCandidates(
  target: DuplicateReport,
  candidates: DuplicateReport[],
  opts: ScoreOptions = {},
): ScoredCandidate[] {
  const weights = resolveWeights(opts.weights);
  const decay = resolveDecay(opts.dateDecayDays);
  const threshold = opts.threshold ?? 0;
  // The target's trigram vector is built once, not once per candidate.
  const targetGrams = trigramCounts(target.description);
  const ranked = candidates
    .filter((c) => c.id !== target.id)
    .map((c) =>
      combine(c.id, components(target, c, cosine(targetGrams, trigramCounts(c.description)), decay), weights),
    )
    .filter((r) => r.score >= threshold)
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return opts.limit === undefined ? ranked : ranked.slice(0, Math.max(0, opts.limit));
}
