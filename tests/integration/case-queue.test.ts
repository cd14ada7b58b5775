import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { readQueueQuery } from "@/lib/domain/cases/queue-filters";
import { exportCases } from "@/lib/server/cases/export-cases";
import { listCaseQueue, QUEUE_PAGE_SIZE, type QueueRow } from "@/lib/server/cases/list-case-queue";
import { logCase } from "../support/log-case";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { searchHash } from "@/lib/crypto/search-hash";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 24 * 60 * 60 * 1000;

describe("the case queue", () => {
  let database: TestDatabase;
  let officer: Actor;
  let analyst: Actor;
  const now = new Date("2026-11-20T12:00:00Z");
  const ids: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    // 130 cases: every 10th overdue, every 7th assigned to the analyst, every 11th to the officer,
    // every 13th names a customer, every 17th unverified, every 19th closed.
    for (let i = 0; i < 130; i++) {
      const created = await logCase(
        {
          type: i % 2 ? "ACCESS" : "DELETION",
          regime: i % 3 ? "EU_GDPR" : "CN_PIPL",
          channel: "EMAIL",
          receivedAt: new Date(now.getTime() - 2 * DAY).toISOString(),
          requester: { email: `queue-${i}@example.com`, name: `Queue Person ${i}` },
        },
        officer,
        now,
      );
      ids.push(created.id);
      await database.prisma.case.update({
        where: { id: created.id },
        data: {
          dueAt: new Date(now.getTime() + (i % 10 === 0 ? -(i + 1) * 3_600_000 : (i % 40) * DAY + i * 1000)),
          assigneeId: i % 7 === 0 ? analyst.id : i % 11 === 0 ? officer.id : null,
          customerNameGiven: i % 13 === 0 ? "Acme Cloud" : null,
          status: i % 17 === 0 ? "UNVERIFIED" : i % 19 === 0 ? "CLOSED" : "NEW",
        },
      });
    }
  }, 300_000);
  afterAll(() => database.drop());

  async function allPages(params: Record<string, string>, actor: Actor): Promise<QueueRow[]> {
    const rows: QueueRow[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await listCaseQueue(readQueueQuery({ ...params, ...(after ? { after } : {}) }).filters, actor, now);
      expect(page.rows.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE);
      rows.push(...page.rows);
      if (!page.next) return rows;
      after = page.next;
    }
  }

  it("shows open, confirmed cases most urgent first, 50 a page, each exactly once across pages", async () => {
    const rows = await allPages({}, officer);
    const expected = await database.prisma.case.count({ where: { status: "NEW" } });
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(expected);
    const dues = rows.map((r) => r.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(rows[0]!.deadline.kind).toBe("overdue");
    expect(rows.every((r) => r.requesterMasked.includes("•••") && !r.requesterMasked.includes("queue-"))).toBe(true);
  });

  it("includes unverified requests only when asked", async () => {
    const withUnverified = await allPages({ unverified: "1" }, officer);
    const expected = await database.prisma.case.count({ where: { status: { in: ["NEW", "UNVERIFIED"] } } });
    expect(withUnverified).toHaveLength(expected);
  });

  it("filters by overdue, due window, assignee, customer, type, regime, and the saved views agree", async () => {
    const overdue = await allPages({ overdue: "1" }, officer);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.dueAt < now)).toBe(true);
    expect(await allPages({ view: "overdue" }, officer)).toEqual(overdue);

    const week = await allPages({ view: "due-this-week" }, officer);
    expect(week.every((r) => r.dueAt >= now && r.dueAt.getTime() <= now.getTime() + 7 * DAY)).toBe(true);
    expect(week.length).toBeGreaterThan(0);

    const mine = await allPages({ view: "mine" }, officer);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.assigneeName === "Test Staff")).toBe(true);
    const unassigned = await allPages({ assignee: "none" }, officer);
    expect(unassigned.every((r) => r.assigneeName === null)).toBe(true);

    const customer = await allPages({ customer: "yes" }, officer);
    expect(customer.length).toBeGreaterThan(0);
    expect(customer.every((r) => r.customerNameGiven === "Acme Cloud")).toBe(true);

    const typed = await allPages({ type: "DELETION", regime: "CN_PIPL" }, officer);
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((r) => r.type === "DELETION" && r.regime === "CN_PIPL")).toBe(true);
  });

  it("finds a case by its reference or by the requester's email", async () => {
    const target = await database.prisma.case.findUniqueOrThrow({ where: { id: ids[4]! } });
    const byReference = await listCaseQueue(
      readQueueQuery({ q: target.reference.toLowerCase() }).filters,
      officer,
      now,
    );
    expect(byReference.rows.map((r) => r.id)).toEqual([target.id]);
    const byEmail = await listCaseQueue(readQueueQuery({ q: "QUEUE-4@example.com" }).filters, officer, now);
    expect(byEmail.rows.map((r) => r.id)).toEqual([target.id]);
    const number = String(Number(target.reference.slice(-6)));
    const byNumber = await listCaseQueue(readQueueQuery({ q: number }).filters, officer, now);
    expect(byNumber.rows.map((r) => r.id)).toEqual([target.id]);
  });

  it("shows analysts their own and unassigned cases only", async () => {
    const rows = await allPages({}, analyst);
    const officers = await database.prisma.case.count({ where: { status: "NEW", assigneeId: officer.id } });
    expect(officers).toBeGreaterThan(0);
    expect(rows.every((r) => r.assigneeName === null || r.assigneeName === "Test Staff")).toBe(true);
    const all = await allPages({}, officer);
    expect(rows.length).toBe(all.length - officers);
  });

  it("leaves malformed filters in the URL out and names them, instead of failing", () => {
    const { filters, errors } = readQueueQuery({
      status: "NOPE",
      dueWithin: "-3",
      q: "DSR-2026",
      after: "x",
      overdue: "1",
    });
    expect([filters.status, filters.dueWithin, filters.after]).toEqual([undefined, undefined, undefined]);
    expect(filters).toMatchObject({ q: "DSR-2026", overdue: true });
    expect(errors).toEqual({
      status: ["not_case_status"],
      dueWithin: ["days_0_to_366"],
      after: ["not_queue_page"],
    });
  });

  it("shows the first page, saying why, for a page link that only looks like one, or a search the database cannot run", async () => {
    const first = await listCaseQueue(readQueueQuery({}).filters, officer, now);
    const lastRow = first.rows.at(-1)!;
    for (const after of [
      "2026-99-99T1Z_------------------------------------", // no such instant, not an id
      `2026-13-45T00:00:00.000Z_${lastRow.id}`,
      `${lastRow.dueAt.toISOString()}_------------------------------------`,
      `${lastRow.dueAt.toISOString()}_${lastRow.id.toUpperCase()}x`,
      `0000-01-01T00:00:00.000Z_${lastRow.id}`, // the database has no year 0
      `+010000-01-01T00:00:00.000Z_${lastRow.id}`,
    ]) {
      const { filters, errors } = readQueueQuery({ after });
      expect(errors, after).toEqual({ after: ["not_queue_page"] });
      expect((await listCaseQueue(filters, officer, now)).rows).toEqual(first.rows);
    }
    for (const q of ["a\u0000b", "nobody@\u0000example.com"]) {
      const { filters, errors } = readQueueQuery({ q });
      expect(errors).toEqual({ q: ["search_with_nul"] });
      expect((await listCaseQueue(filters, officer, now)).rows).toEqual(first.rows);
    }
    // A well-formed cursor still pages, whatever the case it names.
    const { errors } = readQueueQuery({ after: `${lastRow.dueAt.toISOString()}_${lastRow.id}` });
    expect(errors).toEqual({});
  });

  it("exports all matching cases as CSV, masked, and audits the export", async () => {
    const { total, lines } = await exportCases({ filters: readQueueQuery({ overdue: "1" }).filters }, officer, now);
    let csv = "";
    for await (const chunk of lines) csv += chunk;
    const rows = csv.trim().split("\n");
    expect(rows[0]).toMatch(/^reference,type,status/);
    expect(rows).toHaveLength(total + 1);
    expect(csv).not.toContain("queue-");
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { type: "cases.exported" },
      orderBy: { id: "desc" },
    });
    expect(event.data).toMatchObject({ rows: total });
  });

  it("exports the cases found by a requester's email, and its audit event keeps the filters but not the email", async () => {
    const filters = readQueueQuery({ q: " Queue-4@Example.com ", type: "DELETION" }).filters;
    const { total, lines } = await exportCases({ filters }, officer, now);
    let csv = "";
    for await (const chunk of lines) csv += chunk;
    expect(total).toBe(1);
    expect(csv).toContain((await database.prisma.case.findUniqueOrThrow({ where: { id: ids[4]! } })).reference);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "cases.exported" }, orderBy: { id: "desc" } });
    expect(JSON.stringify(event.data).toLowerCase()).not.toContain("queue-4");
    expect(event.data).toMatchObject({ rows: 1, filters: { type: "DELETION", searched: true } });
  });

  describe("a search by a requester's email, audited like a reveal", () => {
    const searchEvents = async (after: bigint) =>
      database.prisma.auditEvent.findMany({ where: { type: "requester.searched", id: { gt: after } }, orderBy: { id: "asc" } });
    const lastEventId = async () =>
      (await database.prisma.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

    it("records who searched, the case found and its requester, and a keyed hash of the address, never the address", async () => {
      const before = await lastEventId();
      const target = await database.prisma.case.findUniqueOrThrow({ where: { id: ids[4]! } });
      const page = await listCaseQueue(readQueueQuery({ q: "QUEUE-4@example.com" }).filters, officer, now);
      expect(page.rows.map((r) => r.id)).toEqual([target.id]);
      const [event, ...more] = await searchEvents(before);
      expect(more).toEqual([]);
      expect(event).toMatchObject({
        actorKind: "STAFF",
        actorId: officer.id,
        caseId: target.id,
        data: { by: "email", via: "queue", matches: 1, requesterId: target.requesterId, ...searchHash("queue-4@example.com") },
      });
      expect(JSON.stringify(event!.data).toLowerCase()).not.toContain("queue-4");
      expect(searchHash("queue-4@example.com").searchHash).not.toBe(searchHash("queue-5@example.com").searchHash);
    });

    it("leaves a trace when the address matches no case", async () => {
      const before = await lastEventId();
      const page = await listCaseQueue(readQueueQuery({ q: "nobody-here@example.com" }).filters, officer, now);
      expect(page.rows).toEqual([]);
      const events = await searchEvents(before);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ caseId: null, actorId: officer.id, data: { matches: 0, ...searchHash("nobody-here@example.com") } });
    });

    it("audits an export found by email the same way", async () => {
      const before = await lastEventId();
      const { lines } = await exportCases({ filters: readQueueQuery({ q: "queue-4@example.com" }).filters }, officer, now);
      for await (const _chunk of lines);
      const events = await searchEvents(before);
      expect(events.map((e) => [e.caseId, e.data])).toEqual([
        [ids[4], expect.objectContaining({ via: "export", matches: 1, ...searchHash("queue-4@example.com") })],
      ]);
    });

    it("does not count a search by reference as a reveal", async () => {
      const before = await lastEventId();
      const target = await database.prisma.case.findUniqueOrThrow({ where: { id: ids[4]! } });
      await listCaseQueue(readQueueQuery({ q: target.reference }).filters, officer, now);
      expect(await searchEvents(before)).toEqual([]);
    });
  });
});
