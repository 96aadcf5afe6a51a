import { CSRF_FIELD } from "../../platform/http/csrf";
import type { Translator } from "./i18n/translator";
import { describedBy, ErrorSummary, type FieldError, FieldMessage, Layout } from "./layout";
import type { PageContext } from "./page-context";

export interface ReceiptView {
  incident_id: string;
  reference: string;
  status: string;
  closure: string | null;
  received_at: string;
  merged_into: { reference: string; status: string; closure: string | null } | null;
  history: {
    type: string;
    status?: string | null;
    closure?: string | null;
    at: string;
    /** For an actor's response: acknowledgement, root_cause, corrective_action or dispute. */
    response_kind?: string;
  }[];
  your_submissions: { id: string; kind: string; submitted_at: string }[];
}

const statusText = (tr: Translator, status: string, closure: string | null) =>
  status === "closed" && closure
    ? `${tr.label("status", status)} (${tr.label("closure", closure)})`
    : tr.label("status", status);

/** One history entry in plain words: what happened to the report, not the workflow's codes. */
function historyLine(tr: Translator, h: ReceiptView["history"][number]): string {
  if (h.type === "response_added" && h.response_kind)
    return tr.t("event.response_kind", { kind: tr.label("responseKind", h.response_kind) });
  if (h.type !== "status_changed") return tr.label("event", h.type);
  if (h.status === "closed") return tr.t("event.closed", { closure: tr.label("closure", h.closure ?? "") });
  if (h.status === "triaged" || h.status === "under_investigation") return tr.label("event", h.status);
  if (h.status === "received") return tr.t("event.reopened");
  return tr.t("event.status_changed", { status: tr.label("status", h.status ?? "") });
}

function History(props: { tr: Translator; receipt: ReceiptView }) {
  const { tr, receipt: r } = props;
  return (
    <section aria-labelledby="receipt-status">
      <h2 id="receipt-status">
        {tr.t("receipt.status", { reference: r.reference, status: statusText(tr, r.status, r.closure) })}
      </h2>
      <p>{tr.t("receipt.received", { date: tr.date(r.received_at) })}</p>
      {r.merged_into ? (
        <p>
          {tr.t("receipt.mergedInto", {
            reference: r.merged_into.reference,
            status: statusText(tr, r.merged_into.status, r.merged_into.closure),
          })}
        </p>
      ) : null}
      <h3>{tr.t("receipt.history")}</h3>
      <ol class="history">
        {r.history.map((h) => (
          <li>
            <time datetime={h.at}>{tr.date(h.at)}</time>: {historyLine(tr, h)}
          </li>
        ))}
      </ol>
      <p>{tr.t("receipt.yours", { count: r.your_submissions.length })}</p>
    </section>
  );
}

/**
 * Follow a report. Id and token travel in POST bodies only: the token must not end up in URLs, logs
 * or browser history. With a receipt shown, the same token (a hidden field of this page, which the
 * reader just typed) lets them add information.
 */
export function ReceiptPage(props: {
  page: PageContext;
  id: string;
  csrfToken: string;
  addCsrfToken?: string;
  receipt?: ReceiptView;
  /** The token the reader typed, kept only in this page's add-information form. */
  token?: string;
  errors?: FieldError[];
  added?: boolean;
  addText?: string;
}) {
  const { page, receipt: r } = props;
  const { tr } = page;
  const errors = props.errors ?? [];
  return (
    <Layout page={page} title={tr.t("receipt.title")}>
      <h1>{tr.t("receipt.heading")}</h1>
      <ErrorSummary page={page} errors={errors} />
      {props.added && r ? (
        <div class="ok" role="status">
          <p>{tr.t("receipt.added", { reference: r.reference })}</p>
        </div>
      ) : null}
      <form method="post" action="/receipt">
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="id">{tr.t("receipt.id")}</label>
        <FieldMessage field="id" errors={errors} />
        <input
          id="id"
          name="id"
          required
          autocomplete="off"
          value={props.id}
          aria-describedby={describedBy("id", errors)}
        />
        <label for="token">{tr.t("receipt.token")}</label>
        <FieldMessage field="token" errors={errors} />
        <input
          id="token"
          name="token"
          required
          type="password"
          autocomplete="off"
          aria-describedby={describedBy("token", errors)}
        />
        <button type="submit">{tr.t("receipt.show")}</button>
      </form>
      {r ? <History tr={tr} receipt={r} /> : null}
      {r && props.token && props.addCsrfToken ? (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">{tr.t("receipt.addHeading")}</h2>
          <form method="post" action="/receipt/additions">
            <input type="hidden" name={CSRF_FIELD} value={props.addCsrfToken} />
            <input type="hidden" name="id" value={r.incident_id} />
            <input type="hidden" name="token" value={props.token} />
            <label for="text">{tr.t("receipt.addText")}</label>
            <p class="hint" id="text-hint">
              {tr.t("receipt.addHint")}
            </p>
            <FieldMessage field="text" errors={errors} />
            <textarea
              id="text"
              name="text"
              rows={5}
              required
              maxlength={20000}
              aria-invalid={errors.some((e) => e.field === "text") ? "true" : undefined}
              aria-describedby={describedBy("text", errors, true)}
            >
              {props.addText ?? ""}
            </textarea>
            <button type="submit">{tr.t("receipt.addSend")}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
