import type { Db, Tx } from "@/lib/db/client";
import {
  calendarsWith,
  DEFAULT_POLICIES,
  deadlinePolicySchema,
  REGIMES,
  type CalendarSource,
  type DeadlinePolicy,
  type RegimeCode,
} from "@/lib/domain/deadlines";

/** Writes the default policy of every regime that has none yet (never overwrites an admin's edits). */
export async function ensureDeadlinePolicies(client: Db | Tx): Promise<number> {
  const result = await client.deadlinePolicy.createMany({
    data: REGIMES.map((regime) => {
      const p = DEFAULT_POLICIES[regime];
      return { ...p, rule: p.rule };
    }),
    skipDuplicates: true,
  });
  return result.count;
}

// Opening a case reads its regime's policy and the calendar years kept in the database. Both are small
// and rarely change, but a change (an admin's edit, `npm run calendar:add` in another process, another
// instance) must apply to the next case at once, so nothing is trusted for a period of time: the policy
// row is read on every call, together with a fingerprint of the calendar years' content, and the
// parsed policy and the built calendars are reused only while what the database returns is unchanged.

/** A fingerprint of every stored calendar year (empty when there is none). */
const CALENDAR_STAMP = `(SELECT coalesce(md5(string_agg(row(h.calendar, h.year, h.holidays, h."workingWeekendDays")::text, ';' ORDER BY h.calendar, h.year)), '') FROM "HolidayCalendarYear" h)`;

interface PolicyRow {
  regime: string | null;
  timeZone: string;
  calendar: string;
  rule: unknown;
  clockStops: boolean;
  identityRestart: boolean;
  acknowledgementBusinessDays: number | null;
  source: string;
  calendarStamp: string;
}

const parsedPolicies = new Map<RegimeCode, { raw: string; policy: DeadlinePolicy }>();
let builtCalendars: { stamp: string; source: CalendarSource } | undefined;
/** The calendar fingerprint read by loadDeadlinePolicy, per transaction (see loadCalendars). */
const stampReadIn = new WeakMap<object, string>();

/** The policy a new case opens under: the stored one, or the default when none is stored. */
export async function loadDeadlinePolicy(client: Db | Tx, regime: RegimeCode): Promise<DeadlinePolicy> {
  const { policy, calendarStamp } = await readPolicy(client, regime);
  if (isTransaction(client)) stampReadIn.set(client, calendarStamp);
  return policy;
}

/**
 * The policy and the calendars together, for a write that is not in a transaction of its own: one
 * statement while the calendars are unchanged.
 */
export async function loadPolicyWithCalendars(
  client: Db | Tx,
  regime: RegimeCode,
): Promise<{ policy: DeadlinePolicy; calendars: CalendarSource }> {
  const { policy, calendarStamp } = await readPolicy(client, regime);
  return { policy, calendars: await calendarsFor(client, calendarStamp) };
}

async function readPolicy(
  client: Db | Tx,
  regime: RegimeCode,
): Promise<{ policy: DeadlinePolicy; calendarStamp: string }> {
  const [row] = await client.$queryRawUnsafe<PolicyRow[]>(
    `SELECT p.regime::text AS regime, p."timeZone", p.calendar, p.rule, p."clockStops", p."identityRestart",
            p."acknowledgementBusinessDays", p.source, ${CALENDAR_STAMP} AS "calendarStamp"
     FROM (SELECT 1) AS one LEFT JOIN "DeadlinePolicy" p ON p.regime = $1::"Regime"`,
    regime,
  );
  const { calendarStamp, ...policyRow } = row!;
  if (policyRow.regime === null) return { policy: DEFAULT_POLICIES[regime], calendarStamp };
  const raw = JSON.stringify(policyRow);
  const parsed = parsedPolicies.get(regime);
  if (parsed?.raw === raw) return { policy: parsed.policy, calendarStamp };
  const policy = deadlinePolicySchema.parse(policyRow);
  parsedPolicies.set(regime, { raw, policy });
  return { policy, calendarStamp };
}

/**
 * The built-in calendars plus the schedule years kept in the database. Inside a transaction that has
 * just read the policy, the fingerprint read with it tells whether the calendars built last time are
 * still what the database holds; then no further statement is needed.
 */
export async function loadCalendars(client: Db | Tx): Promise<CalendarSource> {
  return calendarsFor(client, isTransaction(client) ? stampReadIn.get(client) : undefined);
}

async function calendarsFor(client: Db | Tx, stamp: string | undefined): Promise<CalendarSource> {
  if (stamp !== undefined && builtCalendars?.stamp === stamp) return builtCalendars.source;
  const [row] = await client.$queryRawUnsafe<{ stamp: string; years: CalendarYearRow[] | null }[]>(
    `SELECT ${CALENDAR_STAMP} AS stamp,
            (SELECT json_agg(json_build_object('calendar', h.calendar, 'year', h.year,
                     'holidays', coalesce(h.holidays, '{}'), 'workingWeekendDays', coalesce(h."workingWeekendDays", '{}'))
                     ORDER BY h.calendar, h.year)
             FROM "HolidayCalendarYear" h) AS years`,
  );
  const source = calendarsWith(
    (row!.years ?? []).map((y) => ({
      calendar: y.calendar,
      year: { year: y.year, holidays: y.holidays, workingWeekendDays: y.workingWeekendDays },
    })),
  );
  builtCalendars = { stamp: row!.stamp, source };
  return source;
}

interface CalendarYearRow {
  calendar: string;
  year: number;
  holidays: string[];
  workingWeekendDays: string[];
}

/** A transaction's client cannot connect or disconnect. */
function isTransaction(client: Db | Tx): boolean {
  return !("$connect" in client);
}

/** Reads the snapshot stored on a case back into a policy (it was validated when it was taken). */
export function policyOfCase(snapshot: unknown): DeadlinePolicy {
  return deadlinePolicySchema.parse(snapshot);
}
