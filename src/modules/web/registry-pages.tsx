import { Layout } from "./layout";
import { linkable } from "./safe-link";

interface ProductSummary {
  id: string;
  registration_number: string;
  name: string;
  kind: string;
  stage: string;
  registered_at: string;
}

interface Edge {
  product_id: string;
  name?: string;
  registration_number?: string;
  relation: string;
  depth: number;
}

export interface ProductDetail extends ProductSummary {
  intended_purpose: string;
  use_areas: string[];
  languages: string[];
  lineage: { ancestors: Edge[]; descendants: Edge[] };
  versions: { version: string; released_at: string | null; changelog: string }[];
  stage_history: { to: string; at: string; reason: string }[];
  disclosures: { kind: string; title: string; uri: string | null; sha256: string }[];
  deployments_count: number;
}

export function HomePage(props: { q: string; products: ProductSummary[]; next: string | null }) {
  return (
    <Layout title="Registry">
      <h1>LMM health products</h1>
      <p>
        Large multi-modal models used in health, registered early by their developers and providers, with
        their lineage, disclosures and reported harms.
      </p>
      <search>
        <form method="get" action="/">
          <label for="q">Search products</label>
          <input id="q" name="q" value={props.q} placeholder="name or intended purpose" />
          <button type="submit">Search</button>
        </form>
      </search>
      <table>
        <thead>
          <tr>
            <th>Registration</th>
            <th>Name</th>
            <th>Kind</th>
            <th>Stage</th>
          </tr>
        </thead>
        <tbody>
          {props.products.map((p) => (
            <tr>
              <td>
                <a href={`/products/${p.registration_number}`}>{p.registration_number}</a>
              </td>
              <td>{p.name}</td>
              <td>{p.kind}</td>
              <td>{p.stage}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.products.length === 0 ? <p>No product matches.</p> : null}
      {props.next ? <a href={`/?q=${encodeURIComponent(props.q)}&cursor=${props.next}`}>Next page</a> : null}
    </Layout>
  );
}

const edgeLink = (e: Edge) => (
  <li>
    <a href={`/products/${e.product_id}`}>{e.name ?? e.product_id}</a> ({e.relation}, depth {e.depth})
  </li>
);

export function ProductPage(props: { product: ProductDetail }) {
  const p = props.product;
  return (
    <Layout title={p.name}>
      <h1>{p.name}</h1>
      <p>
        <code>{p.registration_number}</code> · {p.kind} · stage <strong>{p.stage}</strong> · registered{" "}
        {p.registered_at.slice(0, 10)} · {p.deployments_count} deployment(s)
      </p>
      <p>{p.intended_purpose}</p>
      <p>
        Use areas: {p.use_areas.join(", ")} · Languages: {p.languages.join(", ")}
      </p>
      <h2>Lineage</h2>
      <h3>Built on</h3>
      {p.lineage.ancestors.length ? <ul>{p.lineage.ancestors.map(edgeLink)}</ul> : <p>Nothing registered.</p>}
      <h3>Built upon by</h3>
      {p.lineage.descendants.length ? (
        <ul>{p.lineage.descendants.map(edgeLink)}</ul>
      ) : (
        <p>Nothing registered.</p>
      )}
      <h2>Versions</h2>
      <ul>
        {p.versions.map((v) => (
          <li>
            <strong>{v.version}</strong>{" "}
            {v.released_at ? `released ${v.released_at.slice(0, 10)}` : "unreleased"}: {v.changelog}
          </li>
        ))}
      </ul>
      <h2>Published disclosures</h2>
      <ul>
        {p.disclosures.map((d) => {
          const href = linkable(d.uri);
          return (
            <li>
              {d.kind}: {href ? <a href={href}>{d.title}</a> : d.title}
              {d.uri && !href ? <> (address shown as text: {d.uri})</> : null}{" "}
              <code>sha256 {d.sha256.slice(0, 12)}…</code>
            </li>
          );
        })}
      </ul>
      <h2>Stage history</h2>
      <ol>
        {p.stage_history.map((h) => (
          <li>
            {h.at.slice(0, 10)} → {h.to}: {h.reason}
          </li>
        ))}
      </ol>
      <p>
        <a href={`/report?product=${encodeURIComponent(p.registration_number)}`}>
          Report a harm involving this product
        </a>
      </p>
    </Layout>
  );
}
