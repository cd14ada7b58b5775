import { describe, expect, it } from "vitest";
import { detailsSchemas, REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";
import { formatLongDate } from "@/lib/i18n/format";
import { pickLocale } from "@/lib/i18n/locale";

describe("public page language", () => {
  it("follows the remembered choice, then the browser's preference", () => {
    expect(pickLocale("zh", "en-GB")).toBe("zh");
    expect(pickLocale(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(pickLocale(undefined, "fr-FR,en;q=0.5,zh;q=0.4")).toBe("en");
    expect(pickLocale(undefined, "de-DE")).toBe("en");
    expect(pickLocale("xx", null)).toBe("en");
  });

  it("has every English text in Chinese too", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(messages.zh).sort()).toEqual(keys(messages.en).sort());
  });

  it("names every request type and detail on the customer's page", () => {
    const detailKeys = Object.values(detailsSchemas).flatMap((schema) => Object.keys(schema.shape));
    for (const t of [translatorFor("en"), translatorFor("zh")]) {
      expect(REQUEST_TYPES.filter((type) => !t.has(`partner.types.${type}`))).toEqual([]);
      expect(detailKeys.filter((key) => !t.has(`partner.fields.${key}` as never))).toEqual([]);
    }
  });

  it("labels every detail field of the request form in both languages", () => {
    const formFields = Object.values(detailsSchemas).flatMap((schema) =>
      Object.keys(schema.shape).map((key) => `details.${key}`),
    );
    for (const t of [translatorFor("en"), translatorFor("zh")]) {
      expect(formFields.filter((name) => !t.has(`form.fields.${name}` as never))).toEqual([]);
    }
  });

  it("writes a due date in the page's language, on the same day whatever the time zone", () => {
    expect(formatLongDate("en", "2026-12-18")).toBe("18 December 2026");
    expect(formatLongDate("zh", "2026-12-18")).toBe("2026年12月18日");
    expect(formatLongDate("en", "2027-01-01")).toBe("1 January 2027");
  });

  it("writes no space after a full-width colon in Chinese", () => {
    const texts = (o: object, prefix = ""): [string, string][] =>
      Object.entries(o).flatMap(([k, v]): [string, string][] =>
        typeof v === "object" && v ? texts(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
      );
    const spaced = texts(messages.zh).filter(([, text]) => /：\s/.test(text));
    expect(spaced.map(([key]) => key)).toEqual([]);
    // The texts pages compose with a value say where it goes, so no page adds a space after the colon.
    expect(translatorFor("zh")("form.title", { type: "删除我的数据" })).toBe("请求：删除我的数据");
    expect(translatorFor("zh")("home.startType", { type: "删除我的数据" })).toBe("开始：删除我的数据");
    expect(translatorFor("zh")("status.extended", { reason: "数据量大" })).toBe("我们需要更多时间：数据量大");
  });
});
