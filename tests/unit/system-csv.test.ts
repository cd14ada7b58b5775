import { describe, expect, it } from "vitest";
import { readSystemCsv } from "@/lib/domain/systems/system-csv";
import { systemNameKey } from "@/lib/domain/systems/system-schema";

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = "name,description,owner_emails,data_categories,request_types,regimes,reach,webhook_url,active";

describe("reading a CSV list of systems", () => {
  it("reads columns in any order, a byte-order mark, quoted cells and codes in any case", () => {
    const text =
      "\uFEFFreach,name,active,request_types,regimes,owner_emails,description,data_categories,webhook_url,language\r\n" +
      'webhook,"Hooks, Inc.",no,deletion; objection,cn_pipl,,"Line one\nline two",email;email,https://h.example.com/in,ZH\r\n' +
      "MANUAL,Archive,,ACCESS,,a@example.com;A@example.com,,,,\r\n";
    const csv = readSystemCsv(bytes(text));
    if ("fatal" in csv) throw new Error(csv.fatal);
    expect(csv.rejected).toEqual([]);
    expect(csv.rows.map((r) => [r.line, r.fields])).toEqual([
      [
        2,
        {
          name: "Hooks, Inc.",
          description: "Line one\nline two",
          ownerIds: [],
          ownerEmails: [],
          locale: "zh",
          dataCategories: ["email"],
          requestTypes: ["DELETION", "OBJECTION"],
          regimes: ["CN_PIPL"],
          reach: "WEBHOOK",
          webhookUrl: "https://h.example.com/in",
          active: false,
        },
      ],
      [
        4,
        {
          name: "Archive",
          description: null,
          ownerIds: [],
          ownerEmails: ["a@example.com"],
          locale: "en",
          dataCategories: [],
          requestTypes: ["ACCESS"],
          regimes: [],
          reach: "MANUAL",
          webhookUrl: null,
          active: true,
        },
      ],
    ]);
  });

  it("counts staff owners as owners of a manual system and keeps their addresses for the use-case", () => {
    const csv = readSystemCsv(
      bytes(`${HEADER},staff_owners\nLedger,,,,ACCESS,,MANUAL,,,Pat@Example.com; pat@example.com`),
    );
    if ("fatal" in csv) throw new Error(csv.fatal);
    expect(csv.rejected).toEqual([]);
    expect(csv.rows[0]!.staffOwnerEmails).toEqual(["pat@example.com"]);
  });

  it("treats names that differ only in case, width or spacing as one system", () => {
    expect(systemNameKey(" Ｃｒｍ   Core ")).toBe(systemNameKey("crm core"));
    const csv = readSystemCsv(
      bytes(`${HEADER}\nCRM Core,,a@example.com,,ACCESS,,,,\ncrm  core,,a@example.com,,ACCESS,,,,`),
    );
    if ("fatal" in csv) throw new Error(csv.fatal);
    expect(csv.rejected).toEqual([{ line: 3, name: "crm  core", reasons: ["name: same_system_as_line:2"] }]);
  });

  it("refuses a header with a column missing, unknown or repeated, and a file of more than 2,000 rows", () => {
    for (const header of [HEADER.replace(",active", ""), `${HEADER},colour`, `${HEADER},name`]) {
      expect(readSystemCsv(bytes(`${header}\nX,,a@example.com,,ACCESS,,,,`))).toEqual({ fatal: "systems_csv_header" });
    }
    const rows = Array.from({ length: 2001 }, (_, i) => `S${i},,a@example.com,,ACCESS,,,,`);
    expect(readSystemCsv(bytes([HEADER, ...rows].join("\n")))).toEqual({ fatal: "too_many_rows:2000" });
    expect(readSystemCsv(bytes(""))).toEqual({ fatal: "file_empty" });
  });
});
