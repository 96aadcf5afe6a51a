import { CSRF_FIELD } from "../../platform/http/csrf";
import { EVENT_TYPES, OUTCOMES, REPORTER_ROLES, SETTINGS, SEVERITIES } from "../incidents";
import { ErrorList, Layout } from "./layout";

export type FormValues = Record<string, string | string[]>;
const one = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
};

function Select(props: {
  name: string;
  label: string;
  options: readonly string[];
  values: FormValues;
  optional?: boolean;
}) {
  const current = one(props.values, props.name);
  return (
    <>
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name} required={!props.optional}>
        {/* Required questions start unanswered: a default like "death" must never be sent by accident. */}
        <option value="" disabled={!props.optional} selected={current === ""}>
          {props.optional ? "(not given)" : "choose…"}
        </option>
        {props.options.map((o) => (
          <option value={o} selected={o === current}>
            {o.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </>
  );
}

/** The public harm-report form. It posts to /report, which files through POST /v1/incidents. */
export function ReportForm(props: {
  values: FormValues;
  errors: { path: string; message: string }[];
  risks: { code: string; name: string }[];
  csrfToken: string;
}) {
  const v = props.values;
  const chosenRisks = new Set([v.risk_codes ?? []].flat());
  return (
    <Layout title="Report a harm">
      <h1>Report a harm caused by an AI health tool</h1>
      <p>
        You may report anonymously. If you leave contact details they are encrypted and only regulators can
        read them; the companies concerned never see who you are.
      </p>
      <ErrorList errors={props.errors} />
      <form method="post" action="/report">
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="product">Product (registration number like LMMR-2026-000001, or its name)</label>
        <input id="product" name="product" required value={one(v, "product")} />
        <label for="occurred_at">When did it happen?</label>
        <input id="occurred_at" name="occurred_at" type="date" required value={one(v, "occurred_at")} />
        <label for="country">Country (two letters, e.g. KE)</label>
        <input id="country" name="country" required maxlength={2} value={one(v, "country")} />
        <Select name="setting" label="Where was it used?" options={SETTINGS} values={v} />
        <Select name="event_type" label="What happened?" options={EVENT_TYPES} values={v} />
        <Select name="severity" label="How severe was the harm?" options={SEVERITIES} values={v} />
        <Select name="outcome" label="Outcome so far" options={OUTCOMES} values={v} />
        <label for="risk_codes">Kinds of problem (hold Ctrl to choose several)</label>
        <select id="risk_codes" name="risk_codes" multiple size={6}>
          {props.risks.map((r) => (
            <option value={r.code} selected={chosenRisks.has(r.code)}>
              {r.name}
            </option>
          ))}
        </select>
        <label for="description">Describe what happened, in any language</label>
        <textarea id="description" name="description" rows={8} required maxlength={20000}>
          {one(v, "description")}
        </textarea>
        <Select
          name="age_band"
          label="Patient age"
          optional
          values={v}
          options={["0-1", "2-11", "12-17", "18-29", "30-44", "45-64", "65-74", "75+"]}
        />
        <Select
          name="sex"
          label="Patient sex"
          optional
          values={v}
          options={["female", "male", "intersex", "unknown"]}
        />
        <Select name="reporter_role" label="You are" options={REPORTER_ROLES} values={v} />
        <label>
          <input type="checkbox" name="anonymous" value="1" checked={one(v, "anonymous") === "1"} /> Report
          anonymously (no contact details are kept)
        </label>
        <label for="contact_email">Your email (optional unless not anonymous)</label>
        <input id="contact_email" name="contact_email" type="email" value={one(v, "contact_email")} />
        <button type="submit">Send report</button>
      </form>
    </Layout>
  );
}

export function ReportFiled(props: { id: string; reference: string; receiptToken: string }) {
  return (
    <Layout title="Report received">
      <div class="ok" role="status">
        <h1>Thank you: report {props.reference} received</h1>
        <p>
          Keep these two values. The receipt token is shown only once and lets you follow your report and add
          information, without revealing who you are.
        </p>
        <p>
          Incident id: <code>{props.id}</code>
          <br />
          Receipt token: <code>{props.receiptToken}</code>
        </p>
      </div>
      <p>
        <a href="/receipt">Follow your report</a>
      </p>
    </Layout>
  );
}

/** Turns the flat HTML form into the JSON body of POST /v1/incidents. */
export function formToIncident(v: FormValues) {
  const product = one(v, "product").trim();
  const byNumber = /^LMMR-\d{4}-\d{6}$/i.test(product);
  const date = one(v, "occurred_at");
  const anonymous = one(v, "anonymous") === "1";
  const email = one(v, "contact_email").trim();
  const patient = Object.fromEntries(
    ["age_band", "sex"].map((k) => [k, one(v, k)]).filter(([, value]) => value !== ""),
  );
  return {
    ...(byNumber ? { registration_number: product.toUpperCase() } : { product_name: product }),
    occurred_at: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date,
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
