import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvColumn,
  csvField,
  csvHeader,
  csvLine,
  csvRow,
  ndjsonLine,
  toCsv,
  toNdjson,
} from "../../src/modules/incidents";

/** Minimal RFC 4180 parser, independent of the encoder, to check round trips. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += ch;
  }
  return records;
}

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line1\nline2", '"line1\nline2"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
  ])("encodes %j as %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+441234", "'+441234"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])("neutralises formula-looking text %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("writes typed values without the formula prefix", () => {
    expect([-3, 2.5, 10n, true, null, undefined, Number.NaN, Number.POSITIVE_INFINITY].map(csvField)).toEqual(
      ["-3", "2.5", "10", "true", "", "", "", ""],
    );
    expect(csvField(new Date("2026-03-01T09:30:00Z"))).toBe("2026-03-01T09:30:00.000Z");
  });
});

describe("CSV records", () => {
  interface Row {
    reference: string;
    country: string;
    count: number;
    note: string | null;
  }
  const columns: CsvColumn<Row>[] = [
    "reference",
    "country",
    { header: "incident count", value: (r) => r.count },
    { header: "note", value: (r) => r.note },
  ];
  const rows: Row[] = [
    { reference: "INC-1", country: "KE", count: 3, note: 'said "stop", then left' },
    { reference: "INC-2", country: "FR", count: -1, note: null },
  ];

  it("writes a header from the column list and CRLF-terminated records", () => {
    expect(csvHeader(columns)).toBe("reference,country,incident count,note\r\n");
    expect(csvRow(rows[0] as Row, columns)).toBe('INC-1,KE,3,"said ""stop"", then left"\r\n');
    expect(toCsv(rows, columns)).toBe(
      'reference,country,incident count,note\r\nINC-1,KE,3,"said ""stop"", then left"\r\nINC-2,FR,-1,\r\n',
    );
  });

  it("round-trips arbitrary text through an RFC 4180 parser (modulo the formula prefix)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (records) => {
          const parsed = parseCsv(records.map((r) => csvLine(r)).join(""));
          const expected = records.map((r) => r.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)));
          expect(parsed).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ndjson", () => {
  it("writes one LF-terminated JSON text per value, even for multi-line strings", () => {
    const text = toNdjson([{ a: 1 }, { note: "line1\nline2\r\n" }, null]);
    expect(text).toBe('{"a":1}\n{"note":"line1\\nline2\\r\\n"}\nnull\n');
    expect(
      text
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([{ a: 1 }, { note: "line1\nline2\r\n" }, null]);
  });

  it("rejects values without a JSON form", () => {
    expect(() => ndjsonLine(undefined)).toThrow(TypeError);
    expect(() => ndjsonLine(() => 1)).toThrow(TypeError);
  });
});
