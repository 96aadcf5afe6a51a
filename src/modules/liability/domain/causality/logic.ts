import { z } from "zod";

/**
 * Three-valued (Kleene) logic. A registry rarely holds every fact a court would weigh, so "we do not
 * know" must propagate honestly instead of collapsing to false: any(met, unknown) is met, but
 * all(met, unknown) stays unknown.
 */
export type Tri = "met" | "not_met" | "unknown";

/** How a role's presumption is built from condition ids, kept as data inside the ruleset. */
export type Expr = string | { all: Expr[] } | { any: Expr[] } | { not: Expr };

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, "must be a condition id"),
    z.strictObject({ all: z.array(ExprSchema).min(1) }),
    z.strictObject({ any: z.array(ExprSchema).min(1) }),
    z.strictObject({ not: ExprSchema }),
  ]),
);

export function triAll(values: Tri[]): Tri {
  if (values.includes("not_met")) return "not_met";
  return values.every((v) => v === "met") ? "met" : "unknown";
}

export function triAny(values: Tri[]): Tri {
  if (values.includes("met")) return "met";
  return values.every((v) => v === "not_met") ? "not_met" : "unknown";
}

export function triNot(value: Tri): Tri {
  if (value === "unknown") return value;
  return value === "met" ? "not_met" : "met";
}

export function evalExpr(expr: Expr, results: ReadonlyMap<string, Tri>): Tri {
  if (typeof expr === "string") {
    const r = results.get(expr);
    // The schema rejects dangling ids, so reaching this means the caller skipped parseRuleset.
    if (r === undefined) throw new Error(`condition "${expr}" was not evaluated`);
    return r;
  }
  if ("all" in expr) return triAll(expr.all.map((e) => evalExpr(e, results)));
  if ("any" in expr) return triAny(expr.any.map((e) => evalExpr(e, results)));
  return triNot(evalExpr(expr.not, results));
}

/** Every condition id an expression mentions, with the JSON path to it (for precise load errors). */
export function collectConditionRefs(
  expr: Expr,
  path: (string | number)[] = [],
): { id: string; path: (string | number)[] }[] {
  if (typeof expr === "string") return [{ id: expr, path }];
  if ("all" in expr) return expr.all.flatMap((e, i) => collectConditionRefs(e, [...path, "all", i]));
  if ("any" in expr) return expr.any.flatMap((e, i) => collectConditionRefs(e, [...path, "any", i]));
  return collectConditionRefs(expr.not, [...path, "not"]);
}
