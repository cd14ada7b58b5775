// npm start (and npm run dev): prepares the database, then serves Next.js behind the app server, which
// resolves each request's client address (lib/http/app-server.ts).
// Embedded default: applies pending migrations and creates the demo admin on first start, printing its
// password then and again once the server listens (a first build's output scrolls the first away), in
// that start only. PostgreSQL: refuses to start while migrations are pending (run `npm run db:migrate`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildOutput } from "@/lib/config/build-output";
import { ConfigError, env } from "@/lib/config/env";
import { databaseTarget } from "@/lib/db/adapter";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";
import { MigrationError } from "@/lib/db/migrations";
import { pendingMigrationNames } from "@/lib/db/migrations/status";
import { serveNext } from "@/lib/http/serve-next";
import { demoAdminNotice } from "@/lib/server/users/demo-admin-notice";
import { ensureDemoAdmin, type DemoAdminResult } from "@/lib/server/users/ensure-demo-admin";

const isDev = process.argv.includes("--dev");
// Check the configuration as the server will see it (`next start` runs in production mode).
(process.env as Record<string, string | undefined>).NODE_ENV ??= isDev ? "development" : "production";

/** Prepares the database; returns the demo administrator when this start created it. */
async function prepareDatabase(): Promise<DemoAdminResult | null> {
  const config = env();
  const target = databaseTarget(config.DATABASE_URL, config.dataDir);
  if (target.kind === "embedded") {
    const applied = await migrateTarget(target);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to the embedded database.`);
  }
  const connection = connect(target);
  try {
    const pending = await pendingMigrationNames(connection.prisma);
    if (pending.length > 0) {
      console.error(
        `The database has ${pending.length} pending migration(s) (${pending.join(", ")}).\n` +
          `Run \`npm run db:migrate\` against it, then start again.`,
      );
      process.exit(1);
    }
    if (target.kind === "embedded") {
      const admin = await ensureDemoAdmin(connection.prisma, { password: process.env.SEED_ADMIN_PASSWORD });
      const notice = demoAdminNotice(admin, "created");
      if (notice) console.log(notice);
      return admin;
    }
    return null;
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}

let admin: DemoAdminResult | null = null;
try {
  admin = await prepareDatabase();
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof MigrationError)
    console.error(`Migration ${error.migration} failed.\nThe database said: ${error.databaseMessage}`);
  else console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// `npm run bench` serves its own build (BENCH_BUILD=true), which has a directory of its own.
if (!isDev && !existsSync(`${buildOutput({ benchBuild: env().BENCH_BUILD }).distDir}/BUILD_ID`)) {
  console.log("No production build yet: building once (next build)...");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await serveNext({ dev: isDev, port: Number(process.env.PORT ?? 3000) });
const again = demoAdminNotice(admin, "listening");
if (again) console.log(again);
