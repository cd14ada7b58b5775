// Bulk seeding of realistic cases for the benches, `npm run db:seed:bulk` and the query-plan tests. In
// order: the word lists, the seed staff, SeedOptions, a repeatable random source, the bulk writer (COPY on
// PGlite, INSERT … unnest on PostgreSQL), then seedCases itself: plan every case and reserve its reference,
// then per batch of 5,000 build the Requester, Case, ClockStop and AuditEvent rows, write them, and ANALYZE
// at the end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { Connection } from "@/lib/db/client";
import { Prisma, type CaseStatus, type ClosureOutcome, type Regime, type RequestType } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import {
  BUILTIN_SCHEDULES,
  calendarsWith,
  computeDeadline,
  DEFAULT_POLICIES,
  localDateOf,
  yearOf,
  type DeadlineResult,
  type ScheduleYear,
} from "@/lib/domain/deadlines";
import { deadlineColumns } from "@/lib/server/deadlines/case-deadline";
import { formatCaseReference } from "@/lib/server/cases/next-case-reference";

const TYPES: RequestType[] = [
  "ACCESS",
  "DELETION",
  "CORRECTION",
  "OBJECTION",
  "WITHDRAWAL",
  "GUARDIAN_INQUIRY",
  "OTHER",
];
const REGIMES: Regime[] = ["EU_GDPR", "UK_GDPR", "CN_PIPL", "US_CA_CCPA", "BR_LGPD", "DEFAULT"];
const COUNTRIES: Record<Regime, string[]> = {
  EU_GDPR: ["IE", "DE", "FR", "NL", "ES", "IT", "PL", "SE"],
  UK_GDPR: ["GB"],
  CN_PIPL: ["CN"],
  US_CA_CCPA: ["US"],
  BR_LGPD: ["BR"],
  DEFAULT: ["AU", "CA", "IN", "JP", "ZA", "NZ"],
};
const FIRST_NAMES = ["Alex", "Maria", "Wei", "Aoife", "James", "Lucas", "Priya", "Sofia", "Chen", "Olivia", "Noah"];
const LAST_NAMES = ["Murphy", "Silva", "Zhang", "Smith", "Müller", "García", "Kowalski", "Okafor", "Li", "Brown"];
const CUSTOMERS = ["Northwind Retail", "Contoso Bank", "Fabrikam Health", "Tailspin Travel", "Wide World Importers"];
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Staff the seeded cases are assigned to (created when missing; they cannot sign in until invited). */
const SEED_STAFF = [
  { email: "officer.one@rightsdesk.local", name: "Olive Officer", role: "PRIVACY_OFFICER" as const },
  { email: "officer.two@rightsdesk.local", name: "Oscar Officer", role: "PRIVACY_OFFICER" as const },
  { email: "analyst.one@rightsdesk.local", name: "Ana Analyst", role: "ANALYST" as const },
  { email: "analyst.two@rightsdesk.local", name: "Arun Analyst", role: "ANALYST" as const },
];

export interface SeedOptions {
  /** The seeding instant: statuses follow each case's age at this instant. */
  now?: Date;
  /**
   * The end of the receipt window (default `now`): cases are received over the `spreadDays` before it.
   * An earlier end adds history (the scale bench grows the database with cases received years ago).
   */
  receivedBefore?: Date;
  spreadDays?: number;
  /**
   * "realistic" (default): statuses by age (recent ones may be unverified, most old ones closed, some
   * overdue), pauses, extensions, assignments, named customers. "open": every case IN_PROGRESS and
   * unassigned (the reminder sweep bench).
   */
  mix?: "realistic" | "open";
  /** Write each case's audit events (submitted, verified, closed), which the sealer then chains. Default true. */
  auditEvents?: boolean;
  /** Seed of the pseudo-random choices, so runs are repeatable. */
  seed?: number;
}

export interface SeedResult {
  references: string[];
  cases: number;
  auditEvents: number;
  seconds: number;
}

