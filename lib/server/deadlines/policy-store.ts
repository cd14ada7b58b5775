import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
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
// instance) must apply to the next case at once, so nothing is trusted for a period of time. Database
// triggers bump one version number on every change to either table (DeadlineSettingsVersion); the
// parsed policy and the built calendars are reused while the version read is unchanged, and the public
// intake, which does not read first, checks the version inside the statement that writes the case.

/** The version of the policies and calendar years, as text. */
const SETTINGS_VERSION = Prisma.sql`coalesce((SELECT version::text FROM "DeadlineSettingsVersion" WHERE id = 1), '')`;

/** The stored policy's columns (all null when none is stored; deadlinePolicySchema checks them) and the version. */
const storedPolicyRow = z.object({
  regime: z.string().nullable(),
  timeZone: z.string().nullable(),
  calendar: z.string().nullable(),
  rule: z.unknown(),
  clockStops: z.boolean().nullable(),
  identityRestart: z.boolean().nullable(),
  acknowledgementBusinessDays: z.number().int().nullable(),
  source: z.string().nullable(),
  settingsVersion: z.string(),
});
type PolicyRow = z.infer<typeof storedPolicyRow>;

const calendarYearRow = z.object({
  calendar: z.string(),
  year: z.number().int(),
  holidays: z.array(z.string()),
  workingWeekendDays: z.array(z.string()),
});
const calendarsRow = z.object({ version: z.string(), years: z.array(calendarYearRow).nullable() });

const parsedPolicies = new Map<RegimeCode, { raw: string; policy: DeadlinePolicy }>();
/** The policy each regime had at the version last read. */
const policyAtVersion = new Map<RegimeCode, { version: string; policy: DeadlinePolicy }>();
let builtCalendars: { version: string; source: CalendarSource } | undefined;
/** The settings version read by loadDeadlinePolicy, per transaction (see loadCalendars). */
const versionReadIn = new WeakMap<object, string>();

/** The policy a new case opens under: the stored one, or the default when none is stored. */
export async function loadDeadlinePolicy(client: Db | Tx, regime: RegimeCode): Promise<DeadlinePolicy> {
  const { policy, settingsVersion } = await readPolicy(client, regime);
  if (isTransaction(client)) versionReadIn.set(client, settingsVersion);
  return policy;
}

export interface PolicyWithCalendars {
  policy: DeadlinePolicy;
  calendars: CalendarSource;
  /** The settings version both were read at. */
  version: string;
}

/** The policy and the calendars together: one statement while the calendars are unchanged. */
export async function loadPolicyWithCalendars(client: Db | Tx, regime: RegimeCode): Promise<PolicyWithCalendars> {
  const { policy, settingsVersion } = await readPolicy(client, regime);
  return { policy, calendars: await calendarsFor(client, settingsVersion), version: settingsVersion };
}

/**
 * The policy and calendars last read for a regime, if both were read at the same version; no statement.
 * A write using them must check the version (deadlineSettingsCheckSql) and reload when it has moved on.
 */
export function lastPolicyWithCalendars(regime: RegimeCode): PolicyWithCalendars | undefined {
  const read = policyAtVersion.get(regime);
  if (!read || read.version === "" || read.version !== builtCalendars?.version) return undefined;
  return { policy: read.policy, calendars: builtCalendars.source, version: read.version };
}

/** SQL that fails the statement it is part of (SQLSTATE RD001) unless the settings are still at `version`. */
export function deadlineSettingsCheckSql(version: string): Prisma.Sql {
  return Prisma.sql`SELECT CASE WHEN version = ${version}::uuid THEN 1 ELSE deadline_settings_stale() END AS current
    FROM "DeadlineSettingsVersion" WHERE id = 1`;
}

/** Whether a write failed because the deadline settings changed since they were read. */
export function isStaleDeadlineSettings(error: unknown): boolean {
  return /RD001|deadline settings changed/.test(
    error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error),
  );
}

async function readPolicy(
  client: Db | Tx,
  regime: RegimeCode,
): Promise<{ policy: DeadlinePolicy; settingsVersion: string }> {
  const [row] = await queryRows(
    client,
    storedPolicyRow,
    Prisma.sql`SELECT p.regime::text AS regime, p."timeZone", p.calendar, p.rule, p."clockStops", p."identityRestart",
            p."acknowledgementBusinessDays", p.source, ${SETTINGS_VERSION} AS "settingsVersion"
     FROM (SELECT 1) AS one LEFT JOIN "DeadlinePolicy" p ON p.regime = ${regime}::"Regime"`,
  );
  const { settingsVersion, ...policyRow } = row!;
  const policy = policyRow.regime === null ? DEFAULT_POLICIES[regime] : parsedPolicy(regime, policyRow);
  policyAtVersion.set(regime, { version: settingsVersion, policy });
  return { policy, settingsVersion };
}

function parsedPolicy(regime: RegimeCode, row: Omit<PolicyRow, "settingsVersion">): DeadlinePolicy {
  const raw = JSON.stringify(row);
  const parsed = parsedPolicies.get(regime);
  if (parsed?.raw === raw) return parsed.policy;
  const policy = deadlinePolicySchema.parse(row);
  parsedPolicies.set(regime, { raw, policy });
  return policy;
}

/**
 * The built-in calendars plus the schedule years kept in the database. Inside a transaction that has
 * just read the policy, the settings version read with it tells whether the calendars built last time are
 * still what the database holds; then no further statement is needed.
 */
export async function loadCalendars(client: Db | Tx): Promise<CalendarSource> {
  return calendarsFor(client, isTransaction(client) ? versionReadIn.get(client) : undefined);
}

async function calendarsFor(client: Db | Tx, version: string | undefined): Promise<CalendarSource> {
  if (version !== undefined && builtCalendars?.version === version) return builtCalendars.source;
  const [row] = await queryRows(
    client,
    calendarsRow,
    Prisma.sql`SELECT ${SETTINGS_VERSION} AS version,
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
  builtCalendars = { version: row!.version, source };
  return source;
}

/** A transaction's client cannot connect or disconnect. */
function isTransaction(client: Db | Tx): boolean {
  return !("$connect" in client);
}

/** Reads the snapshot stored on a case back into a policy (it was validated when it was taken). */
export function policyOfCase(snapshot: unknown): DeadlinePolicy {
  return deadlinePolicySchema.parse(snapshot);
}
