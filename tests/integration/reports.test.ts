// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getRegister } from "@/app/api/v1/reports/register/route";
import { GET as getTransparency } from "@/app/api/v1/reports/transparency/route";
import type { Actor } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/db/generated/client";
import { readReportQuery } from "@/lib/domain/reports/report-filters";
import { REGISTER_COLUMNS } from "@/lib/server/reports/export-register";
import { reportDashboard } from "@/lib/server/reports/report-dashboard";
import { transparencySummary } from "@/lib/server/reports/transparency-summary";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The reports' aggregates against a small hand-built set of cases whose every figure is worked out
 * below by hand, on whichever backend the run uses (in-memory PGlite, or PostgreSQL with
 * TEST_DATABASE_URL). "Now" is Friday 20 November 2026, 12:00 UTC; the period is the six whole weeks from
 * Monday 5 October to Sunday 15 November 2026.
 */
const NOW = new Date("2026-11-20T12:00:00.000Z");
const PERIOD = { from: "2026-10-05", to: "2026-11-15" };
const at = (iso: string) => new Date(iso.includes("T") ? iso : `${iso}T00:00:00.000Z`);
const endOf = (date: string) => new Date(`${date}T23:59:59.999Z`);

interface Spec {
  key: string;
  type: Prisma.CaseCreateInput["type"];
  regime?: Prisma.CaseCreateInput["regime"];
  status: Prisma.CaseCreateInput["status"];
  outcome?: Prisma.CaseCreateInput["outcome"];
  received: Date;
  due: Date;
  closed?: Date;
  extended?: Date;
  extensionReason?: string;
  denialReason?: Prisma.CaseCreateInput["denialReason"];
  paused?: Date;
  customer?: string;
  routingState?: Prisma.CaseCreateInput["routingState"];
  verified?: boolean;
}

// Days to close (receipt → closure) are whole or half days, so the medians are exact. One case a line.
// prettier-ignore
const CASES: Spec[] = [
  // Received in the period.
  { key: "A1", type: "ACCESS", status: "CLOSED", outcome: "FULFILLED", received: at("2026-10-05"), due: endOf("2026-11-05"), closed: at("2026-10-15") }, // 10 d, on time
  { key: "E1", type: "ACCESS", status: "CLOSED", outcome: "EXPIRED", received: at("2026-10-06"), due: endOf("2026-11-06"), closed: at("2026-10-13"), verified: false },
  { key: "D1", type: "DELETION", status: "CLOSED", outcome: "FULFILLED", received: at("2026-10-07"), due: endOf("2026-11-07"), closed: at("2026-11-12"), customer: "Globex", routingState: "ACKNOWLEDGED" }, // 36 d, late
  { key: "A2", type: "ACCESS", status: "CLOSED", outcome: "PARTIALLY_FULFILLED", received: endOf("2026-10-11"), due: endOf("2026-11-11"), closed: endOf("2026-11-10"), customer: "Acme Cloud", routingState: "SENT" }, // Sunday: week of 5 Oct; 30 d, on time
  { key: "C1", type: "CORRECTION", regime: "UK_GDPR", status: "CLOSED", outcome: "DENIED", denialReason: "NO_DATA_FOUND", received: at("2026-10-20"), due: endOf("2026-11-10"), extended: at("2026-11-01"), extensionReason: "Records in three systems", closed: at("2026-11-14"), customer: "Initech", routingState: "SENT" }, // 25 d, extended, late
  { key: "A3", type: "ACCESS", status: "CLOSED", outcome: "FULFILLED", received: at("2026-10-26"), due: endOf("2027-01-26"), extended: at("2026-11-01"), extensionReason: '=HYPERLINK("x"), then more', closed: at("2026-11-15T12:00:00.000Z") }, // 20.5 d, extended, on time
  { key: "O1", type: "OBJECTION", status: "CLOSED", outcome: "WITHDRAWN", received: at("2026-10-28"), due: endOf("2026-11-28"), closed: at("2026-10-30") },
  { key: "D2", type: "DELETION", status: "CLOSED", outcome: "DENIED", denialReason: "IDENTITY_NOT_VERIFIED", received: at("2026-11-03"), due: endOf("2026-12-03"), closed: at("2026-11-05") }, // 2 d, on time
  { key: "T1", type: "OTHER", status: "CLOSED", outcome: "TRANSFERRED_TO_CONTROLLER", received: at("2026-11-04"), due: endOf("2026-12-04"), closed: at("2026-11-08"), customer: "Acme Cloud", routingState: "ACKNOWLEDGED" }, // 4 d, on time
  { key: "A4", type: "ACCESS", status: "AWAITING_REQUESTER", received: endOf("2026-11-15"), due: endOf("2026-11-19"), paused: at("2026-11-17"), customer: "Globex" }, // past due but paused: not overdue; customer confirmed, not routed
  // Received outside the period.
  { key: "X1", type: "ACCESS", status: "CLOSED", outcome: "DENIED", denialReason: "NO_DATA_FOUND", received: endOf("2026-10-04"), due: endOf("2026-11-04"), closed: endOf("2026-10-24") }, // 20 d, on time
  { key: "X2", type: "ACCESS", status: "NEW", received: at("2026-11-16"), due: endOf("2026-12-16") },
  { key: "Y1", type: "DELETION", status: "CLOSED", outcome: "DENIED", denialReason: "OUTSIDE_SCOPE", received: at("2026-09-01"), due: endOf("2026-10-01"), closed: at("2026-10-03") }, // closed before the period; 32 d
  { key: "P1", type: "WITHDRAWAL", regime: "US_CA_CCPA", status: "IN_PROGRESS", received: at("2026-09-25"), due: endOf("2026-12-20"), extended: at("2026-11-02"), extensionReason: "Volume" },
  { key: "P2", type: "GUARDIAN_INQUIRY", status: "IN_PROGRESS", received: at("2026-08-20"), due: endOf("2026-11-18"), extended: at("2026-09-30"), extensionReason: "Proof of guardianship" }, // overdue
  { key: "R1", type: "OTHER", status: "ROUTED", received: at("2026-09-10"), due: endOf("2026-10-10"), customer: "Acme Cloud", routingState: "SENT" }, // overdue
  { key: "U1", type: "ACCESS", status: "UNVERIFIED", received: at("2026-11-19"), due: endOf("2026-12-19"), verified: false },
  { key: "Z1", type: "ACCESS", status: "CLOSED", outcome: "FULFILLED", received: endOf("2025-12-31"), due: endOf("2026-01-31"), closed: at("2026-01-10") },
];

