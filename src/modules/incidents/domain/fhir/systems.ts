/**
 * URIs of the registry's own code systems, identifier namespaces and extensions, all derived from one
 * configurable base so a deployment can publish them under its own domain. The default is a
 * placeholder under example.org (reserved, never resolvable) until a canonical base is chosen.
 */
export const DEFAULT_SYSTEM_BASE = "https://lmm-registry.example.org/fhir";

export function registrySystems(base: string = DEFAULT_SYSTEM_BASE) {
  const b = base.replace(/\/+$/, "");
  return {
    eventType: `${b}/CodeSystem/event-type`,
    risk: `${b}/CodeSystem/risk`,
    setting: `${b}/CodeSystem/setting`,
    useArea: `${b}/CodeSystem/use-area`,
    caseStatus: `${b}/CodeSystem/case-status`,
    incidentReference: `${b}/sid/incident-reference`,
    productRegistration: `${b}/sid/product-registration`,
    product: `${b}/sid/product`,
    productVersion: `${b}/sid/product-version`,
    ageBandExtension: `${b}/StructureDefinition/age-band`,
    useAreaExtension: `${b}/StructureDefinition/use-area`,
    caseStatusExtension: `${b}/StructureDefinition/case-status`,
  } as const;
}

export type RegistrySystems = ReturnType<typeof registrySystems>;
