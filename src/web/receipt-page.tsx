import { ErrorList, Layout } from "./layout";

export interface ReceiptView {
  reference: string;
  status: string;
  closure: string | null;
  received_at: string;
  history: { type: string; status?: string | null; at: string }[];
}

export function ReceiptPage(props: { id: string; receipt?: ReceiptView; notFound?: boolean }) {
  const r = props.receipt;
  return (
    <Layout title="Follow a report">
      <h1>Follow your report</h1>
      {props.notFound ? (
        <ErrorList errors={[{ path: "receipt", message: "No report matches this id and receipt token." }]} />
      ) : null}
      {/* POST, not GET: the token must not end up in URLs, logs or browser history. */}
      <form method="post" action="/receipt">
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
