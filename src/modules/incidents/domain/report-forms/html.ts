import { ART73_OPTION_LABELS, ART73_SECTION_TITLES, type Art73Report } from "./art73";
import type { FieldStatus, FormField } from "./fields";
import { MIR_OPTION_LABELS, MIR_SECTION_TITLES, type MirReport } from "./mir";

/**
 * A prefilled report as one printable HTML document. It is self-contained (inline style, no scripts, no
 * external resources; the CSP meta forbids them should a value ever slip through) so it can be saved,
 * mailed or printed to PDF as it is. Every value is escaped; empty fields are shown as empty, in words
 * as well as colour, so a black-and-white print still tells the regulator what the registry could not fill.
 */

const LAYOUT: Record<
  (Art73Report | MirReport)["regime"],
  { titles: Record<string, string>; options: Record<string, Record<string, string>> }
> = {
  "eu-ai-act-art73": { titles: ART73_SECTION_TITLES, options: ART73_OPTION_LABELS },
  "eu-mdr-art87": { titles: MIR_SECTION_TITLES, options: MIR_OPTION_LABELS },
};

const STATUS_TEXT: Record<FieldStatus, string> = {
  filled: "Prefilled by the registry",
  not_available: "Not available in the registry",
  to_be_completed_by_reporter: "To be completed by the reporter",
};

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const STYLE = `
body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 1px solid #444; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.field { width: 34%; }
td.status { width: 18%; }
.key, .source { display: block; font-size: 8.5pt; color: #555; }
.key { font-family: ui-monospace, monospace; }
tr.not_available td.value, tr.to_be_completed_by_reporter td.value { font-style: italic; }
tr.not_available td { background: #f1f1f1; }
tr.to_be_completed_by_reporter td { background: #fff4d6; }
.empty { font-weight: bold; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { margin: 0; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

function renderScalar(value: unknown, options: Record<string, string> | undefined): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string" && options?.[value] !== undefined) {
    return `${escapeHtml(options[value] ?? value)} <span class="key">${escapeHtml(value)}</span>`;
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(String(v))}`)
      .join("; ");
  }
  return escapeHtml(String(value));
}

function renderValue(field: FormField<unknown>, options: Record<string, string> | undefined): string {
  if (field.value === null) return `<span class="empty">[${STATUS_TEXT[field.status]}]</span>`;
  if (Array.isArray(field.value)) return field.value.map((v) => renderScalar(v, options)).join("<br>");
  return renderScalar(field.value, options);
}

function renderRow(
  key: string,
  field: FormField<unknown>,
  options: Record<string, string> | undefined,
): string {
  const source = field.source ? `<span class="source">${escapeHtml(field.source)}</span>` : "";
  return `<tr class="${field.status}"><td class="field">${escapeHtml(field.label)}<span class="key">${escapeHtml(key)}</span></td><td class="value">${renderValue(field, options)}${source}</td><td class="status">${STATUS_TEXT[field.status]}</td></tr>`;
}

export function reportFormHtml(report: Art73Report | MirReport): string {
  const layout = LAYOUT[report.regime];
  const sections = Object.entries(report.sections) as [string, Record<string, FormField<unknown>>][];
  const all = sections.flatMap(([, fields]) => Object.values(fields));
  const count = (s: FieldStatus) => all.filter((f) => f.status === s).length;
  const body = sections.map(([key, fields]) => {
    const rows = Object.entries(fields).map(([name, field]) => renderRow(name, field, layout.options[name]));
    return `<section id="${escapeHtml(key)}"><h2>${escapeHtml(layout.titles[key] ?? key)}</h2><table><thead><tr><th>Field</th><th>Value</th><th>Status</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
  });
  const { form } = report;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(form.title)} (prefilled)</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(form.title)}</h1>
<p>Template version ${escapeHtml(form.version)}, ${escapeHtml(form.source)}. Regime: ${escapeHtml(report.regime)}. Generated by the registry at ${escapeHtml(report.generated_at)}.</p>
<p>${count("filled")} of ${all.length} fields prefilled by the registry; ${count("to_be_completed_by_reporter")} to be completed by the reporter; ${count("not_available")} not available in the registry. This is a prefilled draft, not a submitted report.</p>
</header>
${body.join("\n")}
</body>
</html>
`;
}
