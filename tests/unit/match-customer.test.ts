import { describe, expect, it } from "vitest";
import { customerNameKey } from "@/lib/domain/customers/customer-name";
import { editDistance, keyScore, matchCustomers, MIN_SCORE } from "@/lib/domain/customers/match-customer";

const REGISTRY = [
  { id: "acme", name: "Acme Cloud Limited", aliases: ["阿克米云计算", "AcmeCloud"] },
  { id: "globex", name: "Globex Corporation", aliases: [] },
  { id: "initech", name: "Initech GmbH", aliases: ["Initech Software"] },
  { id: "umbrella", name: "Umbrella Health (China) Co., Ltd.", aliases: ["伞健康科技股份有限公司"] },
  { id: "ibm", name: "IBM", aliases: [] },
];

const best = (typed: string) => matchCustomers(typed, REGISTRY)[0];

describe("customerNameKey", () => {
  it.each([
    ["ACME cloud ltd.", "acmecloud"],
    ["Acme Cloud Limited", "acmecloud"],
    ["  Acme   Cloud, Inc.  ", "acmecloud"],
    ["ＡＣＭＥ　Ｃｌｏｕｄ", "acmecloud"],
    ["Acme-Cloud Co., Ltd.", "acmecloud"],
    ["Acme Cloud S.A.", "acmecloud"],
    ["Acme Cloud S. A.", "acmecloud"],
    ["Acme Cloud L.L.C.", "acmecloud"],
    ["Acme Cloud Corp", "acmecloud"],
    ["Acme Cloud Corporation", "acmecloud"],
    ["Acme Cloud GmbH", "acmecloud"],
    ["Acme Cloud PLC", "acmecloud"],
    ["Acme Cloud (China) Co., Ltd.", "acmecloud"],
    ["阿克米云计算有限公司", "阿克米云计算"],
    ["阿克米云计算（中国）有限公司", "阿克米云计算"],
    ["阿克米云计算股份有限公司", "阿克米云计算"],
    ["阿克米集团", "阿克米"],
    ["阿克米 云计算 公司", "阿克米云计算"],
  ])("%s → %s", (name, key) => {
    expect(customerNameKey(name)).toBe(key);
  });

  it("keeps a name that is only a legal form, and is empty without letters or digits", () => {
    expect(customerNameKey("Limited")).toBe("limited");
    expect(customerNameKey("有限公司")).toBe("有限公司");
    expect(customerNameKey(" --- ")).toBe("");
  });

  it("keeps brackets that are not a place", () => {
    expect(customerNameKey("Acme (Cloud) Ltd")).toBe("acmecloud");
  });
});

describe("editDistance", () => {
  it("counts a swapped pair of letters as one edit", () => {
    expect(editDistance([..."acme"], [..."amce"])).toBe(1);
    expect(editDistance([..."kitten"], [..."sitting"])).toBe(3);
    expect(editDistance([], [..."abc"])).toBe(3);
  });
});

describe("matchCustomers", () => {
  it("matches a differently written legal name exactly", () => {
    expect(best("ACME cloud ltd.")).toMatchObject({ id: "acme", score: 1, matchedOn: "name" });
    expect(best("globex corp.")).toMatchObject({ id: "globex", score: 1 });
  });

  it("matches a Chinese name with its legal form against an alias without it", () => {
    expect(best("阿克米云计算有限公司")).toMatchObject({
      id: "acme",
      name: "Acme Cloud Limited",
      matchedOn: "alias",
      matchedText: "阿克米云计算",
    });
    expect(best("伞健康科技")).toMatchObject({ id: "umbrella", matchedOn: "alias" });
    expect(best("umbrella health ltd")).toMatchObject({ id: "umbrella", score: 1 });
  });

  it("tolerates a one-letter typo and a swapped pair of letters", () => {
    const typo = best("Acme Clowd Ltd");
    expect(typo?.id).toBe("acme");
    expect(typo!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(typo!.score).toBeLessThan(1);
    expect(best("Intiech")?.id).toBe("initech");
    expect(best("Glboex")?.id).toBe("globex");
  });

  it("finds a name from its start (someone still typing) and from a word left out", () => {
    expect(best("acm")?.id).toBe("acme");
    expect(best("阿克米")?.id).toBe("acme");
    expect(best("Initech")?.id).toBe("initech");
    expect(best("Initech Software Inc")?.matchedOn).toBe("alias");
  });

  it("ranks the exact name above a close one", () => {
    const registry = [
      { id: "a", name: "Acme Cloud", aliases: [] },
      { id: "b", name: "Acme Clouds", aliases: [] },
    ];
    expect(matchCustomers("acme cloud inc", registry).map((m) => m.id)).toEqual(["a", "b"]);
  });

  it("matches nothing for unrelated names, short near-misses and empty input", () => {
    expect(matchCustomers("Wayne Enterprises", REGISTRY)).toEqual([]);
    expect(matchCustomers("Stark Industries Ltd", REGISTRY)).toEqual([]);
    expect(matchCustomers("字节跳动", REGISTRY)).toEqual([]);
    expect(matchCustomers("IBX", REGISTRY)).toEqual([]);
    expect(matchCustomers("Ltd.", REGISTRY)).toEqual([]);
    expect(matchCustomers("   ", REGISTRY)).toEqual([]);
  });

  it("returns at most the limit, best first", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `Acme Cloud ${i}`, aliases: [] }));
    const matches = matchCustomers("Acme Cloud", many, 5);
    expect(matches).toHaveLength(5);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it("scores keys symmetrically enough that a longer typed name still finds a shorter registered one", () => {
    expect(keyScore("acmecloudeurope", "acmecloud")).toBeGreaterThan(MIN_SCORE);
    expect(keyScore("acme", "acme")).toBe(1);
    expect(keyScore("", "acme")).toBe(0);
  });
});
