import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { searchHash } from "@/lib/crypto/search-hash";

describe("npm run audit:search-hash", () => {
  it("prints the hash a requester.searched event keeps of each address read on standard input", () => {
    const run = spawnSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/audit-search-hash.ts"], {
      input: " Robin.Requester@Example.com \n\nsomeone@example.org\n",
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const expected = ["robin.requester@example.com", "someone@example.org"].map((address) => {
      const hashed = searchHash(address);
      return `${hashed.searchHash} (key ${hashed.searchHashKey})`;
    });
    expect(run.stdout.trim().split("\n")).toEqual(expected);
  });
});
