// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportCasesRoute } from "@/app/api/v1/cases/export/route";
import { GET as registerRoute } from "@/app/api/v1/reports/register/route";
import { GET as transparencyRoute } from "@/app/api/v1/reports/transparency/route";
import type { Actor } from "@/lib/auth/guards";
import { queueFiltersSchema, readQueueQuery, SAVED_VIEWS, VIEW_NAMES } from "@/lib/domain/cases/queue-filters";
import { CASE_STATUSES } from "@/lib/domain/cases/workflow";
import { addDays } from "@/lib/domain/deadlines/local-date";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { searchParamsOf } from "@/lib/domain/query-params";
import { readReportQuery } from "@/lib/domain/reports/report-filters";
import { readTransparencyQuery } from "@/lib/domain/reports/transparency";
import { listCaseQueue } from "@/lib/server/cases/list-case-queue";
import { logCase } from "../support/log-case";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { reportDashboard } from "@/lib/server/reports/report-dashboard";
import { transparencySummary } from "@/lib/server/reports/transparency-summary";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The query strings staff pages and exports read (the queue, the reports and their register, the
 * transparency summary), fuzzed: random, mutated and valid ones. A page lists with what it could use and
 * names the rest (its form error); the API answers 200 for a valid query and 400 for any other, never 5xx.
 * Each property first sets every parameter to every EDGES value, then runs RUNS fuzzed and RUNS valid
 * queries (FUZZ_RUNS sets RUNS): a few seconds each on an idle machine.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** The queue's on/off filters read any value as on or off: nothing to get wrong at their edges. */
const FLAGS = ["overdue", "duplicate", "unverified"];
const NOW = new Date("2026-11-20T12:00:00.000Z");

const ID = "00000000-0000-4000-8000-000000000000";

/** Values at and past the edges of what the parameters take, and values that broke parsers before. */
const EDGES = [
  ...["", " ", "\u0000", "a\u0000b", "-1", "1.5", "367", "1e309", "NaN", "0x7e9", "me", "%00", "x".repeat(400)],
  ...["0000-01-01", "0001-01-01", "1999-12-31", "2026-02-30", "2101-01-01", "9999-12-31", "1999", "2101", "9999"],
  // Page links of the queue that only look like one: no such instant or year, not an id.
  ...[`0000-01-01T00:00:00.000Z_${ID}`, `2026-13-45T00:00:00.000Z_${ID}`, `+010000-01-01T00:00:00.000Z_${ID}`],
  ...[`2026-01-01T00:00:00.000Z_${"-".repeat(36)}`, `2026-99-99T1Z_${"-".repeat(36)}`],
];

const junk = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.uuid().map(String),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

/** Random text as the query, pairs of known keys and junk, and a valid query with one value replaced. */
function queries(keys: readonly string[], valid: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.array(fc.tuple(fc.constantFrom(...keys, "other"), junk), { maxLength: 6 }).map((pairs) => {
      return new URLSearchParams(pairs).toString();
    }),
    fc
      .record({ base: valid, key: fc.constantFrom(...keys), value: junk, twice: fc.boolean() })
      .map(({ base, key, value, twice }) => {
        const params = new URLSearchParams(base);
        if (twice) params.append(key, value);
        else params.set(key, value);
        return params.toString();
      }),
  );
}

/**
 * Each parameter set to each edge value, one at a time, then RUNS fuzzed queries (fast-check counts its
 * examples within numRuns): the edges run whatever FUZZ_RUNS says.
 */
function edgesThenFuzz(keys: readonly string[]): { examples: [string][]; numRuns: number } {
  const examples = keys.flatMap((key) =>
    EDGES.map((value): [string] => [new URLSearchParams({ [key]: value }).toString()]),
  );
  return { examples, numRuns: examples.length + RUNS };
}

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const withoutBlanks = (record: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));

/** A calendar date from 2000-01-01 on, `days` later. */
const dateAfter2000 = (days: number) => addDays("2000-01-01", days);
const DAYS_2000_TO_2100 = 36889; // 2000-01-01 .. 2100-12-31