/** Small, fast, repeatable pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries.at(-1)![0];
  };
  return { next, pick, weighted, chance: (p: number) => next() < p };
}

type Cell = string | null;

interface Table {
  name: string;
  /** Column name and the SQL type its text is cast to. */
  columns: [string, string][];
  rows: Cell[][];
}

/** Writes rows in bulk: COPY from an in-memory blob on PGlite, INSERT … SELECT FROM unnest(…) on PostgreSQL. */
interface BulkWriter {
  write(table: Table): Promise<void>;
  close(): Promise<void>;
}

const csvCell = (value: Cell) => (value === null ? "" : `"${value.replace(/"/g, '""')}"`);

function bulkWriter(connection: Connection): BulkWriter {
  const pglite = connection.adapter.pglite;
  if (pglite) {
    return {
      async write(table) {
        if (table.rows.length === 0) return;
        const csv = table.rows.map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
        const columns = table.columns.map(([name]) => `"${name}"`).join(", ");
        await pglite.query(`COPY "${table.name}" (${columns}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
          blob: new Blob([csv]),
        });
      },
      close: async () => {},
    };
  }
  if (connection.target.kind !== "postgres") throw new Error("no bulk writer for this database");
  const client = new pg.Client({ connectionString: connection.target.url });
  const connected = client.connect();
  return {
    async write(table) {
      if (table.rows.length === 0) return;
      await connected;
      const names = table.columns.map(([name]) => `"${name}"`).join(", ");
      const casts = table.columns.map(([name, type]) => `u."${name}"::${type}`).join(", ");
      const unnest = table.columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
      const aliases = table.columns.map(([name]) => `"${name}"`).join(", ");
      const arrays = table.columns.map((_, i) => table.rows.map((row) => row[i] ?? null));
      await client.query(
        `INSERT INTO "${table.name}" (${names}) SELECT ${casts} FROM unnest(${unnest}) AS u(${aliases})`,
        arrays,
      );
    },
    async close() {
      await connected;
      await client.end();
    },
  };
}

async function ensureSeedStaff(connection: Connection): Promise<string[]> {
  const prisma = connection.prisma;
  const ids: string[] = [];
  for (const staff of SEED_STAFF) {
    const existing = await prisma.user.findUnique({ where: { email: staff.email }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    // A random password nobody knows: these accounts exist to hold assignments.
    const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
    const created = await prisma.user.create({ data: { ...staff, passwordHash }, select: { id: true } });
    ids.push(created.id);
  }
  return ids;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Seeds `count` cases quickly (about 100,000 a minute or better on either backend): requesters with
 * distinct emails, every request type and regime, deadlines computed by the real engine, references
 * continuing each year's counter (advanced first, so cases created later never collide), and, by default,
 * the cases' audit events, chained by the database like any other.
 */
export async function seedCases(connection: Connection, count: number, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const receivedBefore = options.receivedBefore ?? now;
  const spreadDays = options.spreadDays ?? 120;
  const mix = options.mix ?? "realistic";
  const withAudit = options.auditEvents ?? true;
  const rnd = random(options.seed ?? 20261129);
  const prisma = connection.prisma;
  const calendars = calendarsWith(weekdayYearsBefore(new Date(receivedBefore.getTime() - spreadDays * DAY)));
  const staffIds = mix === "realistic" ? await ensureSeedStaff(connection) : [];

  // Deadlines depend on the regime, the local receipt date and the extension: compute each once.
  const deadlines = new Map<string, { deadline: DeadlineResult; columns: ReturnType<typeof deadlineColumns> }>();
  const deadlineOf = (regime: Regime, receivedAt: Date, extended: boolean) => {
    const key = `${regime}|${Math.floor(receivedAt.getTime() / HOUR)}|${extended}`;
    let result = deadlines.get(key);
    if (!result) {
      const deadline = computeDeadline({ policy: DEFAULT_POLICIES[regime], receivedAt, extended }, calendars);
      result = { deadline, columns: deadlineColumns(deadline) };
      deadlines.set(key, result);
    }
    return result;
  };
  const policyJson = Object.fromEntries(REGIMES.map((r) => [r, JSON.stringify(DEFAULT_POLICIES[r])]));

  // Plan every case first (receipt, regime, deadline, reference year), then reserve the references.
  const plans = Array.from({ length: count }, () => {
    const regime = rnd.pick(REGIMES);
    // Whole hours plus a few minutes: more cases recently than long ago.
    const ageHours = Math.floor(Math.pow(rnd.next(), 1.3) * spreadDays * 24);
    const receivedAt = new Date(
      Math.floor((receivedBefore.getTime() - ageHours * HOUR) / HOUR) * HOUR + Math.floor(rnd.next() * 59) * 60_000,
    );
    return { regime, receivedAt, year: yearOf(deadlineOf(regime, receivedAt, false).deadline.receivedDate) };
  });
  plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  // One block of numbers from the references' sequence for the whole seed (a seed runs alone).
  const [block] = await queryRows(
    prisma,
    z.object({ last: z.number().int() }),
    Prisma.sql`SELECT setval('case_reference_number', nextval('case_reference_number') + ${plans.length - 1})::int AS last`,
  );
  let nextNumber = block!.last - plans.length + 1;

  const writer = bulkWriter(connection);
  const references: string[] = [];
  let auditEvents = 0;
  const batchSize = 5000;
  try {
    for (let offset = 0; offset < count; offset += batchSize) {
      const requesters: Table = {
        name: "Requester",
        columns: [
          ["id", "uuid"],
          ["email", "text"],
          ["name", "text"],
          ["relationship", '"RequesterRelationship"'],
          ["locale", '"Locale"'],
          ["country", "char(2)"],
          ["region", "text"],
          ["emailVerifiedAt", "timestamptz"],
          ["createdAt", "timestamptz"],
        ],
        rows: [],
      };
      const cases: Table = {
        name: "Case",
        columns: [
          ["id", "uuid"],
          ["reference", "text"],
          ["type", '"RequestType"'],
          ["status", '"CaseStatus"'],
          ["outcome", '"ClosureOutcome"'],
          ["regime", '"Regime"'],
          ["channel", '"Channel"'],
          ["receivedAt", "timestamptz"],
          ["dueAt", "timestamptz"],
          ["dueDate", "char(10)"],
          ["originalDueAt", "timestamptz"],
          ["acknowledgementDueAt", "timestamptz"],
          ["policy", "jsonb"],
          ["clockPausedAt", "timestamptz"],
          ["extendedAt", "timestamptz"],
          ["extensionReason", "text"],
          ["nextReminderAt", "timestamptz"],
          ["details", "jsonb"],
          ["relationship", '"RequesterRelationship"'],
          ["subjectName", "text"],
          ["customerNameGiven", "text"],
          ["identityVerifiedAt", "timestamptz"],
          ["identityVerificationMethod", "text"],
          ["duplicateOfId", "uuid"],
          ["closureText", "text"],
          ["closedAt", "timestamptz"],
          ["requesterId", "uuid"],
          ["assigneeId", "uuid"],
          ["createdAt", "timestamptz"],
          ["updatedAt", "timestamptz"],
        ],
        rows: [],
      };
      const clockStops: Table = {
        name: "ClockStop",
        columns: [
          ["id", "uuid"],
          ["caseId", "uuid"],
          ["kind", '"ClockStopKind"'],
          ["fromDate", "char(10)"],
          ["startedAt", "timestamptz"],
        ],
        rows: [],
      };
      const events: { at: Date; row: Cell[] }[] = [];
      const event = (at: Date, type: string, caseId: string, actorKind: string, actorId: string | null, data: object) =>
        events.push({ at, row: [type, caseId, actorId, actorKind, JSON.stringify(data), at.toISOString()] });

      let previousCaseId: string | null = null;
      for (let n = offset; n < Math.min(count, offset + batchSize); n++) {
        const { regime, receivedAt, year } = plans[n]!;
        const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
        const type = rnd.pick(TYPES);
        const id = crypto.randomUUID();
        const requesterId = crypto.randomUUID();
        const number = nextNumber++;
        const reference = formatCaseReference(year, number);
        references.push(reference);

        let status: CaseStatus = "IN_PROGRESS";
        let outcome: ClosureOutcome | null = null;
        if (mix === "realistic") {
          // Past half a year almost every case is closed; a few stay open, long overdue.
          const closedChance = ageDays < 15 ? 0.1 : ageDays < 45 ? 0.45 : ageDays < 180 ? 0.85 : 0.998;
          if (ageDays < 7 && rnd.chance(0.12)) status = "UNVERIFIED";
          else if (rnd.chance(closedChance)) status = "CLOSED";
          else status = rnd.weighted({ NEW: 25, IN_PROGRESS: 50, AWAITING_REQUESTER: 15, ROUTED: 10 });
          if (status === "CLOSED") {
            outcome = rnd.weighted({
              FULFILLED: 55,
              PARTIALLY_FULFILLED: 15,
              DENIED: 9,
              WITHDRAWN: 8,
              TRANSFERRED_TO_CONTROLLER: 6,
              DUPLICATE: previousCaseId ? 4 : 0,
              EXPIRED: 3,
            });
          }
        }
        const open = status !== "CLOSED" && status !== "UNVERIFIED";
        const relationship =
          type === "GUARDIAN_INQUIRY"
            ? "GUARDIAN"
            : mix === "realistic"
              ? rnd.weighted({ SELF: 90, AUTHORIZED_AGENT: 6, GUARDIAN: 4 })
              : "SELF";
        const extendable = DEFAULT_POLICIES[regime].rule.extension > 0;
        const extended = mix === "realistic" && open && extendable && ageDays > 20 && rnd.chance(0.08);
        const { deadline, columns } = deadlineOf(regime, receivedAt, extended);
        const verifiedAt =
          status === "UNVERIFIED" ? null : new Date(receivedAt.getTime() + (5 + rnd.next() * 600) * 60_000);
        const closedAt =
          status === "CLOSED"
            ? new Date(
                Math.min(
                  now.getTime(),
                  receivedAt.getTime() + (0.2 + rnd.next()) * (deadline.dueAt.getTime() - receivedAt.getTime()),
                ),
              )
            : null;
        const paused =
          status === "AWAITING_REQUESTER" && DEFAULT_POLICIES[regime].clockStops
            ? new Date(
                Math.max(
                  verifiedAt!.getTime(),
                  Math.min(now.getTime() - HOUR, verifiedAt!.getTime() + rnd.next() * 5 * DAY),
                ),
              )
            : null;
        const identityVerifiedAt =
          open && status !== "NEW" && rnd.chance(0.4)
            ? new Date(Math.min(now.getTime(), verifiedAt!.getTime() + rnd.next() * DAY))
            : null;
        const channel = rnd.weighted({ WEB: 75, API: 15, EMAIL: 7, POST: 3 });
        const assigneeId =
          staffIds.length > 0 && status !== "UNVERIFIED" && (status !== "NEW" || rnd.chance(0.1)) && rnd.chance(0.75)
            ? rnd.pick(staffIds)
            : null;
        const first = rnd.pick(FIRST_NAMES);
        const last = rnd.pick(LAST_NAMES);
        const country = rnd.pick(COUNTRIES[regime]);
        const locale = regime === "CN_PIPL" ? "zh" : "en";

        requesters.rows.push([
          requesterId,
          // Distinct across seeding runs too: the reference is.
          `${first}.${last}.${year}-${number}@example.com`.toLowerCase(),
          `${first} ${last}`,
          relationship,
          locale,
          country,
          regime === "US_CA_CCPA" ? "CA" : null,
          iso(verifiedAt),
          iso(receivedAt),
        ]);
        cases.rows.push([
          id,
          reference,
          type,
          status,
          outcome,
          regime,
          channel,
          iso(receivedAt),
          iso(columns.dueAt),
          columns.dueDate,
          iso(columns.originalDueAt),
          iso(columns.acknowledgementDueAt),
          policyJson[regime]!,
          iso(paused),
          extended ? iso(new Date(receivedAt.getTime() + 14 * DAY)) : null,
          extended ? "The request covers several systems and years of records." : null,
          open ? iso(columns.nextReminderAt) : null,
          JSON.stringify(detailsFor(type, rnd.chance(0.3))),
          relationship,
          relationship === "SELF" ? null : `${rnd.pick(FIRST_NAMES)} ${last}`,
          mix === "realistic" && rnd.chance(0.15) ? rnd.pick(CUSTOMERS) : null,
          iso(identityVerifiedAt),
          identityVerifiedAt ? rnd.pick(["Matched account email", "Signed-in account", "ID document checked"]) : null,
          outcome === "DUPLICATE" ? previousCaseId : null,
          status === "CLOSED" ? "Closed after review." : null,
          iso(closedAt),
          requesterId,
          assigneeId,
          iso(receivedAt),
          iso(closedAt ?? paused ?? verifiedAt ?? receivedAt),
        ]);
        if (paused) {
          clockStops.rows.push([
            crypto.randomUUID(),
            id,
            "CLARIFICATION",
            localDateOf(paused, DEFAULT_POLICIES[regime].timeZone),
            iso(paused),
          ]);
        }
        if (withAudit) {
          event(receivedAt, "case.submitted", id, "REQUESTER", null, { channel, type, relationship, uploads: 0 });
          if (verifiedAt) event(verifiedAt, "case.email_verified", id, "REQUESTER", null, {});
          if (closedAt) event(closedAt, "case.closed", id, assigneeId ? "STAFF" : "SYSTEM", assigneeId, { outcome });
        }
        previousCaseId = id;
      }

      await writer.write(requesters);
      await writer.write(cases);
      await writer.write(clockStops);
      if (withAudit) {
        events.sort((a, b) => a.at.getTime() - b.at.getTime());
        await writer.write({
          name: "AuditEvent",
          columns: [
            ["type", "text"],
            ["caseId", "uuid"],
            ["actorId", "uuid"],
            ["actorKind", "text"],
            ["data", "jsonb"],
            ["createdAt", "timestamptz"],
          ],
          rows: events.map((e) => e.row),
        });
        auditEvents += events.length;
      }
    }
  } finally {
    await writer.close();
  }
  await prisma.$executeRawUnsafe(`ANALYZE`);
  return { references, cases: count, auditEvents, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/**
 * Years before the first shipped official schedule (China's) get a weekdays-only schedule, so history
 * can be seeded: a past year's notice will never be added, and these cases are long closed.
 */
function weekdayYearsBefore(earliest: Date): { calendar: string; year: ScheduleYear }[] {
  const years: { calendar: string; year: ScheduleYear }[] = [];
  for (const [calendar, schedules] of Object.entries(BUILTIN_SCHEDULES)) {
    const first = Math.min(...schedules.map((y) => y.year));
    for (let year = earliest.getUTCFullYear() - 1; year < first; year++) {
      years.push({ calendar, year: { year, holidays: [], workingWeekendDays: [] } });
    }
  }
  return years;
}

function detailsFor(type: RequestType, withScope: boolean): object {
  switch (type) {
    case "CORRECTION":
      return {
        dataItem: "Postal address",
        currentValue: "1 Old Road",
        correctedValue: "2 New Street",
        restrictProcessing: false,
      };
    case "OBJECTION":
      return withScope
        ? { processing: "Profiling for advertising", directMarketing: false, grounds: "Particular situation" }
        : { processing: "Marketing emails", directMarketing: true };
    case "WITHDRAWAL":
      return { consentPurpose: "Newsletter" };
    case "ACCESS":
    case "DELETION":
      return withScope ? { scope: "Order history since 2020" } : {};
    case "GUARDIAN_INQUIRY":
      return { question: "What data do you hold about my child?" };
    case "OTHER":
      return { message: "Please tell me where my data came from." };
  }
}
