/**
 * Language-independent text similarity. Character trigrams need no tokenizer or stemmer, so they work
 * the same for French, Japanese or Thai (scripts without spaces between words) and tolerate typos and
 * inflection, which word matching would not.
 */

/**
 * NFKC folds compatibility forms (full-width Latin, ligatures, superscripts) onto their plain letters, and
 * lowercase then removes case. Punctuation and symbols are separators: they carry little meaning in
 * incident narratives but would otherwise create noisy trigrams.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim();
}

/**
 * Counts of character trigrams over code points (not UTF-16 units, so astral characters are never split).
 * The text is padded with a space on both sides so that word starts and ends are features too.
 */
export function trigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const norm = normalizeText(text);
  if (norm === "") return counts;
  const chars = Array.from(` ${norm} `);
  for (let i = 0; i + 3 <= chars.length; i++) {
    const gram = chars.slice(i, i + 3).join("");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Cosine similarity of two count vectors; 0 when either is empty (no evidence is not similarity). */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [gram, ca] of a) {
    na += ca * ca;
    const cb = b.get(gram);
    if (cb !== undefined) dot += ca * cb;
  }
  for (const cb of b.values()) nb += cb * cb;
  // Clamp: floating error can push identical vectors a hair above 1.
  return Math.min(1, dot / Math.sqrt(na * nb));
}

export function textSimilarity(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  return cosine(trigramCounts(a), trigramCounts(b));
}
