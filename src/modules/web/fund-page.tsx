import { minorDigits, toMajorString } from "./claim-checks";
import { HarmTable, ReportTable } from "./fund-tables";
import type { Translator } from "./i18n/translator";
import { Layout } from "./layout";
import type { PageContext } from "./page-context";

/** Integer minor units as money in the page's language and the fund's currency (exact: no float). */
export const money = (tr: Translator, currency: string, minor: number) =>
  new Intl.NumberFormat(tr.locale, { style: "currency", currency }).format(
    // A decimal string is formatted exactly (Intl.NumberFormat v3); TypeScript's lib types only numbers.
    toMajorString(minor, minorDigits(currency)) as unknown as number,
  );

export interface FundSummary {
  id: string;
  name: string;
  jurisdiction: string;
  currency: string;
}

export interface HarmEntry {
  id: string;
  description: string;
  risk_codes: string[];
  use_areas?: string[];
  event_types?: string[];
  min_severity: string;
  onset_window_days: { min: number; max: number };
  presumed_causation: boolean;
  citation: string;
}

export interface FundView extends FundSummary {
  rules: {
    version: number;
    effective_from: string;
    rules: {
      harm_table: HarmEntry[];
      exclusions: { code: string; description: string; citation: string }[];
      filing_deadlines: {
        injury_days_from_discovery: number;
        death_days_from_discovery: number;
        long_stop_days_from_interaction: number;
        citation: string;
      };
      award_schedule: { min_severity: string; kind: string; max_minor: number; citation: string }[];
      caps: {
        per_claim_minor: number;
        per_kind_minor: Record<string, number>;
        annual_fund_minor: number;
        citation: string;
      };
      appeals: { window_days: number; citation: string };
    };
  };
}

type Cell = { suppressed: false; count: number } | { suppressed: true };
export interface Figure {
  row: string | null;
  bucket?: string | null;
  value: Cell;
}
export interface FundReportView {
  k: number;
  received: Figure[];
  decided: Figure[];
  approved: Figure[];
  paid: Figure[];
  median_days_to_decision: {
    harm_table_entry: string | null;
    year: string | null;
    value: { suppressed: false; days: number | null } | { suppressed: true };
  }[];
}

export const jurisdictionName = (tr: Translator, code: string) =>
  code === "EU" ? tr.t("fund.eu") : tr.country(code);

/** GET /funds: every fund, linked to its rules. */
export function FundsPage(props: { page: PageContext; funds: FundSummary[] }) {
  const { tr } = props.page;
  return (
    <Layout page={props.page} title={tr.t("fund.listTitle")}>
      <h1>{tr.t("fund.listTitle")}</h1>
      <p>{tr.t("fund.listIntro")}</p>
      {props.funds.length === 0 ? <p>{tr.t("fund.none")}</p> : null}
      <ul>
        {props.funds.map((f) => (
          <li>
            <a href={`/funds/${encodeURIComponent(f.id)}`}>{f.name}</a> (
            {jurisdictionName(tr, f.jurisdiction)}, {f.currency})
          </li>
        ))}
      </ul>
      <p>
        <a href="/claims/new">{tr.t("claim.newTitle")}</a> ·{" "}
        <a href="/claims/status">{tr.t("claim.statusTitle")}</a>
      </p>
    </Layout>
  );
}

/** GET /funds/{id}: the fund's published rules as tables, and its public report. */
export function FundPage(props: { page: PageContext; fund: FundView; report?: FundReportView }) {
  const { page, fund } = props;
  const { tr } = page;
  const rules = fund.rules.rules;
  const m = (minor: number) => money(tr, fund.currency, minor);
  const d = rules.filing_deadlines;
  return (
    <Layout page={page} title={fund.name}>
      <h1>{fund.name}</h1>
      <dl>
        <dt>{tr.t("fund.jurisdiction")}</dt>
        <dd>{jurisdictionName(tr, fund.jurisdiction)}</dd>
        <dt>{tr.t("fund.currency")}</dt>
        <dd>{fund.currency}</dd>
        <dt>{tr.t("fund.rulesVersion")}</dt>
        <dd>
          {tr.t("fund.version", { version: fund.rules.version, date: tr.date(fund.rules.effective_from) })}
        </dd>
      </dl>
      <p>
        <a href={`/claims/new?fund=${encodeURIComponent(fund.id)}`}>{tr.t("claim.newTitle")}</a>
      </p>
      <HarmTable tr={tr} entries={rules.harm_table} />
      <h2>{tr.t("fund.exclusions")}</h2>
      <ul>
        {rules.exclusions.map((x) => (
          <li>
            {x.description} <span class="hint">({x.citation})</span>
          </li>
        ))}
      </ul>
      <h2>{tr.t("fund.deadlines")}</h2>
      <ul>
        <li>{tr.t("fund.deadlineInjury", { days: d.injury_days_from_discovery })}</li>
        <li>{tr.t("fund.deadlineDeath", { days: d.death_days_from_discovery })}</li>
        <li>{tr.t("fund.deadlineLongStop", { days: d.long_stop_days_from_interaction })}</li>
        <li>{tr.t("fund.appealWindow", { days: rules.appeals.window_days })}</li>
      </ul>
      <p class="hint">
        {d.citation}; {rules.appeals.citation}
      </p>
      <section class="scroll" tabindex={0} aria-label={tr.t("fund.awards")}>
        <table>
          <caption>{tr.t("fund.awards")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t("fund.colKind")}</th>
              <th scope="col">{tr.t("fund.colMinSeverity")}</th>
              <th scope="col">{tr.t("fund.colMax")}</th>
              <th scope="col">{tr.t("fund.colCitation")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.award_schedule.map((a) => (
              <tr>
                <th scope="row">{tr.label("claim.loss", a.kind)}</th>
                <td>{tr.label("severity", a.min_severity)}</td>
                <td>{m(a.max_minor)}</td>
                <td>{a.citation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2>{tr.t("fund.caps")}</h2>
      <ul>
        <li>{tr.t("fund.capClaim", { amount: m(rules.caps.per_claim_minor) })}</li>
        {Object.entries(rules.caps.per_kind_minor).map(([kind, minor]) => (
          <li>{tr.t("fund.capKind", { kind: tr.label("claim.loss", kind), amount: m(minor) })}</li>
        ))}
        <li>{tr.t("fund.capYear", { amount: m(rules.caps.annual_fund_minor) })}</li>
      </ul>
      <p class="hint">{rules.caps.citation}</p>
      <h2>{tr.t("fund.report")}</h2>
      {props.report ? <ReportTable tr={tr} report={props.report} /> : <p>{tr.t("fund.reportEmpty")}</p>}
    </Layout>
  );
}
