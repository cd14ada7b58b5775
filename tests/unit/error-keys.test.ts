import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { messagesOf } from "../support/catalogue-keys";

const root = path.resolve(import.meta.dirname, "../..");
const english = new Set(messagesOf(messages.en).map(([key]) => key));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}i18n${path.sep}messages${path.sep}`))
    .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }));
}

/** Every match of `pattern`'s first group, with the file it is in. */
function found(files: { file: string; text: string }[], pattern: RegExp): { file: string; key: string }[] {
  return files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => ({ file, key: m[1]! })));
}

describe("the keys errors carry", () => {
  const code = [...sources("lib"), ...sources("app"), ...sources("components")];

  it("names only messages the catalogue has, for every AppError and refusal in the code", () => {
    const problems = found(code, /["'`](problems\.\w+(?:\.\w+)*)["'`]/g);
    expect(problems.length).toBeGreaterThan(50);
    expect(problems.filter(({ key }) => !english.has(key))).toEqual([]);
    // A key completed at run time (`problems.notWhile.${status}`) names a section of the catalogue.
    const prefixes = found(code, /`(problems\.\w+)\.\$\{/g);
    expect(prefixes.filter(({ key }) => ![...english].some((k) => k.startsWith(`${key}.`)))).toEqual([]);
  });

  it("gives field errors as keys under errors, in schemas and use-cases alike", () => {
    const checked = [
      ...sources("lib/domain"),
      ...sources("lib/server"),
      ...sources("lib/auth"),
      ...sources("lib/forms"),
    ];
    const keys = [
      // zod: { message: "key" }, { error: "key" }, .min(1, "key"), .refine(…, "key"), `key:${n}`
      ...found(checked, /\b(?:message|error):\s*["`]([a-z][a-z0-9_]*)(?::\$\{[^}]+\})?["`]/g),
      ...found(
        checked,
        /\.(?:min|max|int|uuid|email|regex|refine)\((?:[^()"`]|\([^()]*\))*?["`]([a-z][a-z0-9_]*)(?::\$\{[^}]+\}|:\d+)?["`]\s*\)/g,
      ),
      // fieldErrors: { field: ["key"] }
      ...found(checked, /:\s*\[\s*["`]([a-z][a-z0-9_]*)(?::\$\{[^}]+\})?["`]\s*\]/g),
    ].filter(({ key }) => key.includes("_") || english.has(`errors.${key}`));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter(({ key }) => !english.has(`errors.${key}`))).toEqual([]);
  });

  it("leaves no English sentence in a refusal", () => {
    const refusals = [
      ...found(code, /new AppError\(\s*"\w+",\s*["`]([^"`]*)["`]/g),
      ...found(code, /new RateLimited\(\s*["`]([^"`]*)["`]/g),
    ];
    expect(refusals.filter(({ key }) => !/^problems\.|^signIn\.|^partner\.|^taskLink\./.test(key))).toEqual([]);
  });
});
