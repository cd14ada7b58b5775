/** One CSV record and the line of the file it starts on (1-based), for reports that point at it. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A file that cannot be read as CSV at all, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  override name = "CsvSyntaxError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
  }
}

/**
 * Parses CSV as RFC 4180 describes it, as spreadsheets write it: comma-separated fields, fields in
 * double quotes may hold commas, line breaks and doubled quotes (""), records end with CRLF, LF or CR.
 * A leading byte-order mark is ignored, and so are blank lines. A quote inside an unquoted field, text
 * after a closing quote, or a quote never closed is a syntax error rather than a guess.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Whether the current field began with a quote, and whether that quote is still open.
  let quoted = false;
  let inQuotes = false;
  let quoteLine = 1;

  const endField = () => {
    fields.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    const blank = fields.length === 1 && fields[0] === "";
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const char = input[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        const next = input[i];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new CsvSyntaxError(line, 'text after a closing quote (write a quote inside a quoted field as "").');
        }
        continue;
      }
      if (char === "\r" || char === "\n") {
        // A line break inside quotes belongs to the field; count it for the line numbers that follow.
        const pair = char === "\r" && input[i + 1] === "\n";
        field += pair ? "\r\n" : char;
        i += pair ? 2 : 1;
        line++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== "" || quoted) throw new CsvSyntaxError(line, "a quote inside an unquoted field.");
      quoted = true;
      inQuotes = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (char === ",") {
      endField();
      i++;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += char;
    i++;
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine, "a quoted field is never closed.");
  if (field !== "" || quoted || fields.length > 0) endRecord();
  return records;
}
