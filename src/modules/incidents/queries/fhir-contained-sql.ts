import { sql } from "drizzle-orm";
import * as registry from "../../registry";
import { anonymousSubject, LANGUAGE_SYSTEM, PRODUCT_PLACEHOLDER } from "../domain/fhir/adverse-event";
import { GENDER, PATIENT_SEXES } from "../domain/fhir/codes";
import { registrySystems } from "../domain/fhir/systems";
import * as t from "../schema";
import { asRead, concatText, hasText, jsonString, lookup, quoted, textLiteral, when } from "./sql-text";

/**
 * The contained resources of a FHIR entry (fhir-entry-sql.ts) and its extensions, as SQL text over
 * the export's batch row (the incident joined with its product, version and manufacturer): what
 * routes/export/formats.ts `fhirEvent` and domain/fhir/adverse-event.ts write, with the same rules
 * for what is left out.
 */

const i = t.incidents;
const { products, productVersions, actors } = registry;
const sys = registrySystems();
const json = JSON.stringify;

/** fhirEvent's subject is a Patient when anything about the person is known, else a Group. */
export const patientKnown = sql`(${hasText(i.ageBand)} or ${hasText(i.sex)} or ${hasText(i.language)})`;
export const subject = sql`(case when ${patientKnown} then ${concatText([
  '{"resourceType":"Patient","id":"patient"',
  when(hasText(i.ageBand), [
    `,"extension":[{"url":${json(sys.ageBandExtension)},"valueString":`,
    jsonString(i.ageBand),
    "}]",
  ]),
  lookup(asRead(i.sex), PATIENT_SEXES, (s) => (GENDER[s] ? `,"gender":${json(GENDER[s])}` : "")),
  when(hasText(i.language), [
    `,"communication":[{"language":{"coding":[{"system":${json(LANGUAGE_SYSTEM)},"code":`,
    jsonString(i.language),
    "}]}}]",
  ]),
  "}",
])} else ${concatText([json(anonymousSubject())])} end)`;

// fhirEvent's product: the joined product when it has a registration number, else the placeholders.
const registered = sql`(${products.registrationNumber} is not null)`;
export const productName = sql`coalesce(case when ${registered} then ${asRead(products.name)} end, ${asRead(i.productNameText)}, ${textLiteral(PRODUCT_PLACEHOLDER.name)})`;
export const version = productVersions.version;

export const device = concatText([
  '{"resourceType":"Device","id":"device"',
  // No registered product: fhirEvent drops the identifiers rather than export placeholder ids.
  when(hasText(i.productId), [
    `,"identifier":[{"system":${json(sys.productRegistration)},"value":`,
    quoted(
      sql`coalesce(${asRead(products.registrationNumber)}, ${textLiteral(PRODUCT_PLACEHOLDER.registrationNumber)})`,
    ),
    `},{"system":${json(sys.product)},"value":`,
    jsonString(i.productId),
    "}",
    when(hasText(i.productVersionId), [
      `,{"system":${json(sys.productVersion)},"value":`,
      jsonString(i.productVersionId),
      "}",
    ]),
    "]",
  ]),
  ',"deviceName":[{"name":',
  quoted(productName),
  ',"type":"user-friendly-name"}]',
  when(sql`${registered} and ${hasText(actors.name)}`, [',"manufacturer":', jsonString(actors.name)]),
  when(hasText(version), [',"version":[{"value":', jsonString(version), "}]"]),
  "}",
]);

export const location = concatText([
  `{"resourceType":"Location","id":"location","type":[{"coding":[{"system":${json(sys.setting)},"code":`,
  jsonString(i.setting),
  '}]}],"address":{"country":',
  jsonString(i.country),
  "}}",
]);

/** The use area (when there is one) and case status extensions. */
export const extensions = concatText([
  // No use area: fhirEvent drops the extension rather than export an empty code.
  when(hasText(i.useArea), [
    `{"url":${json(sys.useAreaExtension)},"valueCoding":{"system":${json(sys.useArea)},"code":`,
    jsonString(i.useArea),
    "}},",
  ]),
  `{"url":${json(sys.caseStatusExtension)},"extension":[{"url":"status","valueCoding":{"system":${json(sys.caseStatus)},"code":`,
  jsonString(i.status),
  "}}",
  when(hasText(i.closure), [',{"url":"closureReason","valueString":', jsonString(i.closure), "}"]),
  "]}",
]);
