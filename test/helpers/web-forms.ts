import type { App } from "../../src/app";

/** What a browser holds after loading one of our forms: the CSRF cookie and the form's token. */
export interface FormSession {
  cookie: string;
  token: string;
}

/** The fields of a valid anonymous report as the /report form posts them. */
const REPORT_FORM: Record<string, string | string[]> = {
  product: "Some chatbot",
  occurred_at: "2026-05-20",
  country: "KE",
  setting: "primary_care",
  event_type: "injury",
  severity: "moderate",
  outcome: "recovering",
  description: "It gave a wrong dose.",
  reporter_role: "patient",
  anonymous: "1",
};

/**
 * The /report form's fields for a valid anonymous report. An override replaces a field (new ones
 * come last); an array becomes one field per value (e.g. `risk_codes`), so `[]` drops the field.
 */
export function reportFormFields(overrides: Record<string, string | string[]> = {}): [string, string][] {
  return Object.entries({ ...REPORT_FORM, ...overrides }).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

/** Loads a form page like a browser would and keeps its cookie and hidden CSRF token. */
export async function openForm(
  app: App,
  page: string,
  headers: Record<string, string> = {},
): Promise<FormSession> {
  const res = await app.request(page, { headers });
  const set = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  const cookie = set.length ? [headers.cookie, ...set].filter(Boolean).join("; ") : (headers.cookie ?? "");
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
