/**
 * Product lifecycle rules, derived from the catalog's stages (`typical_next`), so the transition
 * table is data from the WHO guidance rather than code. Pure: no DB, no HTTP.
 */
export interface StageDefinition {
  code: string;
  order: number;
  typical_next: string[];
}

export const INITIAL_STAGE = "LC_EARLY_REGISTRATION";
/** Stages in which a product may not be newly deployed. */
export const NOT_DEPLOYABLE = new Set(["LC_SUSPENDED", "LC_WITHDRAWN"]);

export interface TransitionTable {
  stages: Set<string>;
  allowed(from: string): string[];
  canTransition(from: string, to: string): boolean;
}

export function buildTransitionTable(stages: StageDefinition[]): TransitionTable {
  const next = new Map(stages.map((s) => [s.code, new Set(s.typical_next)]));
  const all = new Set(stages.map((s) => s.code));
  // Suspension and withdrawal must always be reachable from any live stage: the guidance (6.2,
  // 6.3) expects a product to be suspended or withdrawn as soon as harm is found, whatever stage.
  for (const [code, targets] of next) {
    if (code === "LC_WITHDRAWN") continue;
    targets.add("LC_WITHDRAWN");
    if (code !== "LC_EARLY_REGISTRATION" && code !== "LC_DESIGN_DEVELOPMENT" && code !== "LC_SUSPENDED") {
      targets.add("LC_SUSPENDED");
    }
  }
  return {
    stages: all,
    allowed: (from) => [...(next.get(from) ?? [])].sort(),
    canTransition: (from, to) => next.get(from)?.has(to) ?? false,
  };
}
