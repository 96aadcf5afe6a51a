import { CSRF_FIELD } from "../../platform/http/csrf";
import { EVENT_TYPES, OUTCOMES, REPORTER_ROLES, SETTINGS, SEVERITIES } from "../incidents";
import { countryOptions } from "./i18n/countries";
import type { MessageKey } from "./i18n/locales";
import { describedBy, ErrorSummary, type FieldError, FieldMessage, Layout } from "./layout";
import type { PageContext } from "./page-context";
import { AGE_BANDS, type FormValues, one, SEXES } from "./report-checks";
import { otherRisks, PATIENT_RISK_GROUPS } from "./risk-groups";
import { ShownOnce } from "./shown-once";

interface SelectProps {
  page: PageContext;
  name: string;
  label: MessageKey;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors: FieldError[];
  optional?: boolean;
}

function Select(props: SelectProps) {
  const { tr } = props.page;
  const current = one(props.values, props.name);
  const invalid = props.errors.some((e) => e.field === props.name);
  return (
    <>
      <label for={props.name}>{tr.t(props.label)}</label>
      <FieldMessage field={props.name} errors={props.errors} />
      <select
        id={props.name}
        name={props.name}
        required={!props.optional}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.errors)}
      >
        {/* Required questions start unanswered: a default like "death" must never be sent by accident. */}
        <option value="" selected={current === ""}>
          {props.optional ? tr.t("common.notGiven") : tr.t("common.choose")}
        </option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

const labelled = (page: PageContext, prefix: string, codes: readonly string[]) =>
  codes.map((value) => ({ value, label: page.tr.label(prefix, value) }));

function RiskBox(props: { page: PageContext; code: string; chosen: Set<string> }) {
  return (
    <label class="check">
      <input type="checkbox" name="risk_codes" value={props.code} checked={props.chosen.has(props.code)} />
      <span>{props.page.tr.label("risk", props.code)}</span>
    </label>
  );
}

/** The public harm-report form. It posts to /report, which files through POST /v1/incidents. */
export function ReportForm(props: {
  page: PageContext;
  values: FormValues;
  errors: FieldError[];
  riskCodes: readonly string[];
  products: { name: string; registration_number: string }[];
  csrfToken: string;
}) {
  const { page, values: v, errors } = props;
  const { tr } = page;
  const chosen = new Set([v.risk_codes ?? []].flat());
  const known = new Set(props.riskCodes);
  const more = otherRisks(props.riskCodes);
  const select = (
    name: string,
    label: MessageKey,
    prefix: string,
    codes: readonly string[],
    optional?: boolean,
  ) => (
    <Select
      page={page}
      name={name}
      label={label}
      options={labelled(page, prefix, codes)}
      values={v}
      errors={errors}
      optional={optional}
    />
  );
  const invalid = (field: string) => (errors.some((e) => e.field === field) ? "true" : undefined);
  const anonymous = one(v, "anonymous") === "1";
  return (
    <Layout page={page} title={tr.t("report.title")}>
      <h1>{tr.t("report.heading")}</h1>
      <p>{tr.t("report.intro")}</p>
      <ErrorSummary page={page} errors={errors} />
      {/* novalidate: the server checks everything and lists every problem at once, in the page's language. */}
      <form method="post" action="/report" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="product">{tr.t("report.product")}</label>
        <p class="hint" id="product-hint">
          {tr.t("report.productHint")}
        </p>
        <FieldMessage field="product" errors={errors} />
        <input
          id="product"
          name="product"
          list="product-options"
          required
          autocomplete="off"
          value={one(v, "product")}
          aria-invalid={invalid("product")}
          aria-describedby={describedBy("product", errors, true)}
        />
        <datalist id="product-options">
          {props.products.map((p) => (
            <option value={p.registration_number}>{`${p.name} (${p.registration_number})`}</option>
          ))}
        </datalist>
        <label for="occurred_at">{tr.t("report.occurredAt")}</label>
        <FieldMessage field="occurred_at" errors={errors} />
        <input
          id="occurred_at"
          name="occurred_at"
          type="date"
          required
          value={one(v, "occurred_at")}
          aria-invalid={invalid("occurred_at")}
          aria-describedby={describedBy("occurred_at", errors)}
        />
        <Select
          page={page}
          name="country"
          label="report.country"
          options={countryOptions(tr).map((c) => ({ value: c.code, label: c.name }))}
          values={v}
          errors={errors}
        />
        {select("setting", "report.setting", "setting", SETTINGS)}
        {select("event_type", "report.eventType", "eventType", EVENT_TYPES)}
        {select("severity", "report.severity", "severity", SEVERITIES)}
        {select("outcome", "report.outcome", "outcome", OUTCOMES)}
        <fieldset>
          <legend>{tr.t("report.risks")}</legend>
          {PATIENT_RISK_GROUPS.map((g) => (
            <fieldset>
              <legend>{tr.t(g.key)}</legend>
              {g.codes
                .filter((code) => known.has(code))
                .map((code) => (
                  <RiskBox page={page} code={code} chosen={chosen} />
                ))}
            </fieldset>
          ))}
          <details open={more.some((code) => chosen.has(code))}>
            <summary>{tr.t("report.risksMore")}</summary>
            {more.map((code) => (
              <RiskBox page={page} code={code} chosen={chosen} />
            ))}
          </details>
        </fieldset>
        <label for="description">{tr.t("report.description")}</label>
        <p class="hint" id="description-hint">
          {tr.t("report.descriptionHint")}
        </p>
        <FieldMessage field="description" errors={errors} />
        <textarea
          id="description"
          name="description"
          rows={8}
          required
          maxlength={20000}
          aria-invalid={invalid("description")}
          aria-describedby={describedBy("description", errors, true)}
        >
          {one(v, "description")}
        </textarea>
        <fieldset>
          <legend>{tr.t("report.patient")}</legend>
          {select("age_band", "report.ageBand", "ageBand", AGE_BANDS, true)}
          {select("sex", "report.sex", "sex", SEXES, true)}
        </fieldset>
        {select("reporter_role", "report.reporterRole", "reporterRole", REPORTER_ROLES)}
        <div>
          <label class="check">
            <input type="checkbox" name="anonymous" value="1" checked={anonymous} />
            <span>{tr.t("report.anonymous")}</span>
          </label>
          <label for="contact_email">{tr.t("report.email")}</label>
          <p class="hint" id="contact_email-hint">
            {tr.t("report.emailHint")}
          </p>
          <FieldMessage field="contact_email" errors={errors} />
          <input
            id="contact_email"
            name="contact_email"
            type="email"
            autocomplete="email"
            value={one(v, "contact_email")}
            aria-invalid={invalid("contact_email")}
            aria-describedby={describedBy("contact_email", errors, true)}
          />
        </div>
        <button type="submit">{tr.t("report.send")}</button>
      </form>
    </Layout>
  );
}

export function ReportFiled(props: {
  page: PageContext;
  id: string;
  reference: string;
  receiptToken: string;
}) {
  const { page } = props;
  const { tr } = page;
  return (
    <Layout page={page} title={tr.t("filed.title")}>
      <ShownOnce
        heading={tr.t("filed.heading", { reference: props.reference })}
        advice={tr.t("filed.keep")}
        items={[
          { label: tr.t("filed.id"), id: "incident-id", value: props.id },
          { label: tr.t("filed.token"), id: "receipt-token", value: props.receiptToken },
        ]}
      />
      <p>
        <a href={`/receipt?id=${encodeURIComponent(props.id)}`}>{tr.t("filed.follow")}</a>
      </p>
    </Layout>
  );
}
