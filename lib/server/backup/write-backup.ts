import "server-only";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { dumpEmbeddedDatabase } from "./dump-embedded-database";

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, "backups");
}

/** 2026-11-29T04:12:33.120Z -> 2026-11-29T04-12-33-120Z (no colons: the name works on every file system). */
function fileStamp(at: Date): string {
  return at.toISOString().replaceAll(":", "-").replace(".", "-");
}

/**
 * Dumps the embedded database to DATA_DIR/backups/<timestamp>.sql (mode 0600, written under a temporary
 * name and renamed, so a listed backup is always complete). The header names the PGlite version it was
 * taken from: a dump restores into any later version, a data directory does not.
 */
export async function writeBackup(pglite: PGlite, dataDir: string, at = new Date()): Promise<BackupResult> {
  const started = performance.now();
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${fileStamp(at)}.sql`);
  const partial = `${file}.partial`;
  const [{ version }] = (await pglite.query<{ version: string }>("SELECT version()")).rows as [{ version: string }];
  const dump = await dumpEmbeddedDatabase(pglite);
  const header =
    `-- Rightsdesk backup of the embedded database, taken ${at.toISOString()}\n` +
    `-- ${version}\n` +
    `-- Restore into an empty data directory with: npm run db:restore -- <this file>\n\n`;
  try {
    writeFileSync(partial, header + dump, { mode: 0o600, flag: "wx" });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return {
    file,
    bytes: Buffer.byteLength(header) + Buffer.byteLength(dump),
    ms: Math.round(performance.now() - started),
  };
}
