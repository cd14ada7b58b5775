import { describe, expect, it } from "vitest";
import { fieldError } from "@/lib/i18n/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readCustomerCsv } from "@/lib/domain/customers/customer-csv";

const HEADER = "name,aliases,contact_emails,agreement_reference,active,notes";
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readCustomerCsv(bytes(text));

describe("readCustomerCsv", () => {
  it("reads each row as a customer: lists split on semicolons, active by default", () => {
    const result = read(
      `${HEADER}\r\nAcme Cloud Limited,阿克米云计算;AcmeCloud,privacy@acme.example; dpo@acme.example ,MSA-2024-017,,"Signed 2024, renewed"\r\n` +
        `Globex Corporation,,privacy@globex.example,,no,\r\n`,
    );
    expect(result).toEqual({
      rejected: [],
      rows: [
        {
          line: 2,
          key: "acmecloud",
          fields: {
            name: "Acme Cloud Limited",
            aliases: ["阿克米云计算", "AcmeCloud"],
            contactEmails: ["privacy@acme.example", "dpo@acme.example"],
            agreementReference: "MSA-2024-017",
            active: true,
            notes: "Signed 2024, renewed",
            locale: "en",
          },
        },
        {
          line: 3,
          key: "globex",
          fields: {
            name: "Globex Corporation",
            aliases: [],
            contactEmails: ["privacy@globex.example"],
            agreementReference: undefined,
            active: false,
            notes: undefined,
            locale: "en",
          },
        },
      ],
    });
  });

  it("accepts the columns in any order and in any case", () => {
    const result = read(
      "Notes,ACTIVE,name,contact_emails,aliases,agreement_reference\n,yes,Initech,a@initech.example,,\n",
    );
    expect("rows" in result && result.rows[0]?.fields.name).toBe("Initech");
  });

  it("reads an optional language column: en or zh in any case, empty as en, anything else rejected by line", () => {
    const result = read(
      [
        "language,name,aliases,contact_emails,agreement_reference,active,notes",
        "ZH,Tencent Cloud,,a@t.example,,,",
        ",Initech,,a@i.example,,,",
        "chinese,Globex,,a@g.example,,,",
      ].join("\n"),
    );
    expect("rows" in result && result.rows.map((r) => [r.line, r.fields.locale])).toEqual([
      [2, "zh"],
      [3, "en"],
    ]);
    expect("rejected" in result && result.rejected).toEqual([
      { line: 4, name: "Globex", reasons: ["language: choose_en_or_zh"] },
    ]);
    const misspelt = read(`${HEADER},lang\nAcme,,a@acme.example,,,,zh\n`);
    expect("fatal" in misspelt && misspelt.fatal).toBe("csv_header");
  });

  it("rejects bad rows with their line and reasons, and names repeated in the file", () => {
    const result = read(
      [
        HEADER,
        "Acme Cloud Limited,,privacy@acme.example,,,",
        ",,not-an-address,,maybe,",
        '"Multi',
        'line notes",,x@example.com,,,',
        "ACME cloud ltd.,,other@acme.example,,,",
        "Too,few,fields",
      ].join("\n"),
    );
    expect("rejected" in result && result.rejected).toEqual([
      {
        line: 3,
        name: "",
        reasons: [
          "name: enter_customer_name",
          `contact_emails: ${fieldError("contact_email_invalid", { address: "not-an-address" })}`,
          "active: true_or_false",
        ],
      },
      { line: 6, name: "ACME cloud ltd.", reasons: ["name: same_customer_as_line:2"] },
      { line: 7, name: "Too", reasons: ["row_field_count:6"] },
    ]);
    expect("rows" in result && result.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("requires at least one contact address", () => {
    const result = read(`${HEADER}\nAcme,,,,,\n`);
    expect("rejected" in result && result.rejected[0]?.reasons).toEqual([
      "contact_emails: enter_contact_email",
    ]);
  });

  it.each([
    ["an empty file", "", "file_empty"],
    ["a header only", `${HEADER}\n`, "header_without_customers"],
    ["a wrong header", "name,emails\nAcme,a@b.example\n", "csv_header"],
    ["broken quoting", `${HEADER}\n"Acme,,a@b.example,,,\n`, "csv_syntax:2"],
  ])("refuses %s as a whole", (_what, text, message) => {
    const result = read(text);
    expect("fatal" in result && result.fatal).toContain(message);
  });

  it("refuses binary files, files over 2 MB and over 5,000 rows", () => {
    expect(readCustomerCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]))).toEqual({
      fatal: "not_csv_text",
    });
    const fatalOf = (result: ReturnType<typeof readCustomerCsv>) => ("fatal" in result ? result.fatal : "");
    expect(fatalOf(readCustomerCsv(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe("import_file_too_large");
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `C${i},,c${i}@example.com,,,`);
    expect(fatalOf(read([HEADER, ...rows].join("\n")))).toBe(`too_many_rows:${MAX_IMPORT_ROWS}`);
  });
});
