/**
 * FHIR R4 Bundles, whole or streamed.
 *
 * The streaming form lets an exporter write a Bundle of any size without holding it in memory:
 *
 *   write(bundleHead(opts));
 *   let n = 0;
 *   for await (const r of rows) write(bundleEntry(toAdverseEvent(r), n++ === 0, opts));
 *   write(bundleTail(n, opts));
 *
 * Why the "entry" key is opened by the first entry and `total` is written by the tail: FHIR JSON forbids
 * empty arrays, so an empty result must have no "entry" at all, and a searchset's total is only known
 * once the stream ends (JSON member order is not significant, so writing it last is fine).
 * toBundle() builds the same object in memory; the tests check both agree.
 */
import type { Bundle, BundleEntry, FhirResource } from "./types";

export interface BundleOptions {
  /** "collection" (default) for exports; "searchset" for search results (entries get search.mode). */
  type?: "collection" | "searchset";
  id?: string;
  /** FHIR instant, e.g. from the injected clock; omitted when not given so output stays deterministic. */
  timestamp?: string;
  /** Server base; with it, entries with an id get fullUrl `${baseUrl}/${resourceType}/${id}`. */
  baseUrl?: string;
  /** searchset only: total matches when the Bundle is one page; defaults to the number of entries. */
  total?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toBundle<R extends FhirResource>(
  resources: readonly R[],
  options: BundleOptions = {},
): Bundle<R> {
  const bundle: Bundle<R> = { resourceType: "Bundle", ...headFields(options) };
  if (resources.length > 0) bundle.entry = resources.map((r) => toEntry(r, options));
  if (bundle.type === "searchset") bundle.total = options.total ?? resources.length;
  return bundle;
}

/** Opening of the Bundle object, without a closing brace. */
export function bundleHead(options: BundleOptions = {}): string {
  const head = JSON.stringify({ resourceType: "Bundle", ...headFields(options) });
  return head.slice(0, -1);
}

/** One entry, prefixed by the separator (or by the opening of "entry" for the first one). */
export function bundleEntry(resource: FhirResource, isFirst: boolean, options: BundleOptions = {}): string {
  return bundleEntryText(bundleEntryJson(resource, options), isFirst);
}

/** An entry's JSON, without the separator. */
export function bundleEntryJson(resource: FhirResource, options: BundleOptions = {}): string {
  return JSON.stringify(toEntry(resource, options));
}

/**
 * An entry already written as JSON (by bundleEntryJson, or by the database: the export's SQL-built
 * entries), prefixed as bundleEntry prefixes it.
 */
export function bundleEntryText(entryJson: string, isFirst: boolean): string {
  return (isFirst ? ',"entry":[' : ",") + entryJson;
}

/** Closes "entry" (if any entry was written) and the Bundle; adds total for a searchset. */
export function bundleTail(entriesWritten: number, options: BundleOptions = {}): string {
  const total =
    (options.type ?? "collection") === "searchset" ? `,"total":${options.total ?? entriesWritten}` : "";
  return `${entriesWritten > 0 ? "]" : ""}${total}}`;
}

function headFields(options: BundleOptions): Pick<Bundle, "id" | "type" | "timestamp"> {
  return {
    ...(options.id ? { id: options.id } : {}),
    type: options.type ?? "collection",
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  };
}

function toEntry<R extends FhirResource>(resource: R, options: BundleOptions): BundleEntry<R> {
  const entry: BundleEntry<R> = { resource };
  const fullUrl = fullUrlOf(resource, options.baseUrl);
  if (fullUrl) entry.fullUrl = fullUrl;
  if (options.type === "searchset") entry.search = { mode: "match" };
  // fullUrl first, as in the spec's examples; purely cosmetic for readers of the raw JSON.
  return fullUrl ? { fullUrl, ...entry } : entry;
}

function fullUrlOf(resource: FhirResource, baseUrl: string | undefined): string | undefined {
  if (!resource.id) return undefined;
  if (baseUrl) return `${baseUrl.replace(/\/+$/, "")}/${resource.resourceType}/${resource.id}`;
  // Without a server base, only a UUID id has a standard absolute form.
  return UUID.test(resource.id) ? `urn:uuid:${resource.id}` : undefined;
}
