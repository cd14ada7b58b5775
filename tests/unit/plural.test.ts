import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";

const countOf = (locale: "en" | "zh", count: number, noun: "request" | "case" | "week" | "deadline" | "row") =>
  translatorFor(locale)(`counts.${noun}`, { count });

describe("counts with their nouns (ICU plurals in the catalogue)", () => {
  it("says one in the singular and every other count in the plural in English", () => {
    expect(countOf("en", 1, "request")).toBe("1 request");
    expect(countOf("en", 0, "request")).toBe("0 requests");
    expect(countOf("en", 2, "case")).toBe("2 cases");
    expect(countOf("en", 1, "case")).toBe("1 case");
    expect(countOf("en", 1, "week")).toBe("1 week");
    expect(countOf("en", 12, "week")).toBe("12 weeks");
    expect(countOf("en", 1, "deadline")).toBe("1 deadline");
    expect(countOf("en", 1200, "row")).toBe("1,200 rows");
  });

  it("has one form in Chinese, whatever the count", () => {
    expect(countOf("zh", 1, "request")).toBe("1 个请求");
    expect(countOf("zh", 2, "request")).toBe("2 个请求");
    expect(countOf("zh", 1, "case")).toBe("1 个案件");
    expect(countOf("zh", 3, "week")).toBe("3 周");
  });
});