// Routings: [case, customer, sent, acknowledged].
// prettier-ignore
const ROUTINGS: [string, string, Date, Date | null][] = [
  ["T1", "Acme Cloud", at("2026-11-04T06:00:00.000Z"), at("2026-11-04T18:00:00.000Z")], // 12 h
  ["A2", "Acme Cloud", at("2026-10-12"), at("2026-10-13T12:00:00.000Z")], // 36 h
  ["A2", "Acme Cloud", at("2026-10-20"), null],
  ["D1", "Globex", at("2026-10-08"), at("2026-10-08T06:00:00.000Z")], // 6 h
  ["C1", "Initech", at("2026-11-01"), null],
  ["R1", "Acme Cloud", at("2026-09-12"), at("2026-09-13")], // before the period
];

describe("reports: dashboard aggregates, register and transparency summary", () => {
  let database: TestDatabase;
  let officer: Actor;
  const ids = new Map<string, string>();
  const customers = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase();
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    for (const name of ["Acme Cloud", "Globex", "Initech"]) {
      const customer = await database.prisma.cloudCustomer.create({
        data: { name, contactEmails: ["privacy@example.com"] },
      });
      customers.set(name, customer.id);
    }
    let n = 0;
    for (const spec of CASES) {
      n += 1;
      const created = await database.prisma.case.create({
        data: {
          reference: `DSR-2026-${String(n).padStart(6, "0")}`,
          type: spec.type,
          status: spec.status,
          outcome: spec.outcome ?? null,
          regime: spec.regime ?? "EU_GDPR",
          channel: "WEB",
          receivedAt: spec.received,
          dueAt: spec.due,
          dueDate: spec.due.toISOString().slice(0, 10),
          originalDueAt: spec.due,
          policy: {},
          extendedAt: spec.extended ?? null,
          extensionReason: spec.extensionReason ?? null,
          denialReason: spec.denialReason ?? null,
          clockPausedAt: spec.paused ?? null,
          closedAt: spec.closed ?? null,
          routingState: spec.routingState ?? null,
          customer: spec.customer ? { connect: { id: customers.get(spec.customer)! } } : undefined,
          requester: {
            create: {
              email: `${spec.key.toLowerCase()}@example.com`,
              name: `Person ${spec.key}`,
              emailVerifiedAt: spec.verified === false ? null : new Date(spec.received.getTime() + 3_600_000),
            },
          },
        },
      });
      ids.set(spec.key, created.id);
    }
    for (const [key, customer, sentAt, acknowledgedAt] of ROUTINGS) {
      await database.prisma.customerRouting.create({
        data: {
          caseId: ids.get(key)!,
          customerId: customers.get(customer)!,
          tokenHash: `hash-${key}-${sentAt.toISOString()}`,
          expiresAt: new Date(sentAt.getTime() + 30 * 86_400_000),
          sentAt,
          acknowledgedAt,
          state: acknowledgedAt ? "ACKNOWLEDGED" : "SENT",
        },
      });
    }
  }, 120_000);
  afterAll(() => database.drop());

  const dashboard = (params: Record<string, string> = {}) =>
    reportDashboard(readReportQuery({ ...PERIOD, ...params }, NOW).filters, officer, NOW);

  it("counts requests received per UTC week and type, empty weeks included, both ends of the period inclusive", async () => {
    const { received } = await dashboard();
    expect(received.weeks.map((w) => [w.week, w.total])).toEqual([
      ["2026-10-05", 4], // A1 (Monday 00:00), E1, D1, A2 (Sunday 23:59:59.999)
      ["2026-10-12", 0],
      ["2026-10-19", 1], // C1
      ["2026-10-26", 2], // A3, O1
      ["2026-11-02", 2], // D2, T1
      ["2026-11-09", 1], // A4 (the period's last millisecond)
    ]);
    expect(received.weeks[0]!.counts).toMatchObject({ ACCESS: 3, DELETION: 1, CORRECTION: 0 });
    expect(received.total).toBe(10);
    expect(received.byType).toEqual({
      ACCESS: 5,
      DELETION: 2,
      CORRECTION: 1,
      OBJECTION: 1,
      WITHDRAWAL: 0,
      GUARDIAN_INQUIRY: 0,
      OTHER: 1,
    });
  });

  it("buckets weeks in UTC whatever the database session's time zone", async () => {
    // UTC+14: A2 (Sunday 23:59:59.999 UTC) is Monday there and A4 falls after the period's end, unless the
    // bounds and weeks are taken in UTC. (On PostgreSQL the setting reaches the pool's most recently used
    // connection, which the next statements reuse.)
    await database.prisma.$executeRawUnsafe(`SET TIME ZONE 'Pacific/Kiritimati'`);
    try {
      const { received } = await dashboard({ type: "ACCESS" });
      expect(received.weeks.map((w) => w.total)).toEqual([3, 0, 0, 1, 0, 1]);
    } finally {
      await database.prisma.$executeRawUnsafe(`SET TIME ZONE 'UTC'`);
    }
  });

  it("counts open cases by status now, and overdue ones with a running clock", async () => {
    const { open } = await dashboard();
    expect(open.byStatus).toEqual([
      { status: "NEW", count: 1 }, // X2
      { status: "IN_PROGRESS", count: 2 }, // P1, P2
      { status: "AWAITING_REQUESTER", count: 1 }, // A4 (paused)
      { status: "ROUTED", count: 1 }, // R1
    ]);
    expect(open.total).toBe(5);
    expect(open.overdue).toBe(2); // P2, R1; A4 is past due but its clock is stopped
  });

  it("computes the on-time rate with extended cases apart, over answered closures only", async () => {
    const { onTime } = await dashboard();
    // Not extended: A1, A2, X1, D2, T1 on time; D1 late. Extended: A3 on time, C1 late (past its extension).
    // E1 (expired), O1 (withdrawn) owed no answer; Y1 closed before the period.
    expect(onTime.notExtended).toEqual({ closed: 6, onTime: 5, rate: 5 / 6 });
    expect(onTime.extended).toEqual({ closed: 2, onTime: 1, rate: 0.5 });
    expect(onTime.all).toEqual({ closed: 8, onTime: 6, rate: 0.75 });
  });

  it("computes median and 90th-percentile days to close per type and overall (interpolated, as percentile_cont)", async () => {
    const { closureTimes } = await dashboard();
    const of = (type: string) => closureTimes.find((r) => r.type === type)!;
    // ACCESS: 10, 20 (X1), 20.5 (A3), 30 (A2) → median 20.25; p90 at rank 2.7: 20.5 + 0.7 × 9.5 = 27.15.
    expect(of("ACCESS").closed).toBe(4);
    expect(of("ACCESS").medianDays).toBeCloseTo(20.25, 9);
    expect(of("ACCESS").p90Days).toBeCloseTo(27.15, 9);
    // DELETION: 2, 36 → median 19; p90 2 + 0.9 × 34 = 32.6.
    expect(of("DELETION").medianDays).toBeCloseTo(19, 9);
    expect(of("DELETION").p90Days).toBeCloseTo(32.6, 9);
    expect(of("CORRECTION")).toMatchObject({ closed: 1, medianDays: 25, p90Days: 25 });
    expect(of("OTHER")).toMatchObject({ closed: 1, medianDays: 4, p90Days: 4 });
    expect(of("OBJECTION")).toEqual({ type: "OBJECTION", closed: 0, medianDays: null, p90Days: null });
    // All: 2, 4, 10, 20, 20.5, 25, 30, 36 → median 20.25; p90 at rank 6.3: 30 + 0.3 × 6 = 31.8.
    expect(of("ALL").closed).toBe(8);
    expect(of("ALL").medianDays).toBeCloseTo(20.25, 9);
    expect(of("ALL").p90Days).toBeCloseTo(31.8, 9);
  });

  it("counts extensions used in the period per regime, and denials by reason code", async () => {
    const { extensions, denials } = await dashboard();
    // A3 and C1 extended on 1 November, P1 on 2 November; P2's extension (30 September) is before the period.
    expect(extensions.rows).toEqual([
      { regime: "EU_GDPR", count: 1 },
      { regime: "UK_GDPR", count: 1 },
      { regime: "US_CA_CCPA", count: 1 },
    ]);
    expect(extensions.total).toBe(3);
    // X1 and C1 (no data found), D2 (identity); Y1 was denied before the period.
    expect(denials.rows).toEqual([
      { reason: "NO_DATA_FOUND", count: 2 },
      { reason: "IDENTITY_NOT_VERIFIED", count: 1 },
    ]);
    expect(denials.total).toBe(3);
  });

  it("lists routings sent in the period per customer with the median hours to acknowledge", async () => {
    const { routing } = await dashboard();
    expect(routing.map(({ customerId: _id, ...rest }) => rest)).toEqual([
      // T1 (12 h) and A2 twice (36 h, then unacknowledged): median of 12 and 36.
      { customer: "Acme Cloud", cases: 2, routings: 3, acknowledged: 2, medianHoursToAcknowledge: 24 },
      { customer: "Globex", cases: 1, routings: 1, acknowledged: 1, medianHoursToAcknowledge: 6 },
      { customer: "Initech", cases: 1, routings: 1, acknowledged: 0, medianHoursToAcknowledge: null },
    ]);
  });

  it("applies the type, regime and customer filters to every panel", async () => {
    const deletion = await dashboard({ type: "DELETION" });
    expect(deletion.received.total).toBe(2);
    expect(deletion.onTime.all).toEqual({ closed: 2, onTime: 1, rate: 0.5 });
    expect(deletion.denials.rows).toEqual([{ reason: "IDENTITY_NOT_VERIFIED", count: 1 }]);
    expect(deletion.routing.map((r) => r.customer)).toEqual(["Globex"]);
    expect(deletion.open.total).toBe(0);

    const uk = await dashboard({ regime: "UK_GDPR" });
    expect(uk.received.total).toBe(1);
    expect(uk.extensions.rows).toEqual([{ regime: "UK_GDPR", count: 1 }]);

    const acme = await dashboard({ customerId: customers.get("Acme Cloud")! });
    expect(acme.received.total).toBe(2); // A2, T1
    expect(acme.open.byStatus.find((s) => s.status === "ROUTED")!.count).toBe(1); // R1
    expect(acme.routing.map((r) => r.customer)).toEqual(["Acme Cloud"]);
  });

  const call = async (handler: (request: Request) => Promise<Response>, path: string, actor: Actor | null) => {
    const url = `http://localhost${path}`;
    const headers: Record<string, string> = actor ? { cookie: await sessionCookieFor(actor) } : {};
    return inRequestScope(url, headers, () => handler(new Request(url, { headers })));
  };

  it("exports the period's register as CSV: header, one row per request received, formulas defused, audited", async () => {
    const response = await call(getRegister, `/api/v1/reports/register?from=${PERIOD.from}&to=${PERIOD.to}`, officer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("register-2026-10-05-to-2026-11-15.csv");
    expect(response.headers.get("x-total-count")).toBe("10");
    const lines = (await response.text()).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "reference,type,regime,channel,received,verified,due,extended,extension_reason,closed,outcome,reason_code,routed_to",
    );
    expect(lines[0]!.split(",")).toEqual([...REGISTER_COLUMNS]);
    expect(lines).toHaveLength(11);
    const reference = (key: string) => `DSR-2026-${String(CASES.findIndex((c) => c.key === key) + 1).padStart(6, "0")}`;
    // Oldest first.
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(
      ["A1", "E1", "D1", "A2", "C1", "A3", "O1", "D2", "T1", "A4"].map(reference),
    );
    expect(lines.find((l) => l.startsWith(reference("A3")))).toBe(
      `${reference("A3")},ACCESS,EU_GDPR,WEB,2026-10-26T00:00:00.000Z,2026-10-26T01:00:00.000Z,2027-01-26,` +
        `2026-11-01T00:00:00.000Z,"'=HYPERLINK(""x""), then more",2026-11-15T12:00:00.000Z,FULFILLED,,`,
    );
    expect(lines.find((l) => l.startsWith(reference("C1")))).toBe(
      `${reference("C1")},CORRECTION,UK_GDPR,WEB,2026-10-20T00:00:00.000Z,2026-10-20T01:00:00.000Z,2026-11-10,` +
        `2026-11-01T00:00:00.000Z,Records in three systems,2026-11-14T00:00:00.000Z,DENIED,NO_DATA_FOUND,Initech`,
    );
    // Never confirmed: no verification time. Routed: the customer's name.
    expect(lines.find((l) => l.startsWith(reference("E1")))!.split(",")[5]).toBe("");
    expect(lines.find((l) => l.startsWith(reference("T1")))!.split(",")[12]).toBe("Acme Cloud");
    // A case whose customer is confirmed but which was never routed names no one.
    expect(lines.find((l) => l.startsWith(reference("A4")))!.split(",")[12]).toBe("");

    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "register.exported" },
      orderBy: { id: "desc" },
    });
    expect(event.actorId).toBe(officer.id);
    expect(event.data).toMatchObject({ from: PERIOD.from, to: PERIOD.to, rows: 10 });
  });

  it("refuses the register to analysts and the signed-out, and lets auditors export it", async () => {
    const analyst = await createStaff(database.prisma, { role: "ANALYST" });
    const auditor = await createStaff(database.prisma, { role: "AUDITOR" });
    expect((await call(getRegister, "/api/v1/reports/register", analyst)).status).toBe(403);
    expect((await call(getRegister, "/api/v1/reports/register", null)).status).toBe(401);
    const byAuditor = await call(
      getRegister,
      `/api/v1/reports/register?from=2026-01-01&to=2026-12-31&type=ACCESS`,
      auditor,
    );
    expect(byAuditor.status).toBe(200);
    // Every ACCESS case received in 2026: A1, E1, A2, A3, A4, X1, X2, U1 (Z1 came in on 31 December 2025).
    expect((await byAuditor.text()).trimEnd().split("\n")).toHaveLength(9);
  });

  it("summarizes a year per request type: received, complied in whole or in part, denied, other, open, median days", async () => {
    const summary = await transparencySummary({ year: 2026 }, officer);
    const row = (type: string) => summary.rows.find((r) => r.type === type)!;
    // ACCESS received in 2026: A1, E1, A2, A3, A4, X1, X2, U1. Substantive answers: 10, 20, 20.5, 30 days.
    expect(row("ACCESS")).toEqual({
      type: "ACCESS",
      received: 8,
      compliedInWhole: 2, // A1, A3
      compliedInPart: 1, // A2
      denied: 1, // X1
      withdrawnOrOther: 1, // E1 expired
      open: 3, // A4, X2, U1
      medianDaysToRespond: 20.3, // 20.25, one decimal
    });
    expect(row("DELETION")).toMatchObject({
      received: 3,
      compliedInWhole: 1,
      denied: 2,
      open: 0,
      medianDaysToRespond: 32,
    });
    expect(row("CORRECTION")).toMatchObject({ received: 1, denied: 1, medianDaysToRespond: 25 });
    expect(row("OBJECTION")).toMatchObject({ received: 1, withdrawnOrOther: 1, medianDaysToRespond: null });
    expect(row("WITHDRAWAL")).toMatchObject({ received: 1, open: 1 });
    expect(row("GUARDIAN_INQUIRY")).toMatchObject({ received: 1, open: 1 });
    expect(row("OTHER")).toMatchObject({ received: 2, withdrawnOrOther: 1, open: 1, medianDaysToRespond: null });
    // All: 2, 10, 20, 20.5, 25, 30, 32, 36 → 22.75.
    expect(row("ALL")).toEqual({
      type: "ALL",
      received: 17,
      compliedInWhole: 3,
      compliedInPart: 1,
      denied: 4,
      withdrawnOrOther: 3,
      open: 6,
      medianDaysToRespond: 22.8,
    });
    for (const r of summary.rows) {
      expect(r.compliedInWhole + r.compliedInPart + r.denied + r.withdrawnOrOther + r.open).toBe(r.received);
    }
    expect(summary.rows.map((r) => r.type)).toEqual([
      "CORRECTION",
      "OBJECTION",
      "WITHDRAWAL",
      "ACCESS",
      "DELETION",
      "GUARDIAN_INQUIRY",
      "OTHER",
      "ALL",
    ]);
    // One regime: only P1 came in under the CCPA.
    const ccpa = await transparencySummary({ year: 2026, regime: "US_CA_CCPA" }, officer);
    expect(ccpa.rows.find((r) => r.type === "ALL")).toMatchObject({ received: 1, open: 1 });
    // 2025: only Z1, received in its last millisecond.
    const previous = await transparencySummary({ year: 2025 }, officer);
    expect(previous.rows.find((r) => r.type === "ALL")).toMatchObject({
      received: 1,
      compliedInWhole: 1,
      medianDaysToRespond: 9,
    });
  });

  it("serves the transparency summary as JSON and as CSV", async () => {
    const json = await call(getTransparency, "/api/v1/reports/transparency?year=2026", officer);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { year: number; rows: { type: string; received: number }[] };
    expect(body.year).toBe(2026);
    expect(body.rows.find((r) => r.type === "ALL")!.received).toBe(17);

    const csv = await call(getTransparency, "/api/v1/reports/transparency?year=2026&format=csv", officer);
    expect(csv.headers.get("content-disposition")).toContain("transparency-2026.csv");
    const lines = (await csv.text()).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "request_type,received,complied_in_whole,complied_in_part,denied,withdrawn_or_other,open,median_days_to_respond",
    );
    expect(lines).toContain("ACCESS,8,2,1,1,1,3,20.3");
    expect(lines).toContain("OBJECTION,1,0,0,0,1,0,");
    expect(lines.at(-1)).toBe("ALL,17,3,1,4,3,6,22.8");
    expect((await call(getTransparency, "/api/v1/reports/transparency?year=2026", null)).status).toBe(401);
  });

  it("streams a register larger than one batch in order, each request once", async () => {
    const requester = await database.prisma.requester.create({ data: { email: "bulk@example.com", name: "Bulk" } });
    const count = 2_345;
    await database.prisma.case.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        reference: `DSR-2024-${String(i + 1).padStart(6, "0")}`,
        type: "ACCESS" as const,
        regime: "EU_GDPR" as const,
        channel: "API" as const,
        // Many share an instant, so the keyset's tie-break on id is exercised.
        receivedAt: new Date(Date.UTC(2024, 2, 1) + Math.floor(i / 7) * 3_600_000),
        dueAt: new Date(Date.UTC(2024, 4, 1)),
        dueDate: "2024-05-01",
        originalDueAt: new Date(Date.UTC(2024, 4, 1)),
        policy: {},
        requesterId: requester.id,
      })),
    });
    const response = await call(getRegister, "/api/v1/reports/register?from=2024-01-01&to=2024-12-31", officer);
    expect(response.headers.get("x-total-count")).toBe(String(count));
    const rows = (await response.text()).trimEnd().split("\n").slice(1);
    expect(rows).toHaveLength(count);
    const references = rows.map((r) => r.split(",")[0]!);
    expect(new Set(references).size).toBe(count);
    const received = rows.map((r) => r.split(",")[4]!);
    expect(received).toEqual([...received].sort());
  });
});
