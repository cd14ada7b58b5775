import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Raw SQL reads its rows only through `queryRows` with a row schema (ARCHITECTURE.md "Database: one
 * schema, two backends"): a `$queryRaw<T>` or `$queryRawUnsafe` elsewhere in lib/ would hand on rows of
 * an unchecked type. The helper itself and Prisma's generated client are the only places allowed.
 */
const ALLOWED = ["lib/db/typed-rows.ts"];
const GENERATED = "lib/db/generated/";
const UNCHECKED = /\$queryRaw\s*<|\$queryRawUnsafe\b/;
/**
 * A row schema written inside the call is built again on every call, and zod compiles a new parser for
 * each schema it meets: on the rate limits every request paid for that. Row schemas are module constants.
 */
const INLINE_ROW_SCHEMA = /queryRows\(\s*[\w.()]+,\s*z\./;

function libModules(): string[] {
  return readdirSync(path.join(ROOT, "lib"), { recursive: true, encoding: "utf8" })
    .map((file) => `lib/${file.split(path.sep).join("/")}`)
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(GENERATED) && !ALLOWED.includes(file))
    .sort();
}

describe("raw queries in lib/", () => {
  const modules = libModules();

  it("are found (the folder holds modules)", () => {
    expect(modules.length).toBeGreaterThan(100);
  });

  it("read rows only through queryRows", () => {
    const offenders = modules.filter((file) => UNCHECKED.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("take row schemas declared once, outside the call", () => {
    const offenders = modules.filter((file) => INLINE_ROW_SCHEMA.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
