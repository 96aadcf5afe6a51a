import { Layout } from "../layout";
import type { PageContext } from "../page-context";
import { SignOutForm } from "../session";

export interface IncidentDetailView {
  id: string;
  reference: string;
  status: string;
  closure: string | null;
  severity: string;
  event_type: string;
  outcome: string;
  country: string;
  setting: string;
  occurred_at: string;
  received_at: string;
  risk_codes: string[];
  description: string | null;
  product_id: string | null;
}

export function IncidentPage(props: {
  page: PageContext;
  incident: IncidentDetailView;
  product: { name: string; registration_number: string } | undefined;
  rulesets: { ruleset: string; title: string; kind: string }[];
  signOutCsrf: string;
}) {
  const { page, incident: i } = props;
  const { tr } = page;
  return (
    <Layout page={page} title={tr.t("incident.title", { reference: i.reference })}>
      <div>
        <a href="/dashboard">{tr.t("dash.heading")}</a> ·{" "}
        <SignOutForm page={page} csrfToken={props.signOutCsrf} />
      </div>
      <h1>{tr.t("incident.title", { reference: i.reference })}</h1>
      <dl>
        <dt>{tr.t("dash.colStatus")}</dt>
        <dd>
          {tr.label("status", i.status)}
          {i.closure ? ` (${tr.label("closure", i.closure)})` : ""}
        </dd>
        <dt>{tr.t("field.event_type")}</dt>
        <dd>{tr.label("eventType", i.event_type)}</dd>
        <dt>{tr.t("dash.colSeverity")}</dt>
        <dd>{tr.label("severity", i.severity)}</dd>
        <dt>{tr.t("field.outcome")}</dt>
        <dd>{tr.label("outcome", i.outcome)}</dd>
        <dt>{tr.t("field.occurred_at")}</dt>
        <dd>{tr.date(i.occurred_at)}</dd>
        <dt>{tr.t("field.country")}</dt>
        <dd>{tr.country(i.country)}</dd>
        <dt>{tr.t("field.setting")}</dt>
        <dd>{tr.label("setting", i.setting)}</dd>
        <dt>{tr.t("field.risk_codes")}</dt>
        <dd>{i.risk_codes.map((r) => tr.label("risk", r)).join("; ") || "–"}</dd>
        <dt>{tr.t("incident.product")}</dt>
        <dd>
          {props.product ? (
            <a href={`/products/${props.product.registration_number}`}>
              {props.product.name} ({props.product.registration_number})
            </a>
          ) : (
            tr.t("incident.unmatched")
          )}
        </dd>
      </dl>
      <h2>{tr.t("incident.description")}</h2>
      <p class="verbatim">{i.description ?? "–"}</p>
      <h2>{tr.t("dash.causality")}</h2>
      <ul>
        {props.rulesets
          .filter((r) => r.kind === "liability")
          .map((r) => (
            <li>
              <a href={`/dashboard/incidents/${i.id}/explanation?ruleset=${encodeURIComponent(r.ruleset)}`}>
                {r.title}: {tr.t("dash.causality")}
              </a>
            </li>
          ))}
      </ul>
    </Layout>
  );
}
