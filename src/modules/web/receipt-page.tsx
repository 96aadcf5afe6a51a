import { CSRF_FIELD } from "../../platform/http/csrf";
import { ErrorList, Layout } from "./layout";

export interface ReceiptView {
  reference: string;
  status: string;
  closure: string | null;
  received_at: string;
  history: { type: string; status?: string | null; at: string }[];
}

export function ReceiptPage(props: {
  id: string;
  csrfToken: string;
  receipt?: ReceiptView;
  notFound?: boolean;
  /** A refusal other than "no match", e.g. too many lookups from this address. */
  error?: string;
}) {
  const r = props.receipt;
  return (
    <Layout title="Follow a report">
      <h1>Follow your report</h1>
      {props.notFound ? (
        <ErrorList errors={[{ path: "receipt", message: "No report matches this id and receipt token." }]} />
      ) : null}
      {props.error ? <ErrorList errors={[{ path: "receipt", message: props.error }]} /> : null}
      {/* POST, not GET: the token must not end up in URLs, logs or browser history. */}
      <form method="post" action="/receipt">
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="id">Incident id</label>
        <input id="id" name="id" required value={props.id} />
        <label for="token">Receipt token</label>
        <input id="token" name="token" required type="password" autocomplete="off" />
        <button type="submit">Show status</button>
      </form>
      {r ? (
        <section aria-live="polite">
          <h2>
            {r.reference}: {r.status}
            {r.closure ? ` (${r.closure})` : ""}
          </h2>
          <p>Received {r.received_at}</p>
          <ol>
            {r.history.map((h) => (
              <li>
                {h.at}: {h.type.replaceAll("_", " ")}
                {h.status ? ` → ${h.status}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Layout>
  );
}
