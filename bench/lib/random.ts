/** Seeded generators, so every bench data set of the same N is the same rows and runs compare. */
export function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export type Rand = () => number;

/**
 * Zipf-like picker over `xs` (weight of rank r ∝ 1/(r+1)^s): a few values dominate and a long tail
 * stays rare, as with products, foundation models, risks and countries in real incident registries.
 */
export function zipf<T>(rand: Rand, xs: readonly T[], s = 1.1): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < xs.length; r++) {
    total += 1 / (r + 1) ** s;
    cumulative.push(total);
  }
  return () => {
    const u = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo] as T;
  };
}

/** Weighted picker: `[value, weight]` pairs. */
export function weighted<T>(rand: Rand, pairs: readonly (readonly [T, number])[]): () => T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let u = rand() * total;
    for (const [value, w] of pairs) {
      u -= w;
      if (u < 0) return value;
    }
    return (pairs.at(-1) as readonly [T, number])[0];
  };
}

/** A uuidv7-shaped id (time-ordered like the app's newId), derived from the time and a counter. */
export function timeOrderedId(ms: number, counter: number): string {
  const hex = ms.toString(16).padStart(12, "0") + (counter >>> 0).toString(16).padStart(20, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
