import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { makePrivate, restrictNewFiles } from "@/lib/config/data-dir";

/**
 * Opens an embedded database directory (creating it if new) so that it stays private to this user: files
 * PGlite creates later follow the umask, and the files initdb copies into a new directory (mode 0666
 * whatever the umask) lose their group and other bits once it is ready. Await `ready` before relying on it.
 */
export function openPrivatePGlite(dir: string): { pglite: PGlite; ready: Promise<void> } {
  restrictNewFiles();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pglite = new PGlite(dir);
  const ready = pglite.waitReady.then(() => makePrivate(dir));
  // Whoever awaits `ready` sees a failure; nobody else should get an unhandled rejection for it.
  ready.catch(() => {});
  return { pglite, ready };
}
