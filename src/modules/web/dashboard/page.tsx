import { SEVERITIES } from "../../incidents";
import { countryOptions } from "../i18n/countries";
import type { Translator } from "../i18n/translator";
import { Layout } from "../layout";
import type { PageContext } from "../page-context";
import { SignOutForm } from "../session";
import { BarChart, StackedColumns } from "./charts";
import type { DashboardData, DashboardFilters } from "./data";

const incidentLink = (id: string, reference: string) => (
  <a href={`/dashboard/incidents/${id}`}>{reference}</a>
);

function Filters(props: { tr: Translator; f: DashboardFilters }) {
  const { tr, f } = props;
  return (
    <form method="get" action="/dashboard" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{tr.t("dash.filters")}</h2>
      <div class="grid">
        <div>
          <label for="from">{tr.t("dash.from")}</label>
          <input id="from" name="from" type="date" value={f.from} />
        </div>
        <div>
          <label for="to">{tr.t("dash.to")}</label>
          <input id="to" name="to" type="date" value={f.to} />
        </div>
        <div>
          <label for="severity_min">{tr.t("dash.severityMin")}</label>
          <select id="severity_min" name="severity_min">
            <option value="">{tr.t("dash.any")}</option>
            {SEVERITIES.map((s) => (
              <option value={s} selected={s === f.severity_min}>
                {tr.label("severity", s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="country">{tr.t("dash.country")}</label>
          <select id="country" name="country">
            <option value="">{tr.t("dash.any")}</option>
            {countryOptions(tr).map((c) => (
              <option value={c.code} selected={c.code === f.country}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit">{tr.t("dash.apply")}</button>
    </form>
  );
}

/** A chart and, under a disclosure, the same numbers as a table (the chart's text alternative). */
function Figure(props: {
  id: string;
  tr: Translator;
  title: string;
  chart: unknown;
  head: string[];
  rows: unknown[][];
}) {
  const { tr } = props;
  return (
    <section aria-labelledby={props.id} class="chart">
      <h2 id={props.id}>{props.title}</h2>
      {props.rows.length === 0 ? <p>{tr.t("dash.none")}</p> : props.chart}
      {props.rows.length === 0 ? null : (
        <details open>
          <summary>{tr.t("dash.table")}</summary>
          <section class="scroll" tabindex={0} aria-label={props.title}>
            <table>
              <caption>{props.title}</caption>
              <thead>
                <tr>
                  {props.head.map((h) => (
                    <th scope="col">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr>
                    {r.map((cell) => (
                      <td>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </details>
      )}
    </section>
  );
}

export function DashboardPage(props: {
  page: PageContext;
  f: DashboardFilters;
  data: DashboardData;
  signOutCsrf: string;
}) {
  const { page, data, f } = props;
  const { tr } = page;
  const rtl = tr.dir === "rtl";
  const severities = SEVERITIES.map((s) => tr.label("severity", s));
  const t = (key: Parameters<Translator["t"]>[0]) => tr.t(key);
  return (
    <Layout page={page} title={tr.t("dash.title")}>
      <h1>{tr.t("dash.heading")}</h1>
      <div>
        {tr.t("signin.signedIn")} <SignOutForm page={page} csrfToken={props.signOutCsrf} />
      </div>
      <Filters tr={tr} f={f} />
      <p class="total" id="dash-total">
        <strong>{tr.t("dash.total", { count: tr.number(data.total) })}</strong>
      </p>
      <Figure
        id="over-time"
        tr={tr}
        title={t("dash.overTime")}
        chart={
          <StackedColumns
            title={tr.t("dash.chartOf", { title: t("dash.overTime") })}
            rtl={rtl}
            series={severities}
            columns={data.months.map((m) => ({ label: m.period, parts: m.bySeverity }))}
          />
        }
        head={[t("dash.colPeriod"), ...severities]}
        rows={data.months.map((m) => [m.period, ...m.bySeverity.map((n) => tr.number(n))])}
      />
      <Figure
        id="top-risks"
        tr={tr}
        title={t("dash.topRisks")}
        chart={
          <BarChart
            title={tr.t("dash.chartOf", { title: t("dash.topRisks") })}
            rtl={rtl}
            bars={data.topRisks.map((r) => ({ label: tr.label("risk", r.code), value: r.count }))}
          />
        }
        head={[t("dash.colRisk"), t("dash.colCount")]}
        rows={data.topRisks.map((r) => [tr.label("risk", r.code), tr.number(r.count)])}
      />
      <Figure
        id="by-model"
        tr={tr}
        title={t("dash.byModel")}
        chart={
          <BarChart
            title={tr.t("dash.chartOf", { title: t("dash.byModel") })}
            rtl={rtl}
            bars={data.byModel.map((m) => ({ label: m.name, value: m.count }))}
          />
        }
        head={[t("dash.colModel"), t("dash.colCount")]}
        rows={data.byModel.map((m) => [m.name, tr.number(m.count)])}
      />
      <section aria-labelledby="late">
        <h2 id="late">{t("dash.late")}</h2>
        {data.late.length === 0 ? (
          <p>{t("dash.none")}</p>
        ) : (
          <section class="scroll" tabindex={0} aria-labelledby="late">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dash.colIncident")}</th>
                  <th scope="col">{t("dash.colActor")}</th>
                  <th scope="col">{t("dash.colDuty")}</th>
                  <th scope="col">{t("dash.colDue")}</th>
                </tr>
              </thead>
              <tbody>
                {data.late.map((d) => (
                  <tr>
                    <td>{incidentLink(d.incident_id, d.incident_reference)}</td>
                    <td>{tr.label("chainRole", d.role)}</td>
                    <td>{d.citation}</td>
                    <td>{d.due_at ? tr.date(d.due_at) : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
      <section aria-labelledby="signals">
        <h2 id="signals">{t("dash.signals")}</h2>
        {data.signals.length === 0 ? (
          <p>{t("dash.none")}</p>
        ) : (
          <section class="scroll" tabindex={0} aria-labelledby="signals">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("dash.colProduct")}</th>
                  <th scope="col">{t("dash.colRisk")}</th>
                  <th scope="col">{t("dash.colCases")}</th>
                  <th scope="col">{t("dash.colPrr")}</th>
                </tr>
              </thead>
              <tbody>
                {data.signals.map((s) => (
                  <tr>
                    <td>
                      {s.entity_name ?? s.entity_id} (
                      {s.level === "product" ? tr.t("incident.product") : tr.label("kind", s.level)})
                    </td>
                    <td>{tr.label("risk", s.risk_code)}</td>
                    <td>{tr.number(s.incident_count)}</td>
                    <td>
                      {s.prr === null ? "–" : s.prr.toFixed(2)}
                      {s.prr_ci95 ? ` (${s.prr_ci95.lower.toFixed(2)}–${s.prr_ci95.upper.toFixed(2)})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">{t("dash.recent")}</h2>
        {data.recent.length === 0 ? (
          <p>{t("dash.none")}</p>
        ) : (
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{t("dash.colIncident")}</th>
                <th scope="col">{t("dash.colSeverity")}</th>
                <th scope="col">{t("dash.colStatus")}</th>
                <th scope="col">{t("dash.colReceived")}</th>
              </tr>
            </thead>
            <tbody>
              {data.recent.map((i) => (
                <tr>
                  <td data-label={t("dash.colIncident")}>{incidentLink(i.id, i.reference)}</td>
                  <td data-label={t("dash.colSeverity")}>{tr.label("severity", i.severity)}</td>
                  <td data-label={t("dash.colStatus")}>{tr.label("status", i.status)}</td>
                  <td data-label={t("dash.colReceived")}>{tr.date(i.received_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}

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
        <dd>{i.product_id ?? tr.t("incident.unmatched")}</dd>
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
