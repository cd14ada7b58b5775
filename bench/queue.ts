import { randomBytes } from "node:crypto";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";
import { prepareBenchDatabase } from "./support/bench-database";
import { measureLoad, type LoadFigures } from "./support/measure";
import { seedCases } from "./support/seed-cases";
import { signInCookie, startProductionServer, stopServer } from "./support/server";

const PORT = 3320;
const BASE = `http://127.0.0.1:${PORT}`;

export interface QueueRow extends LoadFigures {
  view: string;
  path: string;
  cases: number;
}

export interface QueueFigures {
  backend: string;
  connections: number;
  duration: number;
  rows: QueueRow[];
  /** p95 at the largest size over p95 at the smallest, per view. */
  ratios: { view: string; p95Small: number; p95Large: number; ratio: number }[];
  seedSeconds: Record<number, number>;
  /** What did not look right (a view answering without the expected content, say). */
  notes: string[];
}

async function fetchPage(path: string, cookie: string): Promise<{ status: number; body: string }> {
  const response = await fetch(BASE + path, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, body: await response.text() };
}

/**
 * The staff case queue at several sizes: for each, a fresh database seeded with realistic cases, the
 * production server, the seeded admin signed in, then autocannon on the default view, the overdue view
 * and a search by an existing reference. The same views at each size, so the p95 ratio shows how the
 * page scales with the number of cases.
 */
export async function benchQueue(options: {
  sizes: number[];
  duration: number;
  connections: number;
}): Promise<QueueFigures> {
  const rows: QueueRow[] = [];
  const notes: string[] = [];
  const seedSeconds: Record<number, number> = {};
  let backend = "embedded";
  for (const size of options.sizes) {
    const database = await prepareBenchDatabase();
    backend = database.target.kind;
    const password = randomBytes(12).toString("base64url");
    console.log(`Queue: seeding ${size} cases (${backend})...`);
    await migrateTarget(database.target);
    const seeding = connect(database.target);
    let reference: string;
    try {
      await ensureDemoAdmin(seeding.prisma, { password });
      const seeded = await seedCases(seeding, size, { auditEvents: false });
      seedSeconds[size] = seeded.seconds;
      // A case the default view lists: open, in the middle of the receipt dates.
      const open = await seeding.prisma.case.findMany({
        where: { status: "IN_PROGRESS" },
        orderBy: { receivedAt: "asc" },
        select: { reference: true },
      });
      reference = open[Math.floor(open.length / 2)]!.reference;
    } finally {
      await seeding.prisma.$disconnect();
      await seeding.adapter.close();
    }

    const server = await startProductionServer(PORT, database.env);
    try {
      const cookie = await signInCookie(BASE, "admin@rightsdesk.local", password);
      const targets = [
        { view: "default", path: "/cases", expect: "DSR-" },
        { view: "overdue", path: "/cases?view=overdue", expect: "DSR-" },
        { view: "search", path: `/cases?q=${reference}`, expect: reference },
      ];
      for (const target of targets) {
        const first = await fetchPage(target.path, cookie);
        if (first.status !== 200) notes.push(`${size} cases, ${target.view}: HTTP ${first.status} for ${target.path}`);
        else if (!first.body.includes(target.expect))
          notes.push(`${size} cases, ${target.view}: the page did not contain "${target.expect}"`);
        for (let i = 0; i < 10; i++) await fetchPage(target.path, cookie);
        process.stdout.write(`Measuring ${target.path} at ${size} cases for ${options.duration} s...\n`);
        const figures = await measureLoad({
          url: BASE + target.path,
          connections: options.connections,
          duration: options.duration,
          headers: { cookie },
        });
        rows.push({ view: target.view, path: target.path.replace(reference, "<reference>"), cases: size, ...figures });
      }
    } finally {
      stopServer(server);
      await new Promise((r) => setTimeout(r, 1000));
      await database.cleanUp();
    }
  }
  const small = Math.min(...options.sizes);
  const large = Math.max(...options.sizes);
  const ratios = ["default", "overdue", "search"].map((view) => {
    const p95Small = rows.find((r) => r.view === view && r.cases === small)?.p95 ?? NaN;
    const p95Large = rows.find((r) => r.view === view && r.cases === large)?.p95 ?? NaN;
    return { view, p95Small, p95Large, ratio: Math.round((p95Large / p95Small) * 100) / 100 };
  });
  return { backend, connections: options.connections, duration: options.duration, rows, ratios, seedSeconds, notes };
}
