import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "@/lib/db/client";

/** The sealer the audit trail may have (issue 15): links committed events into the chain in batches. */
export type SealAuditEvents = (client: Db, options: { batchSize: number }) => Promise<number>;

export type SealerModule =
  | { present: true; sealAuditEvents: SealAuditEvents }
  | { present: false; /** What the bench prints instead of the sealing lag. */ line: string };

export const SEALER_MODULE = path.resolve(import.meta.dirname, "../../lib/server/audit/seal-audit-events.ts");

/**
 * Loads the sealer when this build has one. Imported by path at run time, so the bench compiles and
 * runs on builds without the module (the chain is then written at insert, under its global lock).
 */
export async function loadSealer(modulePath: string = SEALER_MODULE): Promise<SealerModule> {
  const absent: SealerModule = {
    present: false,
    line: "sealer not present on this build (no lib/server/audit/seal-audit-events.ts): no sealing lag to measure",
  };
  if (!existsSync(modulePath)) return absent;
  const loaded = (await import(pathToFileURL(modulePath).href)) as { sealAuditEvents?: unknown };
  if (typeof loaded.sealAuditEvents !== "function") {
    return { present: false, line: `${path.basename(modulePath)} has no sealAuditEvents export: sealer not run` };
  }
  return { present: true, sealAuditEvents: loaded.sealAuditEvents as SealAuditEvents };
}
