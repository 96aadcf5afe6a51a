import { SEVERITIES } from "../../incidents";
import type { Translator } from "../i18n/translator";
import { ErrorSummary, type FieldError, Layout } from "../layout";
import type { PageContext } from "../page-context";
import { SignOutForm } from "../session";
import { BarChart, StackedColumns } from "./charts";
import type { DashboardData, DashboardFilters } from "./data";
import { Figure, Filters } from "./parts";

const incidentLink = (id: string, reference: string) => (
  <a href={`/dashboard/incidents/${id}`}>{reference}</a>
);

export function DashboardPage(props: {
  errors: FieldError[];
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
      <ErrorSummary page={page} errors={props.errors} />
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