describe("fuzzed query strings of the queue, the reports and the transparency summary", () => {
  let database: TestDatabase;
  let officer: Actor;
  let cookie: string;
  const cursors: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
    cookie = await sessionCookieFor(officer);
    for (let i = 0; i < 6; i++) {
      await logCase(
        {
          type: REQUEST_TYPES[i % REQUEST_TYPES.length],
          regime: REGIMES[i % REGIMES.length],
          channel: "EMAIL",
          receivedAt: new Date(NOW.getTime() - (i + 1) * 86_400_000).toISOString(),
          requester: { email: `fuzz-${i}@example.com`, name: `Fuzz Person ${i}` },
        },
        officer,
        NOW,
      );
    }
    const rows = await database.prisma.case.findMany({ select: { id: true, dueAt: true } });
    cursors.push(...rows.map((r) => `${r.dueAt.toISOString()}_${r.id}`));
  }, 120_000);
  afterAll(() => database.drop());

  /** A route handler's answer to a GET of `path` by the officer, its body read to the end. */
  async function answer(handler: (request: Request) => Promise<Response>, path: string) {
    const url = `http://localhost${path}`;
    return inRequestScope(url, { cookie }, async () => {
      const response = await handler(new Request(url, { headers: { cookie } }));
      return { status: response.status, body: await response.text() };
    });
  }
  const get = async (handler: (request: Request) => Promise<Response>, path: string) =>
    (await answer(handler, path)).status;

  it("answers the values that gave 500s with 400, naming the parameter", async () => {
    const cases: [(request: Request) => Promise<Response>, string, string[]][] = [
      [registerRoute, "/api/v1/reports/register?from=1900-01-01&to=9999-12-31", ["from", "to"]],
      [registerRoute, "/api/v1/reports/register?from=2010-01-01&to=2026-01-01", ["from"]],
      [transparencyRoute, "/api/v1/reports/transparency?year=9999", ["year"]],
      [exportCasesRoute, `/api/v1/cases/export?after=2026-99-99T1Z_${"-".repeat(36)}`, ["after"]],
      [exportCasesRoute, "/api/v1/cases/export?q=a%00b", ["q"]],
      [exportCasesRoute, "/api/v1/cases/export?caseIds=nope", ["caseIds.0"]],
    ];
    for (const [handler, path, fields] of cases) {
      const { status, body } = await answer(handler, path);
      expect(status, path).toBe(400);
      const { error } = JSON.parse(body) as { error: { code: string; fieldErrors: Record<string, string[]> } };
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors), path).toEqual(fields);
    }
    // The period's bounds themselves are fine.
    expect(await get(registerRoute, "/api/v1/reports/register?from=2091-01-01&to=2100-12-31")).toBe(200);
    expect(await get(transparencyRoute, "/api/v1/reports/transparency?year=2100")).toBe(200);
  });

  const validQueue = () =>
    fc
      .record({
        view: optional(fc.constantFrom(...VIEW_NAMES)),
        status: optional(fc.constantFrom(...CASE_STATUSES)),
        type: optional(fc.constantFrom(...REQUEST_TYPES)),
        regime: optional(fc.constantFrom(...REGIMES)),
        assignee: optional(fc.constantFrom("me", "none", officer.id)),
        customer: optional(fc.constantFrom("yes", "no")),
        dueWithin: optional(fc.integer({ min: 0, max: 366 }).map(String)),
        overdue: optional(fc.constantFrom("1", "")),
        q: optional(fc.stringMatching(/^[A-Za-z0-9@.-]{0,20}$/)),
        after: optional(fc.constantFrom(...cursors)),
      })
      .map(withoutBlanks);

  it(`the queue (page and export) never fails on ${RUNS} fuzzed and ${RUNS} valid query strings`, async () => {
    const check = async (query: string, valid: boolean) => {
      const { filters, errors } = readQueueQuery(searchParamsOf(`http://localhost/cases?${query}`));
      if (valid) expect(errors, query).toEqual({});
      // The page lists with what it could use, and names the rest (QueryErrorsAlert).
      const page = await listCaseQueue(filters, officer, NOW);
      expect(page.rows.length).toBeLessThanOrEqual(50);
      if (filters.view) expect(filters).toMatchObject(SAVED_VIEWS[filters.view].filters);
      const status = await get(exportCasesRoute, `/api/v1/cases/export?${query}`);
      const hasErrors = Object.keys(errors).length > 0;
      // caseIds is the export's own parameter, checked by the use-case.
      if (!query.includes("caseIds")) expect(status, query).toBe(hasErrors ? 400 : 200);
      else expect([200, 400], query).toContain(status);
    };
    const keys = [...Object.keys(queueFiltersSchema.shape), "caseIds"];
    await fc.assert(
      fc.asyncProperty(queries(keys, validQueue()), (q) => check(q, false)),
      edgesThenFuzz(keys.filter((key) => !FLAGS.includes(key))),
    );
    await fc.assert(
      fc.asyncProperty(validQueue(), (params) => check(new URLSearchParams(params).toString(), true)),
      { numRuns: RUNS },
    );
  }, 300_000);

  const validReport = fc
    .record({
      start: fc.integer({ min: 0, max: DAYS_2000_TO_2100 }),
      span: fc.integer({ min: 0, max: 3652 }), // ten years, whichever leap days they hold
      reversed: fc.boolean(),
      type: optional(fc.constantFrom(...REQUEST_TYPES)),
      regime: optional(fc.constantFrom(...REGIMES)),
      customerId: optional(fc.uuid().map(String)),
      view: optional(fc.constantFrom("charts", "table")),
    })
    .map(({ start, span, reversed, ...rest }) => {
      const from = dateAfter2000(Math.min(start, DAYS_2000_TO_2100 - span));
      const to = addDays(from, span);
      return withoutBlanks({ ...rest, from: reversed ? to : from, to: reversed ? from : to });
    });

  it(`the reports page and the register never fail on ${RUNS} fuzzed and ${RUNS} valid query strings`, async () => {
    const check = async (query: string, valid: boolean) => {
      const { filters, errors } = readReportQuery(searchParamsOf(`http://localhost/reports?${query}`), NOW);
      if (valid) expect(errors, query).toEqual({});
      expect(filters.from <= filters.to).toBe(true);
      await reportDashboard(filters, officer, NOW);
      const status = await get(registerRoute, `/api/v1/reports/register?${query}`);
      expect(status, query).toBe(Object.keys(errors).length > 0 ? 400 : 200);
    };
    const keys = ["from", "to", "type", "regime", "customerId", "view"];
    await fc.assert(
      fc.asyncProperty(queries(keys, validReport), (q) => check(q, false)),
      edgesThenFuzz(keys),
    );
    await fc.assert(
      fc.asyncProperty(validReport, (params) => check(new URLSearchParams(params).toString(), true)),
      { numRuns: RUNS },
    );
  }, 300_000);

  const validTransparency = fc
    .record({
      year: optional(fc.integer({ min: 2000, max: 2100 }).map(String)),
      regime: optional(fc.constantFrom(...REGIMES)),
      format: optional(fc.constantFrom("json", "csv")),
    })
    .map(withoutBlanks);

  it(`the transparency page and API never fail on ${RUNS} fuzzed and ${RUNS} valid query strings`, async () => {
    const check = async (query: string, valid: boolean) => {
      const { params, errors } = readTransparencyQuery(
        searchParamsOf(`http://localhost/reports/transparency?${query}`),
        NOW,
      );
      if (valid) expect(errors, query).toEqual({});
      await transparencySummary({ year: params.year, regime: params.regime }, officer);
      const status = await get(transparencyRoute, `/api/v1/reports/transparency?${query}`);
      expect(status, query).toBe(Object.keys(errors).length > 0 ? 400 : 200);
    };
    const keys = ["year", "regime", "format"];
    await fc.assert(
      fc.asyncProperty(queries(keys, validTransparency), (q) => check(q, false)),
      edgesThenFuzz(keys),
    );
    await fc.assert(
      fc.asyncProperty(validTransparency, (params) => check(new URLSearchParams(params).toString(), true)),
      { numRuns: RUNS },
    );
  }, 300_000);
});
