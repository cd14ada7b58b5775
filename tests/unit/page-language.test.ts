import { describe, expect, it } from "vitest";
import { htmlLang } from "@/lib/i18n/languages";
import { pageLanguageFor } from "@/lib/i18n/page-language";

describe("the page's language", () => {
  it("is the visitor's choice, else their browser's, on every page outside the staff area", () => {
    expect(pageLanguageFor("/request/access", "zh", "en-GB")).toBe("zh-Hans");
    expect(pageLanguageFor("/status/abc", undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-Hans");
    expect(pageLanguageFor("/sign-in", undefined, "en-US")).toBe("en");
    expect(pageLanguageFor("/", undefined, null)).toBe("en");
  });

  it("is the staff member's own on staff pages, whatever the visitor's choice or browser says", () => {
    for (const path of [
      "/cases",
      "/cases/123",
      "/settings/users",
      "/customers",
      "/systems",
      "/systems/abc",
      "/reports",
    ]) {
      expect(pageLanguageFor(path, "zh", "zh-CN")).toBe("staff");
      expect(pageLanguageFor(path, "en", "en-GB")).toBe("staff");
    }
    expect(pageLanguageFor("/casesmith", "zh", null)).toBe("zh-Hans");
  });

  it("names Simplified Chinese as HTML does", () => {
    expect(htmlLang("zh")).toBe("zh-Hans");
    expect(htmlLang("en")).toBe("en");
  });
});
