import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import { ConfigError } from "./config-error";

/*
 * DATA_DIR holds the embedded database (its WAL carries names and email addresses), uploaded identity
 * documents, the generated secrets and the development mailbox: no other local user may read any of it.
 */

/** Permission bits for the group and for others: none may be set on DATA_DIR or on anything in it. */
const SHARED_BITS = 0o077;

/**
 * Every file and directory this process creates from now on is private to its owner (0600 / 0700),
 * whatever umask the shell or service manager gave it. PGlite creates files (new WAL segments, relation
 * files) with default modes, so a umask is the only reliable way to keep them private. The umask is per
 * process (worker threads share it and may not set it).
 */
export function restrictNewFiles(): void {
  if (isMainThread) process.umask(0o077);
}

/**
 * Prepares DATA_DIR at start: creates it with mode 0700 when missing; refuses one that the group or other
 * users may open (someone may already have read it, so the operator should know and decide); makes
 * everything below it private (files written before this check, PGlite's initdb files).
 */
export function secureDataDir(dataDir: string): void {
  restrictNewFiles();
  if (process.platform === "win32") return; // No POSIX modes: protect the folder with its ACL instead.
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  }
  const stats = statSync(dataDir);
  if (!stats.isDirectory()) throw new ConfigError(`DATA_DIR ${dataDir} is not a directory.`);
  if (stats.mode & SHARED_BITS) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, "0");
    throw new ConfigError(
      `Refusing to start: DATA_DIR ${dataDir} has mode ${mode}, so other local users can open it. It holds ` +
        `the database, uploaded documents and secrets. Make it private to this user with\n` +
        `  chmod -R go-rwx ${shellQuote(dataDir)}\nthen start again.`,
    );
  }
  makePrivate(dataDir);
}

/**
 * Takes the group and other bits off everything below `root` (not following symbolic links). Files PGlite's
 * initdb copies in are 0666 whatever the umask, so a newly created database directory needs this once.
 */
export function makePrivate(root: string): void {
  for (const name of readdirSync(root)) {
    const entry = path.join(root, name);
    const stats = lstatSync(entry);
    if (stats.isSymbolicLink()) continue;
    if (stats.mode & SHARED_BITS) {
      try {
        chmodSync(entry, stats.mode & 0o700);
      } catch (error) {
        throw new ConfigError(
          `Cannot make ${entry} private to this user (${(error as NodeJS.ErrnoException).code}): ` +
            `give it to this user (chown) or remove it, then start again.`,
        );
      }
    }
    if (stats.isDirectory()) makePrivate(entry);
  }
}

function shellQuote(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
