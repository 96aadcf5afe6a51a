import type { Translator } from "./i18n/translator";
import { Layout } from "./layout";
import type { PageContext } from "./page-context";
import { linkable } from "./safe-link";

export interface ProductSummary {
  id: string;
  registration_number: string;
  name: string;
  kind: string;
  stage: string;
  registered_at: string;
  developer_actor_id: string;
  provider_actor_id: string | null;
}

interface Edge {
  product_id: string;
  name?: string;
  registration_number?: string;
  relation: string;
  depth: number;
}

type Figure = { count: number } | { suppressed: true };

export interface ProductDetail extends ProductSummary {
  intended_purpose: string;
  use_areas: string[];
  languages: string[];
  lineage: { ancestors: Edge[]; descendants: Edge[] };
  versions: { version: string; released_at: string | null; changelog: string }[];
  stage_history: { to: string; at: string; reason: string }[];
  disclosures: { kind: string; title: string; uri: string | null; sha256: string }[];
  deployments_count: number;
  incident_counts: { k: number; total: Figure; by_severity: ({ severity: string } & Figure)[] };
}

/** Who answers for a product: its developer, provider and deployers, by name. */
export interface ResponsibleActor {
  role: "developer" | "provider" | "deployer";
  name: string;
  country: string;
}

export function HomePage(props: {
  page: PageContext;
  q: string;
  products: ProductSummary[];
  next: string | null;
  paged: boolean;
}) {
  const { page } = props;
  const { tr } = page;
  const cols = {
    registration: tr.t("home.colRegistration"),
    name: tr.t("home.colName"),
    kind: tr.t("home.colKind"),
    stage: tr.t("home.colStage"),
  };
  return (
    <Layout page={page} title={tr.t("home.title")}>
      <h1>{tr.t("home.heading")}</h1>
      <p>{tr.t("home.intro")}</p>
      <search>
        <form method="get" action="/">
          <label for="q">{tr.t("home.searchLabel")}</label>
          <p class="hint" id="q-hint">
            {tr.t("home.searchHint")}
          </p>
          <input id="q" name="q" type="search" value={props.q} aria-describedby="q-hint" />
          <button type="submit">{tr.t("home.searchButton")}</button>
        </form>
      </search>
      {/* On a phone each row stacks into a card (table.stack), so nothing runs off the screen. */}
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{cols.registration}</th>
            <th scope="col">{cols.name}</th>
            <th scope="col">{cols.kind}</th>
            <th scope="col">{cols.stage}</th>
          </tr>
        </thead>
        <tbody>
          {props.products.map((p) => (
            <tr>
              <td data-label={cols.registration}>
                <a href={`/products/${p.registration_number}`}>{p.registration_number}</a>
              </td>
              <td data-label={cols.name}>{p.name}</td>
              <td data-label={cols.kind}>{tr.label("kind", p.kind)}</td>
              <td data-label={cols.stage}>{tr.label("stage", p.stage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.products.length === 0 ? <p>{tr.t("home.none")}</p> : null}
      <nav aria-label={tr.t("home.paging")}>
        {props.paged ? <a href={`/?q=${encodeURIComponent(props.q)}`}>{tr.t("home.first")}</a> : null}{" "}
        {props.next ? (
          <a href={`/?q=${encodeURIComponent(props.q)}&cursor=${encodeURIComponent(props.next)}`} rel="next">
            {tr.t("home.next")}
          </a>
        ) : null}
      </nav>
    </Layout>
  );
}

const edgeLink = (tr: Translator) => (e: Edge) => (
  <li>
    <a href={`/products/${e.registration_number ?? e.product_id}`}>{e.name ?? e.product_id}</a>{" "}
    {e.registration_number ? <code>{e.registration_number}</code> : null} (
    {tr.t("product.depth", { relation: tr.label("relation", e.relation), depth: e.depth })})
  </li>
);

const figure = (tr: Translator, f: Figure, k: number) =>
  "count" in f ? tr.number(f.count) : tr.t("product.suppressed", { k });

function Lineage(props: { tr: Translator; title: string; edges: Edge[] }) {
  return (
    <>
      <h3>{props.title}</h3>
      {props.edges.length ? (
        <ul>{props.edges.map(edgeLink(props.tr))}</ul>
      ) : (
        <p>{props.tr.t("product.nothing")}</p>
      )}
    </>
  );
}

export function ProductPage(props: {
  page: PageContext;
  product: ProductDetail;
  actors: ResponsibleActor[];
}) {
  const { page, product: p } = props;
  const { tr } = page;
  const counts = p.incident_counts;
  return (
    <Layout page={page} title={p.name}>
      <h1>{p.name}</h1>
      <p>
        <code>{p.registration_number}</code> · {tr.label("kind", p.kind)} ·{" "}
        <strong>{tr.label("stage", p.stage)}</strong> ·{" "}
        {tr.t("product.registered", { date: tr.date(p.registered_at) })} ·{" "}
        {tr.t("product.deployments", { count: p.deployments_count })}
      </p>
      <p>{p.intended_purpose}</p>
      <p>
        {tr.t("product.useAreas")}: {p.use_areas.map((u) => tr.label("useArea", u)).join(", ")}
      </p>
      <p>
        {tr.t("product.languages")}: {p.languages.map((l) => tr.language(l)).join(", ")}
      </p>
      <h2>{tr.t("product.who")}</h2>
      <ul>
        {props.actors.map((a) => (
          <li>
            <strong>{tr.label("chainRole", a.role)}</strong>: {a.name} ({tr.country(a.country)})
          </li>
        ))}
      </ul>
      <h2>{tr.t("product.harms")}</h2>
      <p>{tr.t("product.harmsTotal", { count: figure(tr, counts.total, counts.k) })}</p>
      <ul>
        {counts.by_severity.map((s) => (
          <li>
            {tr.label("severity", s.severity)}: {figure(tr, s, counts.k)}
          </li>
        ))}
      </ul>
      <h2>{tr.t("product.lineage")}</h2>
      <Lineage tr={tr} title={tr.t("product.builtOn")} edges={p.lineage.ancestors} />
      <Lineage tr={tr} title={tr.t("product.builtUponBy")} edges={p.lineage.descendants} />
      <h2>{tr.t("product.versions")}</h2>
      <ul>
        {p.versions.map((v) => (
          <li>
            <strong>{v.version}</strong>{" "}
            {v.released_at
              ? tr.t("product.released", { date: tr.date(v.released_at) })
              : tr.t("product.unreleased")}
            : {v.changelog}
          </li>
        ))}
      </ul>
      <h2>{tr.t("product.disclosures")}</h2>
      <ul>
        {p.disclosures.map((d) => {
          const href = linkable(d.uri);
          return (
            <li>
              {d.kind.replaceAll("_", " ")}: {href ? <a href={href}>{d.title}</a> : d.title}
              {d.uri && !href ? <> {tr.t("product.addressAsText", { uri: d.uri })}</> : null}{" "}
              <code>sha256 {d.sha256.slice(0, 12)}…</code>
            </li>
          );
        })}
      </ul>
      <h2>{tr.t("product.stageHistory")}</h2>
      <ol>
        {p.stage_history.map((h) => (
          <li>
            {tr.date(h.at)} → {tr.label("stage", h.to)}: {h.reason}
          </li>
        ))}
      </ol>
      <p>
        <a href={`/report?product=${encodeURIComponent(p.registration_number)}`}>
          {tr.t("product.reportLink")}
        </a>
      </p>
    </Layout>
  );
}
