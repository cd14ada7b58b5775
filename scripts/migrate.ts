// npm run db:migrate: applies pending migrations to the configured database (embedded or PostgreSQL).
import { env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { migrateTarget } from "@/lib/db/bootstrap";
import { MigrationError } from "@/lib/db/migrations";

const config = env();
const target = databaseTarget(config.DATABASE_URL, config.dataDir);
const where = target.kind === "postgres" ? "PostgreSQL" : `the embedded database in ${target.dataDir}`;
try {
  const applied = await migrateTarget(target);
  if (applied.length === 0) console.log(`Database is up to date (${where}).`);
  else console.log(`Applied ${applied.length} migration(s) to ${where}:\n${applied.map((n) => `  ${n}`).join("\n")}`);
} catch (error) {
  if (error instanceof MigrationError) {
    console.error(`Migration ${error.migration} failed on ${where}.\nThe database said: ${error.databaseMessage}`);
  } else {
    console.error(`Could not migrate ${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
