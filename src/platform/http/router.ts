import { OpenAPIHono } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import type { AppEnv } from "../../deps";
import { type FieldError, ProblemError } from "./problem";
import { StaticMatchMemo } from "./static-match-memo";

const TARGET_NAMES: Record<string, string> = {
  json: "body",
  query: "query",
  param: "path",
  header: "header",
};

export function zodIssuesToFieldErrors(error: ZodError, where: string): FieldError[] {
  return error.issues.map((issue) => ({
    in: where,
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

/** Every router shares one validation hook, so all validation failures have the same problem shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    router: new StaticMatchMemo(),
    defaultHook: (result) => {
      if (!result.success) {
        const where = TARGET_NAMES[result.target] ?? result.target;
        throw new ProblemError(400, "validation-error", "The request contains invalid fields", {
          errors: zodIssuesToFieldErrors(result.error, where),
        });
      }
    },
  });
}
