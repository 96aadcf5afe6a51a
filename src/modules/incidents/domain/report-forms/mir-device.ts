import territories from "../../../../../law/territories.json";
import { byReporter, calendarDate, type FormField, filled, fromRegistry, notAvailable } from "./fields";
import type { ReportFormInput } from "./input";

/** MIR 7.3.1 section 2, medical device information, from the registry's product and regulatory facts. */

/** EU Member States (law/territories.json) plus EEA EFTA states, Switzerland and Turkey, as MIR 2.5 groups them. */
const EEA_CH_TR = new Set<string>([
  "EU",
  ...territories.territories.EU.members,
  "IS",
  "LI",
  "NO",
  "CH",
  "TR",
]);
/** MDR Annex VIII classes (with the Art. 52(7) class I variants) and IVDR Annex VIII classes. */
const RISK_CLASSES: Record<"mdr" | "ivdr", readonly string[]> = {
  mdr: ["I", "Is", "Im", "Ir", "IIa", "IIb", "III"],
  ivdr: ["A", "B", "C", "D"],
};

/** Section 2. The registry has no UDI, nomenclature or certificate data, so most of it is the maker's. */
export function deviceInformation(input: ReportFormInput) {
  const p = input.product;
  const noProduct = "the incident is not matched to a registered product";
  const absent = <T = string>(label: string, what: string) =>
    notAvailable<T>(label, p ? `the registry does not record the ${what}` : noProduct);
  const md = p?.medical_device;
  const legislation = md?.value === "mdr" || md?.value === "ivdr" ? md.value : null;
  const cls = (regime: "mdr" | "ivdr", label: string): FormField<string> => {
    if (legislation !== regime)
      return notAvailable(label, `not an ${regime.toUpperCase()} device in the registry`);
    const value = md?.device_class ?? null;
    if (value === null) return notAvailable(label, "no device class recorded");
    // Only a class the form can carry is filled; anything else is named in the reason, not passed on.
    return RISK_CLASSES[regime].includes(value)
      ? filled(label, value, "product.medical_device.device_class")
      : notAvailable(label, `unrecognised class ${value} in the registry`);
  };
  const markets = p?.markets ?? [];
  const firstPlaced = markets
    .map((m) => calendarDate(m.placed_at))
    .filter((d) => d !== null)
    .sort()[0];
  const eea = markets.map((m) => m.territory).filter((t) => EEA_CH_TR.has(t));
  const other = markets.map((m) => m.territory).filter((t) => !EEA_CH_TR.has(t));
  const distribution = (label: string, list: string[]) =>
    list.length
      ? filled(label, list, "product.markets (territory codes; EU = the Union as a whole)")
      : notAvailable<string[]>(label, "no such market recorded");
  return {
    udi_di: absent("UDI-DI", "UDI-DI"),
    udi_di_issuing_entity: absent<"gs1" | "hibcc" | "iccbba" | "ifa">("UDI-DI issuing entity", "UDI-DI"),
    udi_pi: absent("UDI-PI", "UDI-PI"),
    basic_udi_di: absent("Basic UDI-DI", "Basic UDI-DI"),
    basic_udi_di_issuing_entity: absent<"gs1" | "hibcc" | "iccbba" | "ifa">(
      "Basic UDI-DI issuing entity",
      "Basic UDI-DI",
    ),
    unit_of_use_udi_di: absent("Unit of use UDI-DI", "unit of use UDI-DI"),
    nomenclature_system: absent<"emdn" | "gmdn" | "other">("Nomenclature system", "nomenclature"),
    nomenclature_code: absent("Nomenclature code", "nomenclature code"),
    nomenclature_term: absent("Nomenclature description", "nomenclature term"),
    brand_name: fromRegistry("Brand / trade name", p?.name, "product.name", noProduct),
    device_description: fromRegistry(
      "Device description / intended use",
      p?.intended_purpose,
      "product.intended_purpose",
      noProduct,
    ),
    model_number: absent("Model number", "model number"),
    catalogue_number: absent("Catalogue number", "catalogue number"),
    serial_number: absent("Serial number(s)", "serial number"),
    lot_batch_number: absent("Lot / batch number(s)", "lot or batch"),
    software_version: fromRegistry(
      "Software version",
      p?.version,
      "product.version (the version involved)",
      p ? "the version involved is not recorded" : noProduct,
    ),
    firmware_version: absent("Firmware version", "firmware version"),
    manufacturing_date: absent("Device manufacturing date", "manufacturing date"),
    expiry_date: absent("Device expiry date", "expiry date"),
    notified_body_id: absent("Notified body ID number", "notified body"),
    nb_certificate_numbers: absent<string[]>("NB certificate number(s)", "certificates"),
    market_date: firstPlaced
      ? filled("Date device placed on market", firstPlaced, "inferred: earliest product.markets placed_at")
      : notAvailable<string>("Date device placed on market", p ? "no market recorded" : noProduct),
    applicable_legislation: legislation
      ? filled("Applicable legislation", legislation, "product.medical_device.value")
      : notAvailable<"mdr" | "ivdr">(
          "Applicable legislation",
          p ? "not recorded as an MDR/IVDR device" : noProduct,
        ),
    risk_class_mdr: cls("mdr", "Risk class (MDR)"),
    risk_class_ivdr: cls("ivdr", "Risk class (IVDR)"),
    device_type_flags: byReporter<string[]>("Device type (implantable, active, software, …)"),
    distribution_countries_eea: distribution(
      "Market distribution of the device: EEA, Switzerland and Turkey",
      eea,
    ),
    distribution_countries_other: distribution("Market distribution of the device: other countries", other),
    accessories: absent("Accessories used", "accessories"),
    associated_devices: absent("Associated devices", "associated devices"),
  };
}
