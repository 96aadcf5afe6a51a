import { type SQL, sql } from "drizzle-orm";
import * as catalog from "../../catalog";
import { actualityOf } from "../domain/fhir/adverse-event";
import {
  categoryCodings,
  EVENT_TYPE_DISPLAY,
  EVENT_TYPES,
  OUTCOME_CODING,
  OUTCOMES,
  SEVERITIES,
  seriousnessCoding,
  severityCoding,
  USE_ERROR_RISKS,
} from "../domain/fhir/codes";
import { registrySystems } from "../domain/fhir/systems";
import * as t from "../schema";
import {
  device,
  extensions,
  location,
  patientKnown,
  productName,
  subject,
  version,
} from "./fhir-contained-sql";
import {
  asRead,
  concatText,
  hasText,
  jsonString,
  lookup,
  OTHER,
  quoted,
  rendered,
  textLiteral,
  when,
} from "./sql-text";

/**
 * The Bundle entry of an incident's FHIR export ({"fullUrl", "resource": AdverseEvent}), built by the
 * database as NDJSON lines are: the text JSON.stringify writes for routes/export/formats.ts `fhirEvent`
 * (the reference the tests hold this to, byte for byte). Codings, displays and system URIs are
 * rendered here from the domain maps (codes.ts, systems.ts) and chosen per row by CASE (sql-text.ts
 * `lookup`); values of the row go through json_quote, which escapes exactly as JSON.stringify does.
 * The causality is not here: it comes from the liability module's frozen assessments, which JS splices
 * in before FHIR_ENTRY_CLOSE when there is one (services/export-enrich.ts).
 */

const i = t.incidents;
const sys = registrySystems();
const json = JSON.stringify;
const eventType = asRead(i.eventType);

/**
 * "category", then "event" up to its last risk coding: one correlated read of the incident's risks
 * (sorted, as the row batches sort them) with their catalog names. categoryCodings depends on the event
 * type and on whether the risks include use-error codes and other codes, so the lookup is rendered for
 * each of those four cases (`uses` is "" | "u" | "o" | "uo") from sample risk lists.
 */
