import { CSRF_FIELD } from "../../platform/http/csrf";
import { LOSS_KINDS, LOSS_ROWS, RELATIONSHIPS } from "./claim-checks";
import type { FundSummary } from "./fund-page";
import type { MessageKey } from "./i18n/locales";
import { describedBy, ErrorSummary, type FieldError, FieldMessage, Layout } from "./layout";
import type { PageContext } from "./page-context";
import { type FormValues, one } from "./report-checks";
import { ShownOnce } from "./shown-once";

interface FieldProps {
  page: PageContext;
  name: string;
  label: MessageKey;
  values: FormValues;
  errors: FieldError[];
  type?: string;
  autocomplete?: string;
  hint?: MessageKey;
  optional?: boolean;
}

function Field(props: FieldProps) {
  const { tr } = props.page;
  const invalid = props.errors.some((e) => e.field === props.name);
  return (
    <>
      <label for={props.name}>{tr.t(props.label)}</label>
      {props.hint ? (
        <p class="hint" id={`${props.name}-hint`}>
          {tr.t(props.hint)}
        </p>
      ) : null}
      <FieldMessage field={props.name} errors={props.errors} />
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        required={!props.optional}
        autocomplete={props.autocomplete ?? "off"}
        // A secret is never echoed back into the page.
        value={props.type === "password" ? "" : one(props.values, props.name)}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.errors, props.hint !== undefined)}
      />
    </>
  );
}

function Choice(props: {
  page: PageContext;
  name: string;
  label: MessageKey;
  options: { value: string; label: string }[];
  values: FormValues;
  errors: FieldError[];
  optional?: boolean;
}) {
  const { tr } = props.page;
  const current = one(props.values, props.name);
  return (
    <>
      <label for={props.name}>{tr.t(props.label)}</label>
      <FieldMessage field={props.name} errors={props.errors} />
      <select
        id={props.name}
        name={props.name}
        required={!props.optional}
        aria-invalid={props.errors.some((e) => e.field === props.name) ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.errors)}
      >
        <option value="" selected={current === ""}>
          {tr.t("common.choose")}
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

/** The claim form: posts to /claims/new, which files through POST /v1/claims with the incident's receipt token. */
export function ClaimForm(props: {
  page: PageContext;
  funds: FundSummary[];
  values: FormValues;
  errors: FieldError[];
  csrfToken: string;
}) {
  const { page, values: v, errors } = props;
  const { tr } = page;
  const common = { page, values: v, errors };
  return (
    <Layout page={page} title={tr.t("claim.newTitle")}>
      <h1>{tr.t("claim.newTitle")}</h1>
      <p>{tr.t("claim.newIntro")}</p>
      <ErrorSummary page={page} errors={errors} />
      <form method="post" action="/claims/new" novalidate>
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <Choice
          {...common}
          name="fund_id"
          label="field.fund_id"
          options={props.funds.map((f) => ({ value: f.id, label: `${f.name} (${f.currency})` }))}
        />
        <fieldset>
          <legend>{tr.t("claim.incident")}</legend>
          <Field {...common} name="incident_id" label="field.incident_id" hint="claim.incidentHint" />
          <Field {...common} name="receipt_token" label="field.receipt_token" type="password" />
        </fieldset>
        <fieldset>
          <legend>{tr.t("claim.you")}</legend>
          <p class="hint">{tr.t("claim.privacy")}</p>
          <Field {...common} name="claimant_name" label="field.claimant_name" autocomplete="name" />
          <Field
            {...common}
            name="claimant_email"
            label="field.claimant_email"
            type="email"
            autocomplete="email"
            hint="claim.contactHint"
            optional
          />
          <Field
            {...common}
            name="claimant_phone"
            label="field.claimant_phone"
            type="tel"
            autocomplete="tel"
            optional
          />
          <Choice
            {...common}
            name="relationship"
            label="field.relationship"
            options={RELATIONSHIPS.map((r) => ({ value: r, label: tr.label("claim.relationship", r) }))}
          />
        </fieldset>
        <fieldset>
          <legend>{tr.t("claim.losses")}</legend>
          <p class="hint">{tr.t("claim.lossesHint")}</p>
          {Array.from({ length: LOSS_ROWS }, (_, i) => (
            <fieldset>
              <legend>{tr.t("claim.lossRow", { n: i + 1 })}</legend>
              <Choice
                {...common}
                name={`loss_kind_${i}`}
                label="claim.lossKind"
                options={LOSS_KINDS.map((k) => ({ value: k, label: tr.label("claim.loss", k) }))}
                optional
              />
              <Field {...common} name={`loss_amount_${i}`} label="claim.lossAmount" optional />
            </fieldset>
          ))}
        </fieldset>
        <Field {...common} name="interaction_at" label="field.interaction_at" type="datetime-local" />
        <Field {...common} name="discovered_at" label="field.discovered_at" type="date" />
        <button type="submit">{tr.t("claim.send")}</button>
      </form>
    </Layout>
  );
}

/** Shown once: the claim id and the claim receipt token (the page is no-store). */
export function ClaimFiled(props: { page: PageContext; id: string; receiptToken: string }) {
  const { tr } = props.page;
  return (
    <Layout page={props.page} title={tr.t("claim.filedTitle")}>
      <ShownOnce
        heading={tr.t("claim.filedTitle")}
        advice={tr.t("claim.filedKeep")}
        items={[
          { label: tr.t("field.claim_id"), id: "claim-id", value: props.id },
          { label: tr.t("field.claim_token"), id: "claim-token", value: props.receiptToken },
        ]}
      />
      <p>
        <a href="/claims/status">{tr.t("claim.statusTitle")}</a>
      </p>
    </Layout>
  );
}
