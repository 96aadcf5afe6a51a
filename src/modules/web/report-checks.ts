import { EVENT_TYPES, OUTCOMES, REPORTER_ROLES, SETTINGS, SEVERITIES } from "../incidents";
import { COUNTRY_CODES } from "./i18n/countries";
import type { Translator } from "./i18n/translator";
import type { FieldError } from "./layout";

export type FormValues = Record<string, string | string[]>;
export const one = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
};

export const AGE_BANDS = ["0-1", "2-11", "12-17", "18-29", "30-44", "45-64", "65-74", "75+"] as const;
export const SEXES = ["female", "male", "intersex", "unknown"] as const;

const CHOICES: [string, readonly string[]][] = [
  ["setting", SETTINGS],
  ["event_type", EVENT_TYPES],
  ["severity", SEVERITIES],
  ["outcome", OUTCOMES],
  ["reporter_role", REPORTER_ROLES],
];
const OPTIONAL_CHOICES: [string, readonly string[]][] = [
  ["age_band", AGE_BANDS],
  ["sex", SEXES],
];
const COUNTRIES = new Set(COUNTRY_CODES);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A calendar date that exists (2026-02-30 does not), as UTC midnight. */
function realDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value ? d : undefined;
}

/**
 * Every problem with the form at once, in the reader's language, before the API is called: so a
 * person fixes everything in one go (the API stops at what its schema finds, and speaks English).
 */
export function checkReportForm(v: FormValues, tr: Translator, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, key: Parameters<Translator["t"]>[0]) =>
    errors.push({ field, message: tr.t(key) });
  if (one(v, "product").trim() === "") add("product", "error.required");
  const date = one(v, "occurred_at");
  const parsed = realDate(date);
  if (date === "") add("occurred_at", "error.required");
  else if (!parsed) add("occurred_at", "error.date");
  // The reader's own date may be a day ahead of UTC (the earliest time zone is UTC+14).
  else if (parsed.getTime() > now.getTime() + 14 * 3600_000) add("occurred_at", "error.dateFuture");
  else if (parsed.getUTCFullYear() < 2000) add("occurred_at", "error.dateTooOld");
  const country = one(v, "country");
  if (country === "") add("country", "error.required");
  else if (!COUNTRIES.has(country)) add("country", "error.country");
  for (const [field, allowed] of CHOICES) {
    const value = one(v, field);
    if (value === "") add(field, "error.required");
    else if (!allowed.includes(value)) add(field, "error.choose");
  }
  for (const [field, allowed] of OPTIONAL_CHOICES) {
    const value = one(v, field);
    if (value !== "" && !allowed.includes(value)) add(field, "error.choose");
  }
  const description = one(v, "description");
  if (description.trim() === "") add("description", "error.required");
  else if (description.length > 20_000) add("description", "error.tooLong");
  const email = one(v, "contact_email").trim();
  if (email !== "" && one(v, "anonymous") === "1") add("contact_email", "error.emailAnonymous");
  else if (email !== "" && !EMAIL.test(email)) add("contact_email", "error.email");
  return errors;
}

/** Which form field an API error path belongs to (`reporter.contact.email` → contact_email). */
const FIELD_OF: Record<string, string> = {
  registration_number: "product",
  product_name: "product",
  product_id: "product",
  occurred_at: "occurred_at",
  country: "country",
  setting: "setting",
  event_type: "event_type",
  severity: "severity",
  outcome: "outcome",
  risk_codes: "risk_codes",
  description: "description",
  "patient.age_band": "age_band",
  "patient.sex": "sex",
  "reporter.role": "reporter_role",
  "reporter.contact": "contact_email",
  "reporter.contact.email": "contact_email",
};

/** The API's refusal, told field by field in the reader's words (its own text is English and technical). */
export function apiErrorsToFields(
  errors: { path: string; message: string }[] | undefined,
  status: number,
  tr: Translator,
): FieldError[] {
  if (status === 429) return [{ field: "form", message: tr.t("error.rateLimited") }];
  const mapped = (errors ?? []).map((e): FieldError => {
    const path = e.path.replace(/^body\./, "");
    const field = FIELD_OF[path] ?? FIELD_OF[path.split(".").slice(0, 2).join(".")] ?? "form";
    if (field === "product") return { field, message: tr.t("error.product") };
    if (field === "occurred_at") return { field, message: tr.t("error.date") };
    return { field, message: tr.t(field === "form" ? "error.unknown" : "error.invalid") };
  });
  return mapped.length > 0 ? mapped : [{ field: "form", message: tr.t("error.unknown") }];
}

/** Turns the flat HTML form into the JSON body of POST /v1/incidents. */
export function formToIncident(
  v: FormValues,
  now: Date,
  registrationNumberOf: (name: string) => string | undefined,
) {
  const product = one(v, "product").trim();
  const registration = /^LMMR-\d{4}-\d{6}$/i.test(product)
    ? product.toUpperCase()
    : registrationNumberOf(product);
  const date = one(v, "occurred_at");
  // Midday of the given day, or now when that is still ahead (a reader east of UTC reporting today).
  const noon = realDate(date) ? new Date(`${date}T12:00:00Z`) : undefined;
  const occurredAt = noon ? (noon > now ? now : noon).toISOString().replace(/\.\d{3}Z$/, "Z") : date;
  const anonymous = one(v, "anonymous") === "1";
  const email = one(v, "contact_email").trim();
  const patient = Object.fromEntries(
    ["age_band", "sex"].map((k) => [k, one(v, k)]).filter(([, value]) => value !== ""),
  );
  return {
    ...(registration ? { registration_number: registration } : { product_name: product }),
    occurred_at: occurredAt,
    country: one(v, "country"),
    setting: one(v, "setting"),
    event_type: one(v, "event_type"),
    severity: one(v, "severity"),
    outcome: one(v, "outcome"),
    risk_codes: [v.risk_codes ?? []].flat().filter(Boolean),
    description: one(v, "description"),
    patient,
    reporter: {
      role: one(v, "reporter_role"),
      anonymous,
      ...(!anonymous && email ? { contact: { email } } : {}),
    },
  };
}