const USE_ERROR_SAMPLE = [...USE_ERROR_RISKS][0] as string;
const RISK_SAMPLES: Record<string, string[]> = {
  "": [],
  u: [USE_ERROR_SAMPLE],
  o: [OTHER],
  uo: [USE_ERROR_SAMPLE, OTHER],
};
const isUseError = sql`code in (${sql.join([...USE_ERROR_RISKS].map(textLiteral), sql`, `)})`;
const useErrors = sql`total(${isUseError})`;
const uses = sql`(case when ${useErrors} > 0 then 'u' else '' end || case when count(*) > ${useErrors} then 'o' else '' end)`;
const category = lookup(uses, Object.keys(RISK_SAMPLES), (key) =>
  lookup(eventType, EVENT_TYPES, (e) =>
    json(categoryCodings(e, RISK_SAMPLES[key] ?? []).map((coding) => ({ coding: [coding] }))),
  ),
);
const eventTypeDisplay = (e: keyof typeof EVENT_TYPE_DISPLAY) => EVENT_TYPE_DISPLAY[e] as string | undefined;
const riskCoding = concatText([
  `,{"system":${json(sys.risk)},"code":`,
  sql`json_quote(code)`,
  ',"display":',
  sql`json_quote(name)`,
  "}",
]);
const categoryAndEvent = sql`(select ${concatText([
  ',"category":',
  category,
  `,"event":{"coding":[{"system":${json(sys.eventType)},"code":`,
  jsonString(i.eventType),
  lookup(eventType, EVENT_TYPES, (e) =>
    eventTypeDisplay(e) === undefined ? "" : `,"display":${json(eventTypeDisplay(e))}`,
  ),
  "}",
  sql`coalesce(group_concat(${riskCoding}, ''), '')`,
])} from (select ${asRead(sql`r.risk_code`)} as code, coalesce(${asRead(sql`c.name`)}, ${asRead(sql`r.risk_code`)}) as name from ${t.incidentRisks} r left join ${catalog.risks} c on c.code = r.risk_code where r.incident_id = ${i.id} order by r.risk_code))`;

const isFhirId = sql`(length(${i.id}) between 1 and 64 and ${asRead(i.id)} not glob '*[^A-Za-z0-9.-]*')`;
/**
 * bundle.ts's UUID test (8-4-4-4-12 hex digits, either case) in patterns D1 accepts (it refuses
 * LIKE/GLOB patterns over 50 bytes, so not one class per digit): LIKE puts the dashes where they
 * belong (`_` is any one character; a `?` would be taken for a parameter by the D1 reader), and the
 * 32 other characters are hex digits when unhex(), skipping dashes, reads 16 bytes from them.
 */
const UUID_SHAPE = [8, 4, 4, 4, 12].map((n) => "_".repeat(n)).join("-");
const isUuid = sql`(${asRead(i.id)} like ${textLiteral(UUID_SHAPE)} and length(unhex(${asRead(i.id)}, '-')) = 16)`;

/**
 * The entry's opening up to the resource's id: bundle.ts gives an entry a fullUrl when its id is a
 * UUID, which is also a FHIR id, so the usual case (the registry's ids are UUIDs) costs one GLOB and
 * only other ids the FHIR id test (whose leading `*` makes it the slower pattern).
 */
const RESOURCE_WITH_ID = '{"resourceType":"AdverseEvent","id":';
// A UUID is hex digits and dashes, which JSON writes as they are: no json_quote needed.
const idPrefix = sql`(case when ${isUuid} then ${concatText([
  '{"fullUrl":"urn:uuid:',
  asRead(i.id),
  `","resource":${RESOURCE_WITH_ID}"`,
  asRead(i.id),
  '"',
])} when ${isFhirId} then ${concatText([`{"resource":${RESOURCE_WITH_ID}`, jsonString(i.id)])} else ${textLiteral('{"resource":{"resourceType":"AdverseEvent"')} end)`;

/** What closes an entry after its suspect entity's instance: where JS splices a causality in. */
export const FHIR_ENTRY_CLOSE = "}]}}";

function fhirEntry(): SQL {
  const displayed = sql`${productName} || case when ${hasText(version)} then ' ' || ${asRead(version)} else '' end`;
  return concatText([
    idPrefix,
    ',"contained":[',
    subject,
    ",",
    device,
    ",",
    location,
    '],"extension":[',
    extensions,
    `],"identifier":{"system":${json(sys.incidentReference)},"value":`,
    jsonString(i.reference),
    '},"actuality":',
    lookup(eventType, EVENT_TYPES, (e) => json(actualityOf(e))),
    categoryAndEvent,
    "]",
    lookup(eventType, EVENT_TYPES, (e) =>
      eventTypeDisplay(e) === undefined ? "" : `,"text":${json(eventTypeDisplay(e))}`,
    ),
    '},"subject":{"reference":',
    sql`case when ${patientKnown} then '"#patient"' else '"#subject"' end`,
    '},"date":',
    jsonString(i.occurredAt),
    when(hasText(i.awareAt), [',"detected":', jsonString(i.awareAt)]),
    ',"recordedDate":',
    jsonString(i.receivedAt),
    ',"location":{"reference":"#location"},"seriousness":',
    lookup(eventType, EVENT_TYPES, (e) =>
      lookup(asRead(i.severity), SEVERITIES, (s) =>
        lookup(asRead(i.outcome), OUTCOMES, (o) => json({ coding: [seriousnessCoding(e, s, o)] })),
      ),
    ),
    lookup(asRead(i.severity), SEVERITIES, (s) => {
      const coding = severityCoding(s);
      return coding ? `,"severity":${json({ coding: [coding] })}` : "";
    }),
    ',"outcome":',
    lookup(asRead(i.outcome), OUTCOMES, (o) => json({ coding: [OUTCOME_CODING[o]] })),
    ',"suspectEntity":[{"instance":{"reference":"#device","display":',
    quoted(displayed),
    "}",
    FHIR_ENTRY_CLOSE,
  ]);
}

/** The FHIR Bundle entry of a batch row (over the joined tables), without its causality. */
export const FHIR_ENTRY = rendered(fhirEntry());
