import type { Context } from "hono";
import type { Deps } from "../../deps";
import { createClientAddressResolver, FORWARDED_CLIENT } from "../../platform/http/client-address";
import { CSRF_FIELD, createCsrfGuard } from "../../platform/http/csrf";
import { FormRefused } from "./layout";
import { pageOf, type WebEnv } from "./page-context";
import type { FormValues } from "./report-checks";

/**
 * What every page taking a form post needs: its CSRF guard, the browser's address for the API's rate
 * limits, and the one way a post is read (token checked before anything else happens).
 */
export function createFormKit(deps: Deps) {
  const csrf = createCsrfGuard(deps.config);
  const resolveAddress = deps.clientAddress ?? createClientAddressResolver(deps.config);
  return {
    csrf,
    /** The API counts a form post against the browser's address, not against this in-process call. */
    asClient: (c: Context) => {
      const address = resolveAddress(c);
      return address === undefined ? {} : { [FORWARDED_CLIENT]: address };
    },
    /**
     * The posted fields, or the 403 page when the CSRF token does not check out. A refused post calls
     * nothing: no API request, nothing stored, no rate-limit budget spent.
     */
    posted: async (
      c: Context<WebEnv>,
      purpose: string,
      retry: string,
      options: { all?: boolean } = {},
    ): Promise<FormValues | Response> => {
      const form = (await c.req.parseBody(options)) as FormValues;
      const refusal = await csrf.refusal(c, purpose, form[CSRF_FIELD]);
      if (!refusal) return form;
      return c.html(<FormRefused page={pageOf(c)} retry={retry} reason={refusal} />, 403);
    },
  };
}
