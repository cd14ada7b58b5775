// npm run db:restore -- <file>: restores a dump written by `npm run db:backup` into DATA_DIR/db, which must be
// empty (or absent): a restore never overwrites data. Stop nothing and merge nothing: point DATA_DIR at a new
// directory, restore, check with `npm run audit:verify`, then start the app on it. On PostgreSQL it prints the
// pg_restore command to use instead and exits with code 2.
import { existsSync } from "node:fs";
import path from "node:path";
import { secureDataDir } from "@/lib/config/data-dir";
import { assertEnvShape, ConfigError } from "@/lib/config/env";
import { serverIsRunning } from "@/lib/jobs/maintenance-socket";
import { restoreEmbeddedDatabase } from "@/lib/server/backup/restore-embedded-database";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}

try {
  // The environment is read without env(): that would generate new secrets into an empty DATA_DIR, and
  // the restored data needs the original encryption key.
  assertEnvShape(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
if (process.env.DATABASE_URL) {
  console.log(`The database is PostgreSQL (DATABASE_URL): restore with PostgreSQL's own tools into a new, empty database:

  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" <file>.dump

or, for a plain SQL dump such as this command's backups: psql --single-transaction -v ON_ERROR_STOP=1 "$DATABASE_URL" -f <file>.sql`);
  process.exit(2);
}

const dataDir = path.resolve(process.env.DATA_DIR || "./data");
const dbDir = path.join(dataDir, "db");
try {
  secureDataDir(dataDir);
  if (await serverIsRunning(dataDir)) throw new Error(`a server is running on ${dataDir}: restore into a new DATA_DIR`);
  const result = await restoreEmbeddedDatabase(path.resolve(file), dbDir);
  console.log(
    `Restored into ${dbDir}: ${result.cases} cases, ${result.auditEvents} audit events, ` +
      `${result.migrations} migrations recorded (${(result.ms / 1000).toFixed(1)} s).`,
  );
  console.log("Check it with `npm run audit:verify`; `npm start` applies any newer migrations.");
  if (!existsSync(path.join(dataDir, "secrets.json")) && !process.env.DATA_ENCRYPTION_KEY) {
    console.warn(
      `Warning: ${path.join(dataDir, "secrets.json")} is missing. Copy the original DATA_DIR's secrets.json here ` +
        "(or set DATA_ENCRYPTION_KEY and AUTH_SECRET) before starting: without the original key, phone numbers, " +
        "addresses and dates of birth cannot be read.",
    );
  }
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
