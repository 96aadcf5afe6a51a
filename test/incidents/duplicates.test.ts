import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  type DuplicateReport,
  normalizeText,
  rankCandidates,
  scoreSimilarity,
  textSimilarity,
} from "../../src/modules/incidents";

function report(over: Partial<DuplicateReport> & { id: string }): DuplicateReport {
  return {
    product_id: "prod-medchat",
    lineage_product_ids: ["fm-base"],
    product_name_text: "MedChat",
    occurred_at: "2026-02-10T09:00:00Z",
    country: "FR",
    event_type: "serious_injury",
    risk_codes: ["R-HALLUCINATION", "R-DOSAGE"],
    description: "The chatbot recommended a tenfold insulin dose and the patient was hospitalised.",
    ...over,
  };
}

const target = report({ id: "t" });

describe("scoreSimilarity", () => {
  it("documents weights that sum to 1", () => {
    const total = Object.values(DEFAULT_WEIGHTS).reduce((s, w) => s + w, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it("scores an identical report 1 and explains each component", () => {
    const r = scoreSimilarity(target, report({ id: "copy" }));
    expect(r.score).toBe(1);
    expect(r.components).toMatchObject({
      product: 1,
      date: 1,
      country: 1,
      event_type: 1,
      risk_codes: 1,
      text: 1,
    });
    const sum = Object.values(r.contributions).reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(r.score, 5);
  });

  it("is symmetric", () => {
    const other = report({ id: "o", occurred_at: "2026-02-13T00:00:00Z", risk_codes: ["R-DOSAGE"] });
    expect(scoreSimilarity(target, other).score).toBe(scoreSimilarity(other, { ...target, id: "o" }).score);
  });

  it("decays with days apart (exp(-days/7))", () => {
    const week = scoreSimilarity(target, report({ id: "w", occurred_at: "2026-02-17T09:00:00Z" }));
    expect(week.components.date).toBeCloseTo(Math.exp(-1), 6);
  });

  it("gives lineage medium credit and unmatched names strong-but-unconfirmed credit", () => {
    const child = scoreSimilarity(
      report({ id: "fm", product_id: "fm-base", lineage_product_ids: ["prod-medchat"] }),
      target,
    );
    expect(child.components).toMatchObject({ product: 0, lineage: 1, product_identity: 0.5 });
    const sibling = scoreSimilarity(target, report({ id: "s", product_id: "prod-other" }));
    expect(sibling.components).toMatchObject({ lineage: 0.5, product_name: 0, product_identity: 0.25 });
    const unmatched = scoreSimilarity(
      target,
      report({ id: "u", product_id: null, lineage_product_ids: [], product_name_text: "Med-Chat" }),
    );
    expect(unmatched.components.product_name).toBeGreaterThan(0.5);
    expect(unmatched.components.product_identity).toBeCloseTo(unmatched.components.product_name * 0.8, 5);
  });
});

describe("rankCandidates", () => {
  const nearIdentical = report({
    id: "near",
    occurred_at: "2026-02-11T15:00:00Z",
    description: "Chatbot recommended a ten-fold insulin dose; patient hospitalised.",
  });
  const sameProductOther = report({
    id: "same-prod",
    occurred_at: "2026-01-02T00:00:00Z",
    event_type: "malfunction",
    risk_codes: ["R-PRIVACY"],
    description: "Transcripts of another user's conversation were shown in the history panel.",
  });
  const unrelated = report({
    id: "far",
    product_id: "prod-radiology",
    lineage_product_ids: ["fm-vision"],
    product_name_text: "RadAssist",
    occurred_at: "2025-06-01T00:00:00Z",
    country: "DE",
    event_type: "malfunction",
    risk_codes: ["R-BIAS"],
    description: "Missed a pneumothorax on a chest X-ray in an elderly patient.",
  });

  it("ranks the near-identical report first and different-product, far-apart reports low", () => {
    const ranked = rankCandidates(target, [unrelated, sameProductOther, nearIdentical, target]);
    expect(ranked.map((r) => r.id)).toEqual(["near", "same-prod", "far"]);
    expect(ranked[0]?.score).toBeGreaterThan(0.8);
    expect(ranked[2]?.score).toBeLessThan(0.15);
  });

  it("applies threshold and limit", () => {
    const cands = [unrelated, sameProductOther, nearIdentical];
    expect(rankCandidates(target, cands, { threshold: 0.5 }).map((r) => r.id)).toEqual(["near"]);
    expect(rankCandidates(target, cands, { limit: 2 }).map((r) => r.id)).toEqual(["near", "same-prod"]);
  });

  it("matches reports written in French, and other scripts, without a tokenizer", () => {
    const fr = "Le chatbot a recommandé une dose d'insuline dix fois trop élevée ; patiente hospitalisée.";
    const frTarget = report({ id: "fr-t", description: fr });
    const frSame = report({ id: "fr-1", description: `${fr.toUpperCase()}  ` });
    const frOther = report({ id: "fr-2", description: "Fuite de données personnelles dans l'historique." });
    const ranked = rankCandidates(frTarget, [frOther, frSame]);
    expect(ranked[0]?.id).toBe("fr-1");
    expect(ranked[0]?.components.text).toBe(1);
    expect(ranked[1]?.components.text ?? 1).toBeLessThan(0.35);

    // Japanese has no spaces; full-width Latin folds to ASCII under NFKC.
    const ja = "チャットボットがインスリンを過量に推奨し患者が入院した";
    expect(textSimilarity(ja, `${ja}。`)).toBe(1);
    expect(textSimilarity(ja, "画像診断で気胸を見逃した")).toBeLessThan(0.1);
    expect(normalizeText("ＭｅｄＣｈａｔ ﬁx")).toBe("medchat fix");
  });

  it("breaks ties deterministically by id regardless of input order", () => {
    const clones = ["c", "a", "b"].map((id) => report({ id }));
    const forward = rankCandidates(target, clones).map((r) => r.id);
    const reversed = rankCandidates(target, [...clones].reverse()).map((r) => r.id);
    expect(forward).toEqual(["a", "b", "c"]);
    expect(reversed).toEqual(forward);
  });

  it("rejects weights that cannot form a score", () => {
    expect(() => scoreSimilarity(target, target, { weights: { text: -1 } })).toThrow(RangeError);
    expect(() => rankCandidates(target, [], { dateDecayDays: 0 })).toThrow(RangeError);
  });
});
