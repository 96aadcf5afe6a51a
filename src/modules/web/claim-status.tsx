import { CSRF_FIELD } from "../../platform/http/csrf";
import { money } from "./fund-page";
import type { Translator } from "./i18n/translator";
import { describedBy, ErrorSummary, type FieldError, FieldMessage, Layout } from "./layout";
import type { PageContext } from "./page-context";

export interface ClaimView {
  id: string;
  status: string;
  currency: string;
  claimed_minor: number;
  filed_at: string;
  decisions: { id: string; decision: string; award_minor: number; reasons: string; decided_at: string }[];
  appeals: { id: string; grounds: string; filed_at: string; decided: boolean }[];
  payments: { id: string; amount_minor: number; paid_at: string }[];
  paid_minor: number;
}

export interface EligibilityView {
  overall: string;
  rules: { rule: string; result: string; detail: string; citation: string }[];
}

/** A rule's name in plain words: `exclusion:NEAR_MISS` is "Exclusion NEAR_MISS". */
const ruleName = (tr: Translator, rule: string) =>
  rule.startsWith("exclusion:")
    ? tr.t("claim.rule.exclusion", { code: rule.slice("exclusion:".length) })
    : tr.label("claim.rule", rule);

function Eligibility(props: { tr: Translator; eligibility: EligibilityView }) {
  const { tr, eligibility: e } = props;
  return (
    <section aria-labelledby="eligibility">
      <h2 id="eligibility">{tr.t("claim.eligibility", { overall: tr.label("claim.overall", e.overall) })}</h2>
      <section class="scroll" tabindex={0} aria-label={tr.t("claim.rules")}>
        {/* On a phone each rule stacks into a card (table.stack), its reasons readable, not squeezed. */}
        <table class="stack">
          <caption>{tr.t("claim.rules")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t("claim.colRule")}</th>
              <th scope="col">{tr.t("claim.colResult")}</th>
              <th scope="col">{tr.t("claim.colDetail")}</th>
              <th scope="col">{tr.t("fund.colCitation")}</th>
            </tr>
          </thead>
          <tbody>
            {e.rules.map((r) => (
              <tr class={`rule-${r.result}`}>
                <th scope="row">{ruleName(tr, r.rule)}</th>
                <td data-label={tr.t("claim.colResult")}>{tr.label("claim.result", r.result)}</td>
                {/* The fund's reasoning as the API states it, in English. */}
                <td data-label={tr.t("claim.colDetail")} lang="en" dir="ltr">
                  {r.detail}
                </td>
                <td data-label={tr.t("fund.colCitation")}>{r.citation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function Decisions(props: { tr: Translator; claim: ClaimView }) {
  const { tr, claim: c } = props;
  const m = (minor: number) => money(tr, c.currency, minor);
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">{tr.t("claim.decisions")}</h2>
      {c.decisions.length === 0 ? <p>{tr.t("claim.noDecision")}</p> : null}
      <ol>
        {c.decisions.map((d) => (
          <li>
            <time datetime={d.decided_at}>{tr.date(d.decided_at)}</time>:{" "}
            {tr.t("claim.decisionLine", {
              decision: tr.label("claim.decision", d.decision),
              amount: m(d.award_minor),
            })}
            <p lang="en" dir="ltr">
              {d.reasons}
            </p>
          </li>
        ))}
      </ol>
      {c.appeals.length > 0 ? (
        <>
          <h3>{tr.t("claim.appeals")}</h3>
          <ul>
            {c.appeals.map((a) => (
              <li>
                <time datetime={a.filed_at}>{tr.date(a.filed_at)}</time>:{" "}
                {tr.t(a.decided ? "claim.appealDecided" : "claim.appealPending")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{tr.t("claim.payments")}</h3>
      {c.payments.length === 0 ? <p>{tr.t("claim.noPayment")}</p> : null}
      <ul>
        {c.payments.map((p) => (
          <li>
            <time datetime={p.paid_at}>{tr.date(p.paid_at)}</time>: {m(p.amount_minor)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Follow a claim. Id and token travel in POST bodies only (never in a URL). With a decision shown, the
 * token the reader just typed is a hidden field of this no-store page's appeal form.
 */
export function ClaimStatusPage(props: {
  page: PageContext;
  id: string;
  csrfToken: string;
  appealCsrfToken?: string;
  token?: string;
  claim?: ClaimView;
  eligibility?: EligibilityView;
  errors?: FieldError[];
  appealed?: boolean;
  grounds?: string;
}) {
  const { page, claim: c } = props;
  const { tr } = page;
  const errors = props.errors ?? [];
  return (
    <Layout page={page} title={tr.t("claim.statusTitle")}>
      <h1>{tr.t("claim.statusTitle")}</h1>
      <ErrorSummary page={page} errors={errors} />
      {props.appealed ? (
        <div class="ok" role="status">
          <p>{tr.t("claim.appealFiled")}</p>
        </div>
      ) : null}
      <form method="post" action="/claims/status">
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="claim_id">{tr.t("field.claim_id")}</label>
        <FieldMessage field="claim_id" errors={errors} />
        <input id="claim_id" name="claim_id" required autocomplete="off" value={props.id} />
        <label for="claim_token">{tr.t("field.claim_token")}</label>
        <FieldMessage field="claim_token" errors={errors} />
        <input id="claim_token" name="claim_token" type="password" required autocomplete="off" />
        <button type="submit">{tr.t("claim.show")}</button>
      </form>
      {c ? (
        <section aria-labelledby="claim-status">
          <h2 id="claim-status">{tr.t("claim.status", { status: tr.label("claim.status", c.status) })}</h2>
          <p>
            {tr.t("claim.filedOn", {
              date: tr.date(c.filed_at),
              amount: money(tr, c.currency, c.claimed_minor),
            })}
          </p>
        </section>
      ) : null}
      {props.eligibility ? <Eligibility tr={tr} eligibility={props.eligibility} /> : null}
      {c ? <Decisions tr={tr} claim={c} /> : null}
      {c && c.decisions.length > 0 && props.token && props.appealCsrfToken ? (
        <section aria-labelledby="appeal-heading">
          <h2 id="appeal-heading">{tr.t("claim.appealHeading")}</h2>
          <form method="post" action="/claims/appeal">
            <input type="hidden" name={CSRF_FIELD} value={props.appealCsrfToken} />
            <input type="hidden" name="claim_id" value={c.id} />
            <input type="hidden" name="claim_token" value={props.token} />
            <label for="grounds">{tr.t("field.grounds")}</label>
            <p class="hint" id="grounds-hint">
              {tr.t("claim.groundsHint")}
            </p>
            <FieldMessage field="grounds" errors={errors} />
            <textarea
              id="grounds"
              name="grounds"
              rows={5}
              required
              maxlength={5000}
              aria-invalid={errors.some((e) => e.field === "grounds") ? "true" : undefined}
              aria-describedby={describedBy("grounds", errors, true)}
            >
              {props.grounds ?? ""}
            </textarea>
            <button type="submit">{tr.t("claim.appealSend")}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
