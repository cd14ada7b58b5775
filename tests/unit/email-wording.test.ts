import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { renderEmail, writeEmail } from "@/lib/email/render-email";
import { TEMPLATE_NAMES, audienceLabel, templateLabel, templateNamed, templates } from "@/lib/email/templates";
import { LOCALES } from "@/lib/i18n/languages";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

const appUrl = "https://rd.example";
const organization = { supervisoryAuthority: "Example Authority", complaintContact: "complaints@example.com" };
const TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../lib/email/templates");

/** What a Chinese email may quote in Latin letters: the payload's values, links and the product's name. */
function latinWordsOutsideData(text: string, payload: unknown): string[] {
  const values: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") values.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(payload);
  values.push(...Object.values(organization));
  let rest = text.replace(/https?:\/\/\S+/g, "");
  for (const value of values.sort((a, b) => b.length - a.length)) rest = rest.split(value).join("");
  return rest.replace(/Rightsdesk|UTC|ICO|ANPD/g, "").match(/[A-Za-z]{2,}/g) ?? [];
}

describe("every email is written from the catalogue", () => {
  describe.each(TEMPLATE_NAMES)("%s", (name) => {
    const template = templates[name];
    const payload: unknown = template.payload.parse(template.sample);

    it.each(LOCALES)("renders in %s with no missing message", (locale) => {
      const problems: string[] = [];
      // The same catalogue, with a translator that reports instead of falling back to the key.
      const t = createTranslator({
        locale,
        messages: messages[locale],
        onError: (error) => problems.push(error.message),
      });
      const wording = template.write(payload as never, { appUrl, locale, organization, t });
      expect(problems).toEqual([]);
      expect(wording).toEqual(writeEmail(template, payload as never, { appUrl, locale, organization }));
      // No message key left in the email in place of its words.
      const email = renderEmail(template, payload as never, { appUrl, locale, organization });
      expect(`${email.subject}\n${email.text}`).not.toMatch(/\bemails\.\w+/);
      expect(template.label(t as never)).not.toMatch(/^emails\./);
    });

    it("writes the Chinese email in Chinese: no English word but the data it quotes and its links", () => {
      const email = renderEmail(template, payload as never, { appUrl, locale: "zh", organization });
      expect(latinWordsOutsideData(`${email.subject}\n${email.text}`, payload)).toEqual([]);
      expect(email.html).toContain('<html lang="zh-Hans">');
      // ...and the English one differs from it (a language is not silently the other).
      expect(renderEmail(template, payload as never, { appUrl, locale: "en", organization }).subject).not.toBe(
        email.subject,
      );
    });
  });

  it("has no language branch and no wording of its own in a template module", () => {
    for (const file of readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(TEMPLATES_DIR, file), "utf8");
      expect(source, file).not.toMatch(/["'`](zh|en)["'`]/);
      expect(source, file).not.toMatch(/locale\s*[!=]==/);
      expect(source, file).not.toMatch(/\p{Script=Han}/u);
      expect(source, file).not.toMatch(/^\s*(en|zh)\??:/m);
    }
  });

  it("names each email and its audience in the reader's language, and a vanished template by its code", () => {
    const en = translatorFor("en");
    const zh = translatorFor("zh");
    expect(templateLabel(en, "staff-assignment")).toBe("Case assigned");
    expect(templateLabel(zh, "staff-assignment")).toBe("案件已分配");
    expect(templateLabel(zh, "an-old-template")).toBe("an-old-template");
    expect(templateNamed("staff-assignment")?.label(zh)).toBe("案件已分配");
    expect(audienceLabel(en, "Customer")).toBe("Customer");
    expect(audienceLabel(zh, "Requester")).toBe("请求人");
    const zhLabels = TEMPLATE_NAMES.map((name) => templateLabel(zh, name));
    expect(new Set(zhLabels).size).toBe(TEMPLATE_NAMES.length);
    for (const label of zhLabels) expect(label).toMatch(/\p{Script=Han}/u);
  });

  it("writes staff emails in the recipient's language", () => {
    const template = templates["staff-deadline-reminder"];
    const payload = template.payload.parse({ ...template.sample, threshold: "OVERDUE" });
    expect(renderEmail(template, payload, { appUrl, locale: "zh" }).subject).toBe(
      "已逾期：DSR-2026-000123 的期限为 2026-12-18",
    );
    expect(renderEmail(template, payload, { appUrl, locale: "en" }).subject).toBe(
      "OVERDUE: DSR-2026-000123 was due 2026-12-18",
    );
  });
});
