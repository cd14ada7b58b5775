import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { measureLoad, type LoadFigures } from "./support/measure";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect, type Connection } from "@/lib/db/client";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";
import { prepareBenchDatabase } from "./support/bench-database";
import { seedCases } from "./support/seed-cases";
import { signInCookie, startProductionServer, stopServer } from "./support/server";

const PORT = 3330;
const BASE = `http://127.0.0.1:${PORT}`;
const CUSTOMERS = ["Northwind Retail", "Contoso Bank", "Fabrikam Health", "Tailspin Travel", "Wide World Importers"];

export interface ReportsRow extends LoadFigures {
  target: string;
}

export interface ReportsFigures {
  backend: string;
  cases: number;
  seedSeconds: number;
  connections: number;
  duration: number;
  routings: number;
  denials: number;
  rows: ReportsRow[];
  /** One download of the default period's register. */
  register: { rows: number; ms: number; bytes: number };
  /** The machine's 1-minute load average when the measurements began (the benches share the machine). */
  loadAverage: number;
  notes: string[];
}

/**
 * What the bulk seed leaves out and the dashboard shows: reason codes on denials, and the routed and
 * transferred cases delivered to registered customers with routings (sent a day after receipt, most
 * acknowledged within four days). Set-based statements, the same on both backends; cases already given
 * their details are left alone, so it can run again after more cases are seeded.
 */
export async function addReportDetails(connection: Connection): Promise<{ routings: number; denials: number }> {
  const prisma = connection.prisma;
  const denials = await prisma.$executeRaw`
    UPDATE "Case" SET "denialReason" = (enum_range(NULL::"DenialReason"))[1 + abs(hashtext(id::text)) % 7]
    WHERE outcome = 'DENIED' AND "denialReason" IS NULL`;
  await prisma.$executeRaw`
    INSERT INTO "CloudCustomer" (id, name, aliases, "contactEmails", "updatedAt")
    SELECT gen_random_uuid(), n, '{}', ARRAY['privacy@example.com'], now() FROM unnest(${CUSTOMERS}::text[]) AS n
    ON CONFLICT (name) DO NOTHING`;
  await prisma.$executeRaw`
    UPDATE "Case" c
    SET "customerId" = cc.id,
        "routingState" = (CASE WHEN c.status = 'ROUTED' THEN 'SENT' ELSE 'ACKNOWLEDGED' END)::"RoutingState"
    FROM "CloudCustomer" cc
    WHERE (c.status = 'ROUTED' OR c.outcome = 'TRANSFERRED_TO_CONTROLLER') AND c."customerId" IS NULL
      AND cc.name = coalesce(c."customerNameGiven", (${CUSTOMERS}::text[])[1 + abs(hashtext(c.id::text)) % 5])`;
  const routings = await prisma.$executeRaw`
    INSERT INTO "CustomerRouting" (id, "caseId", "customerId", "contactEmails", "tokenHash", "expiresAt", state, "sentAt", "acknowledgedAt")
    SELECT gen_random_uuid(), c.id, c."customerId", ARRAY['privacy@example.com'], md5(c.id::text),
           c."receivedAt" + interval '31 days', c."routingState", c."receivedAt" + interval '1 day',
           CASE WHEN c."routingState" = 'ACKNOWLEDGED'
                THEN c."receivedAt" + interval '1 day' + (abs(hashtext(c.id::text)) % 96) * interval '1 hour' END
    FROM "Case" c
    WHERE c."routingState" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CustomerRouting" r WHERE r."caseId" = c.id)`;
  await prisma.$executeRawUnsafe(`ANALYZE`);
  return { routings, denials };
}

/**
 * The reports dashboard at scale: a fresh database with `cases` realistic cases (the fast seed, without
 * audit events) plus denial reasons and routings, the production server, the seeded admin signed in,
 * then autocannon on GET /reports (the default period: the last 12 weeks), its table view and the case
 * queue's first page as a yardstick, and one timed download of the period's register.
 */
export async function benchReports(options: {
  cases: number;
  duration: number;
  connections: number;
}): Promise<ReportsFigures> {
  const notes: string[] = [];
  const database = await prepareBenchDatabase();
  const backend = database.target.kind;
  const password = randomBytes(12).toString("base64url");
  console.log(`Reports: seeding ${options.cases} cases (${backend})...`);
  await migrateTarget(database.target);
  const seeding = connect(database.target);
  let seedSeconds: number;
  let details: { routings: number; denials: number };
  try {
    await ensureDemoAdmin(seeding.prisma, { password });
    const seeded = await seedCases(seeding, options.cases, { auditEvents: false });
    details = await addReportDetails(seeding);
    seedSeconds = seeded.seconds;
  } finally {
    await seeding.prisma.$disconnect();
    await seeding.adapter.close();
  }

  // Without the outbox worker and periodic sweeps: a freshly seeded database has every open case's
  // reminders due at once, and the first sweep's backlog of emails would be measured instead of the page.
  const server = await startProductionServer(PORT, { ...database.env, WORKER_IN_SERVER: "false" });
  const rows: ReportsRow[] = [];
  let register = { rows: 0, ms: 0, bytes: 0 };
  const loadAverage = Math.round(loadavg()[0]! * 100) / 100;
  try {
    const cookie = await signInCookie(BASE, "admin@rightsdesk.local", password);
    const targets = [
      { name: "GET /reports (default period, charts)", path: "/reports", expect: "Requests received per week" },
      { name: "GET /reports?view=table", path: "/reports?view=table", expect: "All weeks" },
      // For scale on a shared machine: the case queue's first page, one indexed read of 50 rows.
      { name: "baseline: GET /cases (queue, first page)", path: "/cases", expect: "DSR-" },
    ];
    for (const target of targets) {
      const first = await fetch(BASE + target.path, { headers: { cookie }, redirect: "manual" });
      const body = await first.text();
      if (first.status !== 200) notes.push(`${target.path}: HTTP ${first.status}`);
      else if (!body.includes(target.expect)) notes.push(`${target.path}: the page did not contain "${target.expect}"`);
      for (let i = 0; i < 5; i++) await (await fetch(BASE + target.path, { headers: { cookie } })).text();
      process.stdout.write(
        `Measuring ${target.path} for ${options.duration} s, ${options.connections} connection(s)...\n`,
      );
      const figures = await measureLoad({
        url: BASE + target.path,
        connections: options.connections,
        duration: options.duration,
        headers: { cookie },
      });
      rows.push({ target: target.name, ...figures });
    }
    const started = performance.now();
    const response = await fetch(`${BASE}/api/v1/reports/register`, { headers: { cookie } });
    const text = await response.text();
    const lines = text.trimEnd().split("\n").length - 1;
    register = { rows: lines, ms: Math.round(performance.now() - started), bytes: text.length };
    if (String(lines) !== response.headers.get("x-total-count")) {
      notes.push(`register: ${lines} rows but x-total-count ${response.headers.get("x-total-count")}`);
    }
  } finally {
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
    await database.cleanUp();
  }
  return {
    backend,
    cases: options.cases,
    seedSeconds,
    connections: options.connections,
    duration: options.duration,
    ...details,
    rows,
    register,
    loadAverage,
    notes,
  };
}
