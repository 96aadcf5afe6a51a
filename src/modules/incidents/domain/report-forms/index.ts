import art73Schema from "../../../../../law/report-forms/eu-ai-act-art73.schema.json";
import mdrArt87Schema from "../../../../../law/report-forms/eu-mdr-art87.schema.json";
import type { ReportFormInput } from "./input";

export {
  ART73_CLASSIFICATION_LABELS,
  ART73_FORM,
  ART73_OPTION_LABELS,
  ART73_SECTION_TITLES,
  type Art73Classification,
  type Art73Report,
  type Art73Sections,
  type Art73SubmitterRole,
  art73Report,
} from "./art73";
export {
  type FieldStatus,
  type FormField,
  type FormIdentity,
  REPORT_TYPE_LABELS,
  REPORT_TYPES,
  ReportFormRegimeError,
  type ReportType,
} from "./fields";
export { escapeHtml, reportFormHtml } from "./html";
export type { ReportFormActor, ReportFormInput } from "./input";
export {
  MIR_CLASSIFICATION_LABELS,
  MIR_DENOMINATOR_BASES,
  MIR_FORM,
  MIR_OPTION_LABELS,
  MIR_SECTION_TITLES,
  type MirClassification,
  type MirReport,
  type MirSections,
  type MirSubmitterRole,
  mirReport,
  type SimilarIncidentsRow,
} from "./mir";

/** The JSON Schema (draft 2020-12) of each prefilled report, keyed by regime, for validation and docs. */
export const REPORT_FORM_SCHEMAS: Record<ReportFormInput["regime"], Record<string, unknown>> = {
  "eu-ai-act-art73": art73Schema,
  "eu-mdr-art87": mdrArt87Schema,
};
