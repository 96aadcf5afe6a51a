import { SEVERITIES } from "../../incidents";
import { countryOptions } from "../i18n/countries";
import type { Translator } from "../i18n/translator";
import type { DashboardFilters } from "./data";

export function Filters(props: { tr: Translator; f: DashboardFilters }) {
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
export function Figure(props: {
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
