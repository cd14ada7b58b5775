import { describe, expect, it } from "vitest";
import { htmlLang } from "@/lib/i18n/languages";
import { pageLocaleFor } from "@/lib/i18n/page-language";

describe("the page's language", () => {
  it("is the visitor's choice, else their browser's, on every page outside the staff area", () => {
    expect(pageLocaleFor("/request/access", "zh", "en-GB")).toBe("zh");
    expect(pageLocaleFor("/status/abc", undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(pageLocaleFor("/sign-in", undefined, "en-US")).toBe("en");
    expect(pageLocaleFor("/", undefined, null)).toBe("en");
  });

  it("is the staff area's language on staff pages", () => {
    for (const path of ["/cases", "/cases/123", "/settings/users", "/customers", "/reports"]) {
      expect(pageLocaleFor(path, "zh", "zh-CN")).toBe("en");
    }
    expect(pageLocaleFor("/casesmith", "zh", null)).toBe("zh");
  });

  it("names Simplified Chinese as HTML does", () => {
    expect(htmlLang("zh")).toBe("zh-Hans");
    expect(htmlLang("en")).toBe("en");
  });
});
