import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/languages";
import { messages } from "@/lib/i18n/messages";
import { keysTheCodeUses, messagesOf } from "../support/catalogue-keys";

const english = messagesOf(messages.en);

/** The {arguments} a message takes, plural ones included, by name. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*(?:[,}])/g)].map((m) => m[1]!))].sort();
}

describe("the message catalogue", () => {
  it("has every key in both languages, and no key in one only", () => {
    const zhKeys = messagesOf(messages.zh).map(([key]) => key);
    expect(zhKeys.filter((key) => !english.some(([k]) => k === key))).toEqual([]);
    expect(english.map(([key]) => key).filter((key) => !zhKeys.includes(key))).toEqual([]);
  });

  it("gives each top-level section to one area file only (a second one would silently replace the first)", () => {
    const areas = import.meta.glob<Record<string, object>>("../../lib/i18n/messages/en/*.ts", { eager: true });
    const sections = Object.entries(areas)
      .filter(([file]) => !file.endsWith("/index.ts"))
      .flatMap(([, exports]) => Object.values(exports).flatMap((area) => Object.keys(area)));
    expect(sections.filter((section, index) => sections.indexOf(section) !== index)).toEqual([]);
    expect(sections.sort()).toEqual(Object.keys(messages.en).sort());
  });

  it("has no message the code never shows", () => {
    const { keys, prefixes } = keysTheCodeUses(path.resolve(import.meta.dirname, "../.."));
    const unused = english
      .map(([key]) => key)
      .filter((key) => !keys.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it("has no English phrase left in a Chinese message (codes and names such as CSV, UTC or MAIL_FROM stand alone)", () => {
    const phrases = messagesOf(messages.zh).flatMap(([key, message]) => {
      const text = message
        .replace(/\{\s*\w+\s*(,\s*\w+\s*,?)?/g, " ")
        .replace(/\b(zero|one|two|few|many|other)\s*\{/g, " ");
      return [...text.matchAll(/[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})+/g)].map((m) => `${key}: ${m[0]}`);
    });
    expect(phrases).toEqual([]);
  });

  it("writes every message in valid ICU, with the same arguments in both languages", () => {
    const zh = new Map(messagesOf(messages.zh));
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: messages[locale],
        onError: (error) => problems.push(`${locale}: ${error.message}`),
      });
      for (const [key, message] of messagesOf(messages[locale])) {
        const values = Object.fromEntries(argumentsOf(message).map((name) => [name, name === "count" ? 2 : name]));
        (t as unknown as (key: string, values: object) => string)(key, values);
      }
    }
    expect(problems).toEqual([]);
    const differing = english.filter(
      ([key, message]) => argumentsOf(message).join() !== argumentsOf(zh.get(key) ?? "").join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
