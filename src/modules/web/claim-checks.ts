import { LOSS_KINDS, RELATIONSHIPS } from "../compensation";
import type { Translator } from "./i18n/translator";
import type { FieldError } from "./layout";
import { type FormValues, one } from "./report-checks";

/** What the claim form offers: the compensation API's own vocabularies. */
export { LOSS_KINDS, RELATIONSHIPS };
/** Rows of losses the form shows; an empty row is skipped. */
export const LOSS_ROWS = 3;

/** Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export const minorDigits = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/**
 * An amount typed in major units ("1200.50", "1200,5") as integer minor units, from the decimal string
 * itself: no floating-point step, so 0.29 is 29 cents and never 28.999…
 */
export function toMinorUnits(typed: string, digits: number): number | undefined {
  const m = /^(\d{1,15})(?:[.,](\d*))?$/.exec(typed.replace(/[\s\u00a0\u202f]/g, ""));
  if (!m) return undefined;
  const fraction = m[2] ?? "";
  if (fraction.length > digits) return undefined;
  const minor = Number(`${m[1]}${fraction.padEnd(digits, "0")}`);
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** Integer minor units as an exact decimal string in major units (for Intl.NumberFormat, which takes strings). */
export function toMajorString(minor: number, digits: number): `${number}` {
  const sign = minor < 0 ? "-" : "";
  const s = String(Math.abs(minor)).padStart(digits + 1, "0");
  const cut = s.length - digits;
  return `${sign}${s.slice(0, cut)}${digits > 0 ? `.${s.slice(cut)}` : ""}` as `${number}`;
}

/** A date (`2026-05-20`) or date and time (`2026-05-20T14:30`) the reader typed, read as UTC. */
export function typedDateTime(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour = 12, minute = 0] = m
    .slice(1)
    .map((x) => (x === undefined ? undefined : Number(x)));
  if (hour > 23 || minute > 59) return undefined;
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), hour, minute));
  return d.toISOString().slice(0, 10) === value.slice(0, 10) ? d : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;
/** A header value must be visible ASCII; anything else cannot be a token we issued. */
export const TOKEN = /^[\x21-\x7e]{10,200}$/;

export interface ClaimFormInput {
  fundIds: Set<string>;
  /** The chosen fund's currency, for the losses' minor units. */
  currency: string | undefined;
  now: Date;
}

/** Every problem with the claim form at once, in the reader's language, before the API is called. */
export function checkClaimForm(v: FormValues, tr: Translator, input: ClaimFormInput): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, key: Parameters<Translator["t"]>[0]) =>
    errors.push({ field, message: tr.t(key) });
  const fund = one(v, "fund_id");
  if (fund === "") add("fund_id", "error.required");
  else if (!input.fundIds.has(fund)) add("fund_id", "error.choose");
  if (one(v, "incident_id").trim() === "") add("incident_id", "error.required");
  const token = one(v, "receipt_token").trim();
  if (token === "") add("receipt_token", "error.required");
  else if (!TOKEN.test(token)) add("receipt_token", "claim.error.noMatch");
  if (one(v, "claimant_name").trim() === "") add("claimant_name", "error.required");
  else if (one(v, "claimant_name").length > 300) add("claimant_name", "error.tooLong");
  const email = one(v, "claimant_email").trim();
  const phone = one(v, "claimant_phone").trim();
  if (email === "" && phone === "") add("claimant_email", "claim.error.contact");
  if (email !== "" && !EMAIL.test(email)) add("claimant_email", "error.email");
  if (phone !== "" && !PHONE.test(phone)) add("claimant_phone", "claim.error.phone");
  const relationship = one(v, "relationship");
  if (relationship === "") add("relationship", "error.required");
  else if (!(RELATIONSHIPS as readonly string[]).includes(relationship)) add("relationship", "error.choose");
  const digits = minorDigits(input.currency ?? "EUR");
  let rows = 0;
  for (let i = 0; i < LOSS_ROWS; i++) {
    const kind = one(v, `loss_kind_${i}`);
    const amount = one(v, `loss_amount_${i}`).trim();
    if (kind === "" && amount === "") continue;
    rows++;
    if (kind === "") add(`loss_kind_${i}`, "error.required");
    else if (!(LOSS_KINDS as readonly string[]).includes(kind)) add(`loss_kind_${i}`, "error.choose");
    if (amount === "") add(`loss_amount_${i}`, "error.required");
    else if (toMinorUnits(amount, digits) === undefined) add(`loss_amount_${i}`, "claim.error.amount");
  }
  if (rows === 0) add("loss_kind_0", "claim.error.noLoss");
  for (const field of ["discovered_at", "interaction_at"]) {
    const value = one(v, field);
    const parsed = typedDateTime(value);
    if (value === "") add(field, "error.required");
    else if (!parsed) add(field, "error.date");
    // The reader's own date may be a day ahead of UTC (the earliest time zone is UTC+14).
    else if (parsed.getTime() > input.now.getTime() + 14 * 3600_000) add(field, "error.dateFuture");
    else if (parsed.getUTCFullYear() < 2000) add(field, "error.dateTooOld");
  }
  return errors;
}

const iso = (d: Date, now: Date) => (d > now ? now : d).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The checked form as the body of POST /v1/claims (call only after checkClaimForm found nothing). */
export function formToClaim(v: FormValues, currency: string, now: Date) {
  const digits = minorDigits(currency);
  const email = one(v, "claimant_email").trim();
  const phone = one(v, "claimant_phone").trim();
  const losses = Array.from({ length: LOSS_ROWS }, (_, i) => i)
    .filter((i) => one(v, `loss_kind_${i}`) !== "")
    .map((i) => ({
      kind: one(v, `loss_kind_${i}`),
      amount_minor: toMinorUnits(one(v, `loss_amount_${i}`).trim(), digits) ?? 0,
    }));
  return {
    fund_id: one(v, "fund_id"),
    incident_id: one(v, "incident_id").trim(),
    claimant: {
      name: one(v, "claimant_name").trim(),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    },
    relationship: one(v, "relationship"),
    losses,
    discovered_at: iso(typedDateTime(one(v, "discovered_at")) as Date, now),
    interaction_at: iso(typedDateTime(one(v, "interaction_at")) as Date, now),
  };
}

/** Which form field an API error path belongs to (`claimant.email` → claimant_email). */
export function claimApiErrors(
  errors: { path: string; message: string }[] | undefined,
  status: number,
  tr: Translator,
): FieldError[] {
  if (status === 429) return [{ field: "form", message: tr.t("claim.error.rateLimited") }];
  if (status === 404) return [{ field: "receipt_token", message: tr.t("claim.error.noMatch") }];
  const mapped = (errors ?? []).map((e): FieldError => {
    const path = e.path.replace(/^(body|header)\./, "");
    const loss = /^losses\.(\d+)\.(kind|amount_minor)/.exec(path);
    const field = loss
      ? `loss_${loss[2] === "kind" ? "kind" : "amount"}_${loss[1]}`
      : path === "x-receipt-token"
        ? "receipt_token"
        : path.startsWith("claimant")
          ? `claimant_${path.split(".")[1] ?? "email"}`
          : ["fund_id", "incident_id", "relationship", "discovered_at", "interaction_at"].includes(path)
            ? path
            : "form";
    return { field, message: tr.t(field === "form" ? "claim.error.unknown" : "error.invalid") };
  });
  return mapped.length > 0 ? mapped : [{ field: "form", message: tr.t("claim.error.unknown") }];
}
