import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSealer } from "@/bench/support/sealer";

/** The audit-writers bench runs on builds with and without the audit sealer (bench/audit-writers.ts). */
describe("the audit-writers bench's sealer", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rightsdesk-sealer-"));

  it("says the sealer is not present when the build has no sealer module, instead of failing", async () => {
    const sealer = await loadSealer(path.join(dir, "seal-audit-events.ts"));
    expect(sealer).toEqual({
      present: false,
      line: expect.stringContaining("sealer not present on this build") as string,
    });
  });

  it("says so when the module does not export sealAuditEvents", async () => {
    const file = path.join(dir, "other.mjs");
    writeFileSync(file, "export const somethingElse = 1;\n");
    const sealer = await loadSealer(file);
    expect(sealer.present).toBe(false);
    if (!sealer.present) expect(sealer.line).toMatch(/no sealAuditEvents export/);
  });

  it("runs the module's sealAuditEvents when the build has one", async () => {
    const file = path.join(dir, "seal.mjs");
    writeFileSync(file, "export async function sealAuditEvents(client, { batchSize }) { return batchSize; }\n");
    const sealer = await loadSealer(file);
    expect(sealer.present).toBe(true);
    if (sealer.present) expect(await sealer.sealAuditEvents({} as never, { batchSize: 7 })).toBe(7);
  });
});
