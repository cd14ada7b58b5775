import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "@/lib/domain/parse-csv";

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe("parseCsv", () => {
  it("splits plain fields and records, with LF, CRLF or CR line ends", () => {
    expect(fieldsOf("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(fieldsOf("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(fieldsOf("a,,c,\n,,,")).toEqual([
      ["a", "", "c", ""],
      ["", "", "", ""],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'name,notes\r\n"Acme, Inc.","She said ""hi""\r\nthen left"\r\n"",x\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["name", "notes"] },
      { line: 2, fields: ["Acme, Inc.", 'She said "hi"\r\nthen left'] },
      { line: 4, fields: ["", "x"] },
    ]);
  });

  it("numbers records by the line they start on, skipping blank lines and a byte-order mark", () => {
    const records = parseCsv('\uFEFFh1,h2\n\n"multi\nline",b\n\r\nlast,row');
    expect(records).toEqual([
      { line: 1, fields: ["h1", "h2"] },
      { line: 3, fields: ["multi\nline", "b"] },
      { line: 6, fields: ["last", "row"] },
    ]);
  });

  it("keeps spaces and non-ASCII text as written", () => {
    expect(fieldsOf(" Acme , 阿克米云计算有限公司 ,ＡＢＣ")).toEqual([[" Acme ", " 阿克米云计算有限公司 ", "ＡＢＣ"]]);
  });

  it("refuses an unclosed quote, a stray quote and text after a closing quote, naming the line", () => {
    const failure = (text: string) => {
      try {
        parseCsv(text);
      } catch (error) {
        return error;
      }
      throw new Error("parsed");
    };
    const unclosed = failure('a,b\n"open,b\nmore');
    expect(unclosed).toBeInstanceOf(CsvSyntaxError);
    expect((unclosed as CsvSyntaxError).line).toBe(2);
    expect((failure('a,b\nab"c,d') as CsvSyntaxError).line).toBe(2);
    expect((failure('a\n\n"x"y,z') as CsvSyntaxError).line).toBe(3);
  });

  it("reads back whatever a writer that quotes every field produces", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r\n", "é", "公") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(fieldsOf(text)).toEqual(rows);
      }),
    );
  });
});
