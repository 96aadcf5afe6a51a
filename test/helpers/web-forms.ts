import type { App } from "../../src/app";

/** What a browser holds after loading one of our forms: the CSRF cookie and the form's token. */
export interface FormSession {
  cookie: string;
  token: string;
}

/** Loads a form page like a browser would and keeps its cookie and hidden CSRF token. */
export async function openForm(
  app: App,
  page: string,
  headers: Record<string, string> = {},
): Promise<FormSession> {
  const res = await app.request(page, { headers });
  const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? headers.cookie ?? "";
  const token = /name="csrf_token" value="([^"]+)"/.exec(await res.text())?.[1] ?? "";
  return { cookie, token };
}

/**
 * Posts a form as our own page in a browser would: same-origin fetch metadata, Origin, the cookie
 * and the token. `headers` overrides any of them (e.g. a cross-site post); "" removes one.
 */
export function postForm(
  app: App,
  path: string,
  fields: [string, string][],
  session: FormSession | undefined,
  headers: Record<string, string> = {},
) {
  const all: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    origin: "http://localhost",
    "sec-fetch-site": "same-origin",
    ...(session ? { cookie: session.cookie } : {}),
    ...headers,
  };
  for (const [name, value] of Object.entries(all)) if (value === "") delete all[name];
  return app.request(path, {
    method: "POST",
    headers: all,
    body: new URLSearchParams([...fields, ...(session ? [["csrf_token", session.token]] : [])]).toString(),
  });
}
