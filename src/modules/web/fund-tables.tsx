import type { Figure, FundReportView, HarmEntry } from "./fund-page";
import type { Translator } from "./i18n/translator";

const list = (items: string[] | undefined, label: (code: string) => string, any: string) =>
  items?.length ? items.map(label).join(", ") : any;

const HARM_COLUMNS = [
  "fund.colEntry",
  "fund.colDescription",
  "fund.colRisks",
  "fund.colUseAreas",
  "fund.colEventTypes",
  "fund.colMinSeverity",
  "fund.colOnset",
  "fund.colPresumed",
  "fund.colCitation",
] as const;

export function HarmTable(props: { tr: Translator; entries: HarmEntry[] }) {
  const { tr } = props;
  return (
    <section class="scroll" tabindex={0} aria-label={tr.t("fund.harmTable")}>
      {/* On a phone each entry stacks into a card (table.stack): nine columns do not fit. */}
      <table class="stack">
        <caption>{tr.t("fund.harmTable")}</caption>
        <thead>
          <tr>
            {HARM_COLUMNS.map((k) => (
              <th scope="col">{tr.t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => {
            const cell = (i: number, text: string) => (
              <td data-label={tr.t(HARM_COLUMNS[i] ?? "fund.colEntry")}>{text}</td>
            );
            return (
              <tr>
                <th scope="row">{e.id}</th>
                {cell(1, e.description)}
                {cell(
                  2,
                  list(e.risk_codes, (c) => tr.label("risk", c), ""),
                )}
                {cell(
                  3,
                  list(e.use_areas, (c) => tr.label("useArea", c), tr.t("fund.any")),
                )}
                {cell(
                  4,
                  list(e.event_types, (c) => tr.label("eventType", c), tr.t("fund.any")),
                )}
                {cell(5, tr.label("severity", e.min_severity))}
                {cell(6, tr.t("fund.onset", { min: e.onset_window_days.min, max: e.onset_window_days.max }))}
                {cell(7, tr.t(e.presumed_causation ? "common.yes" : "common.no"))}
                {cell(8, e.citation)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
/** The public report: one row per harm-table entry and year (or their totals); small cells suppressed. */
export function ReportTable(props: { tr: Translator; report: FundReportView }) {
  const { tr, report: r } = props;
  const key = (row: string | null, bucket: string | null | undefined) => `${row ?? ""}|${bucket ?? ""}`;
  const cell = (figures: Figure[], f: Figure) => {
    const v = figures.find((x) => key(x.row, x.bucket) === key(f.row, f.bucket))?.value;
    if (!v) return "";
    return v.suppressed ? tr.t("fund.suppressed", { k: r.k }) : tr.number(v.count);
  };
  const median = (f: Figure) => {
    const m = r.median_days_to_decision.find(
      (x) => key(x.harm_table_entry, x.year) === key(f.row, f.bucket),
    )?.value;
    if (!m) return "";
    if (m.suppressed) return tr.t("fund.suppressed", { k: r.k });
    return m.days === null ? "" : tr.number(m.days);
  };
  if (r.received.length === 0) return <p>{tr.t("fund.reportEmpty")}</p>;
  return (
    <section class="scroll" tabindex={0} aria-label={tr.t("fund.report")}>
      <table>
        <caption>{tr.t("fund.report")}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.t("fund.colEntry")}</th>
            <th scope="col">{tr.t("fund.colYear")}</th>
            <th scope="col">{tr.t("fund.colReceived")}</th>
            <th scope="col">{tr.t("fund.colDecided")}</th>
            <th scope="col">{tr.t("fund.colApproved")}</th>
            <th scope="col">{tr.t("fund.colPaid")}</th>
            <th scope="col">{tr.t("fund.colMedian")}</th>
          </tr>
        </thead>
        <tbody>
          {r.received.map((f) => (
            <tr>
              <th scope="row">{f.row ?? tr.t("fund.all")}</th>
              <td>{f.bucket ?? tr.t("fund.all")}</td>
              <td>{cell(r.received, f)}</td>
              <td>{cell(r.decided, f)}</td>
              <td>{cell(r.approved, f)}</td>
              <td>{cell(r.paid, f)}</td>
              <td>{median(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
